import * as Comlink from 'comlink';
import { Show, createEffect, createMemo, createSignal, on } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { buildFitChoicesFrontier } from '../../charts/fitChoicesFrontier';
import type { Outcome } from '../../lib/calculator';
import {
  FIT_CHOICES_RESULTS,
  type FitChoicesResults,
  describeChoices,
  fitChoicesParams,
} from '../../lib/labs/fitChoices';
import CalculatorForm from '../CalculatorForm';
import CopyLink from '../CopyLink';
import PlotFigure from '../PlotFigure';
import ResultCard from '../ResultCard';
import UrlNotices from '../UrlNotices';
import { createUrlState } from '../createUrlState';
import FitChoicesTable, { type TableRow } from './FitChoicesTable';
import { createFitWorkerCall } from './createFitWorkerCall';

/** /labs/fit-choices/: refits the runs in a worker for each choice and keeps a row per choice tried. */
export default function FitChoicesLab() {
  const state = createUrlState(fitChoicesParams);
  const [progress, setProgress] = createSignal<[number, number]>();
  const [rows, setRows] = createSignal<TableRow[]>([]);
  const { call, errors, results } = createFitWorkerCall<FitChoicesResults>(
    state,
    async (api, raw, isLatest) => {
      setProgress(undefined);
      const onProgress = (done: number, total: number) => isLatest() && setProgress([done, total]);
      return (await api.fitChoices(raw, Comlink.proxy(onProgress))) as Outcome<FitChoicesResults>;
    },
    'The fit failed',
  );
  const settled = () => call.settled();
  // New runs start a new table; each new choice on the same runs adds a row.
  const csv = createMemo(() => state.raw()['csv']);
  createEffect(on(csv, () => setRows([]), { defer: true }));
  createEffect(() => {
    const s = settled();
    if (!s?.ok || !s.answer.ok) return;
    const r = s.answer.results;
    const label = describeChoices(s.input);
    const refs = r.references.map((ref) => ({ label: ref.label, row: ref.row, reference: true }));
    setRows((old) => [
      ...refs,
      ...old.filter((o) => !o.reference && o.label !== label),
      { label, row: r, iterations: r.iterations, converged: r.converged },
    ]);
  });
  const status = () => {
    const p = progress();
    if (!call.pending()) return undefined;
    return p
      ? `Fitting… start ${p[0].toLocaleString('en-US')} of ${p[1].toLocaleString('en-US')}`
      : 'Fitting…';
  };
  return (
    <div
      class="sl-calc not-content"
      data-lab="fit-choices"
      data-ready={state.ready() && !call.pending() && settled() ? 'true' : undefined}
      aria-busy={call.pending() ? 'true' : 'false'}
    >
      <UrlNotices notices={state.notices()} />
      <CalculatorForm
        params={fitChoicesParams}
        presets={[]}
        raw={state.raw()}
        errorFor={(name) => errors()[name]}
        setField={state.setField}
        setMany={state.setMany}
      />
      <Show when={errors()['_']}>
        <p class="sl-field__msg sl-form-error" role="alert" data-error-for="_">
          {errors()['_']}
        </p>
      </Show>
      <p class="sl-field__msg" role="status" data-progress>
        {status() ?? ''}
      </p>
      <ResultCard
        specs={FIT_CHOICES_RESULTS}
        results={results()}
        message={status() ?? 'Fix the highlighted input to see the fit.'}
      />
      <CopyLink />
      <Show when={rows().length > 0}>
        <FitChoicesTable rows={rows()} />
        <PlotFigure
          caption="The compute-optimal size each row implies (Eq. 4); the papers' rows dashed."
          height={340}
          download="fit-choices-frontier"
          options={(ctx) =>
            lineChartOptions(
              ctx,
              buildFitChoicesFrontier(
                rows().map((r) => ({ label: r.label, ...r.row })),
                2,
              ),
            )
          }
          fallback={<p>The table above gives each row's exponent a of N_opt ∝ C^a.</p>}
        />
      </Show>
    </div>
  );
}
