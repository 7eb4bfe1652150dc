import { For, Show } from 'solid-js';
import { widthFor12LD2 } from '../../lib/countParameters';
import { formatQuantity } from '../../lib/formatQuantity';
import { shortBudget } from '../../lib/labs/isoflopPlan';
import type { IsoFlopSummary } from '../../lib/labs/isoflopResults';

/** One row per budget: its N_opt (in `[data-result="nOpt"][data-budget]`), or why it has none yet. */
export default function IsoFlopMinima(props: { summary: IsoFlopSummary | undefined }) {
  return (
    <section class="sl-results" aria-live="polite" aria-label="Compute-optimal size per budget">
      <dl>
        <For each={props.summary?.budgets ?? []}>
          {(b) => (
            <div class="sl-results__row">
              <dt>N_opt at C = {shortBudget(b.budget)} FLOPs</dt>
              <Show
                when={b.minimum}
                fallback={
                  <dd data-pending={shortBudget(b.budget)}>
                    {b.problem ?? `waiting for three sizes (${b.runs.length} finished)`}
                  </dd>
                }
              >
                {(m) => (
                  <dd
                    data-result="nOpt"
                    data-budget={shortBudget(b.budget)}
                    data-value={String(m().nOpt)}
                  >
                    {formatQuantity(m().nOpt, 'si')}
                    <span class="sl-results__unit">
                      {' '}
                      parameters (d_model ≈ {widthFor12LD2(2, m().nOpt).toFixed(1)}), D_opt ≈{' '}
                      {formatQuantity(m().dOpt, 'si')} tokens, loss ≈ {m().lossMin.toFixed(3)}
                    </span>
                  </dd>
                )}
              </Show>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}
