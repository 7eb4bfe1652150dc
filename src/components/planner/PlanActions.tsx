import { Show } from 'solid-js';
import type { PlannerResults } from '../../lib/calculators/planner';
import { planToCsv, planToJson } from '../../lib/calculators/plannerLinks';
import type { RawParams } from '../../lib/paramTable';
import CopyLink from '../CopyLink';
import { downloadBlob } from '../downloads';

/** Copy link, the plan as JSON or CSV, and a printable one-page summary. */
export default function PlanActions(props: {
  raw: RawParams;
  results: PlannerResults | undefined;
}) {
  return (
    <div class="sl-planner__actions">
      <CopyLink />
      <Show when={props.results}>
        {(r) => (
          <>
            <button
              type="button"
              class="sl-button sl-button--ghost"
              onClick={() =>
                downloadBlob(
                  'plan.json',
                  new Blob([planToJson(props.raw, r())], { type: 'application/json' }),
                )
              }
            >
              Download JSON
            </button>
            <button
              type="button"
              class="sl-button sl-button--ghost"
              onClick={() =>
                downloadBlob('plan.csv', new Blob([planToCsv(r())], { type: 'text/csv' }))
              }
            >
              Download CSV
            </button>
          </>
        )}
      </Show>
      <button type="button" class="sl-button sl-button--ghost" onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}
