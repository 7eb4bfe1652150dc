import { For, createMemo } from 'solid-js';
import {
  type HeldOutForecast,
  forecastErrorPercent,
  PREDICT_RESULTS,
  forecastHeldOut,
  planPredict,
  predictParams,
} from '../../lib/labs/predictHeldOut';
import { fitCurve } from '../../lib/labs/sweepResults';
import { lineChartOptions } from '../../charts/lineChart';
import PlotFigure from '../PlotFigure';
import ResultCard from '../ResultCard';
import TrainingLabShell from './TrainingLabShell';
import { createTrainingLab } from './createTrainingLab';

/** /labs/predict-and-verify/: fit the smaller sizes, forecast the held-out one, then train it. */
export default function PredictVerify() {
  const lab = createTrainingLab(predictParams, planPredict);
  const { plan, runner } = lab;
  const fitted = () => {
    const p = plan().plan;
    return p ? runner.runs().filter((r) => r.dModel !== p.target) : [];
  };
  const heldOut = () => runner.runs().find((r) => r.dModel === plan().plan?.target);
  // The forecast depends only on the smaller sizes: it is fixed before the held-out size trains.
  const forecast = createMemo((): HeldOutForecast | string | undefined => {
    const p = plan().plan;
    if (!p || fitted().length < p.runs.length - 1) return undefined;
    try {
      return forecastHeldOut(fitted(), p.targetN, p.runs[0]!.train.seed);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  const results = () => {
    const f = forecast();
    if (typeof f !== 'object') return undefined;
    const measured = heldOut()?.validationLoss;
    const elapsedSeconds = runner.runs().reduce((s, r) => s + r.elapsedMs, 0) / 1000;
    const base = {
      predicted: f.predicted,
      predictedLo: f.lo,
      predictedHi: f.hi,
      alpha: f.fit.alpha,
      r2: f.fit.r2,
      elapsedSeconds,
    };
    return measured === undefined
      ? base
      : { ...base, measured, errorPercent: forecastErrorPercent(f.predicted, measured) };
  };

  return (
    <TrainingLabShell name="predict-and-verify" lab={lab}>
      <ResultCard
        specs={PREDICT_RESULTS}
        results={results()}
        message={
          typeof forecast() === 'string'
            ? `No forecast: ${forecast() as string}`
            : 'The forecast appears once the smaller sizes have finished.'
        }
      />
      <PlotFigure
        caption="Validation loss against non-embedding N (log-log): fitted sizes, the fit extended to the held-out size, and what the held-out size measured"
        download="predict-and-verify"
        options={(ctx) => {
          const runs = fitted();
          const f = forecast();
          if (runs.length === 0) return undefined;
          const held = heldOut();
          const target = typeof f === 'object' ? f : undefined;
          const curve = target ? fitCurve(target.fit, [...runs, { ...runs[0]!, N: target.N }]) : [];
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
