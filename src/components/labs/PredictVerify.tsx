import { For, createMemo } from 'solid-js';
import { planPredict, predictParams } from '../../lib/labs/predictHeldOut';
import { PREDICT_RESULTS, predictOutcome } from '../../lib/labs/predictOutcome';
import { lineChartOptions } from '../../charts/lineChart';
import PlotFigure from '../PlotFigure';
import OutcomeCard from './OutcomeCard';
import TrainingLabShell from './TrainingLabShell';
import { createTrainingLab } from './createTrainingLab';

/** /labs/predict-and-verify/: fit the smaller sizes, forecast the held-out one, then train it. */
export default function PredictVerify() {
  const lab = createTrainingLab(predictParams, planPredict);
  const { plan, runner } = lab;
  const outcome = createMemo(() => predictOutcome(runner.runs(), plan().plan));

  return (
    <TrainingLabShell name="predict-and-verify" lab={lab}>
      <OutcomeCard specs={PREDICT_RESULTS} outcome={outcome()} />
      <PlotFigure
        caption="Validation loss against non-embedding N (log-log): fitted sizes, the fit extended to the held-out size, and what the held-out size measured"
        download="predict-and-verify"
        options={(ctx) => {
          const { fitted: runs, heldOut: held, forecast: target, curve } = outcome();
          if (runs.length === 0) return undefined;
          return lineChartOptions(ctx, {
            x: { label: 'Non-embedding parameters N', log: true },
            y: { label: 'Validation loss (nats/token)', log: true },
            scatter: [
              ...runs.map((r) => ({ x: r.N, y: r.validationLoss, group: 'fitted sizes' })),
              ...(held
                ? [
                    {
                      x: held.N,
                      y: held.validationLoss,
                      group: 'held-out, measured',
                      flagged: true,
                    },
                  ]
                : []),
            ],
            series: curve.length ? [{ name: 'fit', points: curve, dashed: true }] : [],
            markers: target
              ? [{ x: target.N, y: target.predicted, label: 'forecast', below: true }]
              : [],
            ...(target ? { rulesX: [{ x: target.N }] } : {}),
          });
        }}
        fallback={
          <ul>
            <For each={runner.runs()}>
              {(r) => (
                <li data-run={r.name}>
                  {r.name}: N = {r.N}, loss {r.validationLoss.toFixed(4)}
                </li>
              )}
            </For>
          </ul>
        }
      />
    </TrainingLabShell>
  );
}
