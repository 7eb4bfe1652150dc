import { For, Show } from 'solid-js';
import type { ResultSpec } from '../lib/calculator';
import { formatQuantity } from '../lib/formatQuantity';

/**
 * Results as a description list: each value in `[data-result=name]` with the raw number in
 * `data-value`, formatted for people. With no results it shows `message` instead (never NaN).
 */
export default function ResultCard(props: {
  specs: readonly ResultSpec[];
  results: Readonly<Record<string, unknown>> | undefined;
  message: string;
}) {
  return (
    <section class="sl-results" aria-live="polite" aria-label="Results">
      <Show
        when={props.results}
        fallback={
          <p class="sl-results__empty" data-results-empty>
            {props.message}
          </p>
        }
      >
        {(results) => (
          <dl>
            <For each={props.specs.filter((s) => Number.isFinite(results()[s.name]))}>
              {(spec) => (
                <div class="sl-results__row">
                  <dt>
                    {spec.label}
                    <Show when={spec.help}>
                      <span class="sl-results__help">{spec.help}</span>
                    </Show>
                  </dt>
                  <dd data-result={spec.name} data-value={String(results()[spec.name])}>
                    {formatQuantity(Number(results()[spec.name]), spec.style)}
                    <Show when={spec.unit}>
                      <span class="sl-results__unit"> {spec.unit}</span>
                    </Show>
                  </dd>
                </div>
              )}
            </For>
          </dl>
        )}
      </Show>
    </section>
  );
}
