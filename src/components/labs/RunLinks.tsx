import { Show } from 'solid-js';
import {
  type SweepRun,
  distinctTokenBudgets,
  fitRunsLink,
  powerLawFitLink,
  sweepCsv,
} from '../../lib/labs/sweepResults';
import { downloadBlob } from '../downloads';
import { loadAllRuns } from './labStorage';

/**
 * Where a lab's runs go next: a CSV file, the power-law calculator (loss against N, these runs)
 * and fit-runs (L(N, D), every run this browser has finished, which needs two token budgets).
 */
export default function RunLinks(props: {
  runs: readonly SweepRun[];
  file: string;
  powerLaw?: boolean;
}) {
  const everyRun = () => {
    const stored = loadAllRuns().flatMap((s) => s.runs);
    return [...props.runs, ...stored];
  };
  return (
    <Show when={props.runs.length >= 2}>
      <div class="sl-copy">
        <button
          type="button"
          class="sl-button sl-button--ghost"
          data-action="csv"
          onClick={() =>
            downloadBlob(
              `${props.file}.csv`,
              new Blob([sweepCsv(props.runs)], { type: 'text/csv' }),
            )
          }
        >
          Download CSV
        </button>
        <Show when={props.powerLaw !== false}>
          <a
            class="sl-button sl-button--ghost"
            data-link="power-law-fit"
            href={powerLawFitLink(props.runs)}
          >
            Fit these points in the power-law calculator
          </a>
        </Show>
        <Show
          when={distinctTokenBudgets(everyRun()) >= 2}
          fallback={
            <p class="sl-field__msg" data-note="fit-runs">
              Fitting L(N, D) in <a href="/calculators/fit-runs/">fit-runs</a> needs runs at two or
              more token budgets: change the budget and train again, or run the{' '}
              <a href="/labs/isoflop/">IsoFLOP lab</a>.
            </p>
          }
        >
          <a class="sl-button sl-button--ghost" data-link="fit-runs" href={fitRunsLink(everyRun())}>
            Fit L(N, D) to all your runs in fit-runs
          </a>
        </Show>
      </div>
    </Show>
  );
}
