import { Show, createMemo } from 'solid-js';
import { estimateParams12LD2 } from '../../lib/countParameters';
import { formatQuantity } from '../../lib/formatQuantity';
import { planSweep, sweepParams } from '../../lib/labs/sweepPlan';
import { SWEEP_RESULTS, sweepOutcome } from '../../lib/labs/sweepOutcome';
import { lineChartOptions } from '../../charts/lineChart';
import PlotFigure from '../PlotFigure';
import OutcomeCard from './OutcomeCard';
import LossCurves from './LossCurves';
import RunLinks from './RunLinks';
import RunsTable from './RunsTable';
import TrainingLabShell from './TrainingLabShell';
import { createTrainingLab } from './createTrainingLab';

/** /labs/scaling-sweep/: trains a ladder of models in a worker and fits L = L∞ + (N_c/N)^α. */
export default function ScalingSweep() {
  const lab = createTrainingLab(sweepParams, planSweep);
  const { plan, runner } = lab;
  const outcome = createMemo(() => sweepOutcome(runner.runs()));
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
      <OutcomeCard specs={SWEEP_RESULTS} outcome={outcome()} />
      <Show when={outcome().pureLaw}>
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
          const { curve } = outcome();
          return lineChartOptions(ctx, {
            x: { label: 'Non-embedding parameters N', log: true },
            y: { label: 'Validation loss (nats/token)', log: true },
            scatter: runs.map((r) => ({ x: r.N, y: r.validationLoss, group: 'measured' })),
            series: curve.length ? [{ name: 'fit', points: curve, dashed: true }] : [],
          });
        }}
        fallback={<RunsTable runs={runner.runs()} />}
      />
      <RunLinks runs={runner.runs()} file="scaling-sweep" />
    </TrainingLabShell>
  );
}
