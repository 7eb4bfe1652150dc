import { Show, createMemo } from 'solid-js';
import { estimateParams12LD2 } from '../../lib/countParameters';
import { formatQuantity } from '../../lib/formatQuantity';
import { SWEEP_RESULTS, planSweep, sweepParams } from '../../lib/labs/sweepPlan';
import { type SweepFit, fitCurve, fitSweep } from '../../lib/labs/sweepResults';
import { lineChartOptions } from '../../charts/lineChart';
import PlotFigure from '../PlotFigure';
import ResultCard from '../ResultCard';
import LossCurves from './LossCurves';
import RunLinks from './RunLinks';
import RunsTable from './RunsTable';
import TrainingLabShell from './TrainingLabShell';
import { createTrainingLab } from './createTrainingLab';

/** /labs/scaling-sweep/: trains a ladder of models in a worker and fits L = L∞ + (N_c/N)^α. */
export default function ScalingSweep() {
  const lab = createTrainingLab(sweepParams, planSweep);
  const { plan, runner } = lab;
  const fit = createMemo((): SweepFit | string | undefined => {
    if (runner.runs().length < 2) return undefined;
    try {
      return fitSweep(runner.runs());
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  const fitted = () => {
    const f = fit();
    return typeof f === 'object' ? f : undefined;
  };
  const results = () => {
    const f = fitted();
    const elapsedSeconds = runner.runs().reduce((s, r) => s + r.elapsedMs, 0) / 1000;
    return f ? { elapsedSeconds, alpha: f.alpha, Nc: f.Nc, Linf: f.Linf, r2: f.r2 } : undefined;
  };
  return (
    <TrainingLabShell name="scaling-sweep" lab={lab}>
      <Show when={plan().plan}>
        {(p) => (
          <p class="sl-field__msg">
            {p().runs.length} sizes, N ={' '}
            {p()
              .runs.map((r) =>
                formatQuantity(estimateParams12LD2(r.model.nLayer, r.model.dModel), 'si'),
              )
              .join(', ')}
            ; {formatQuantity(p().runs[0]!.train.tokens, 'si')} tokens each.
          </p>
        )}
      </Show>
      <ResultCard
        specs={SWEEP_RESULTS}
        results={results()}
        message={
          typeof fit() === 'string'
            ? `No fit: ${fit() as string}`
            : 'The fit appears once two sizes have finished (three for the floor L∞).'
        }
      />
      <Show when={fitted()?.law === 'pure' && runner.runs().length >= 3}>
        <p class="sl-field__msg" data-note="pure">
          The floor L∞ could not be fitted (the losses do not fall steadily with N), so this is the
          pure power law.
        </p>
      </Show>
      <LossCurves runs={runner.runs()} live={runner.live()} />
      <PlotFigure
        caption="Final validation loss against non-embedding parameters N (log-log), with the fitted L = L∞ + (N_c/N)^α"
        download="scaling-sweep"
        options={(ctx) => {
          const runs = runner.runs();
          if (runs.length === 0) return undefined;
          const f = fitted();
          return lineChartOptions(ctx, {
            x: { label: 'Non-embedding parameters N', log: true },
            y: { label: 'Validation loss (nats/token)', log: true },
            scatter: runs.map((r) => ({ x: r.N, y: r.validationLoss, group: 'measured' })),
            series: f ? [{ name: 'fit', points: fitCurve(f, runs), dashed: true }] : [],
          });
        }}
        fallback={<RunsTable runs={runner.runs()} />}
      />
      <RunLinks runs={runner.runs()} file="scaling-sweep" />
    </TrainingLabShell>
  );
}
