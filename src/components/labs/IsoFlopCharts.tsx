import { Show } from 'solid-js';
import { shortBudget } from '../../lib/labs/isoflopPlan';
import type { IsoFlopSummary } from '../../lib/labs/isoflopResults';
import type { SweepRun } from '../../lib/labs/sweepResults';
import { makeLogGrid } from '../../lib/makeLogGrid';
import { lineChartOptions } from '../../charts/lineChart';
import PlotFigure from '../PlotFigure';
import RunsTable from './RunsTable';

const label = (C: number) => `C = ${shortBudget(C)}`;

/** The IsoFLOP valleys with their parabolas and minima, then N_opt against C with the fitted power law. */
export default function IsoFlopCharts(props: {
  summary: IsoFlopSummary | undefined;
  runs: readonly SweepRun[];
}) {
  const summary = () => props.summary;
  return (
    <>
      <PlotFigure
        caption="IsoFLOP valleys: validation loss against non-embedding N at each compute budget; dashed, the parabola in ln N through the lowest run and its neighbours, with its minimum N_opt"
        download="isoflop-valleys"
        options={(ctx) => {
          const s = summary();
          if (!s || props.runs.length === 0) return undefined;
          return lineChartOptions(ctx, {
            x: { label: 'Non-embedding parameters N', log: true },
            y: { label: 'Validation loss (nats/token)', log: true },
            scatter: s.budgets.flatMap((b) =>
              b.runs.map((r) => ({ x: r.N, y: r.validationLoss, group: label(b.budget) })),
            ),
            series: s.budgets.flatMap((b) => {
              const m = b.minimum;
              if (!m) return [];
              const ns = (b.floor ?? b.runs).map((r) => r.N); // the parabola over the runs it went through
              const points = makeLogGrid(Math.min(...ns), Math.max(...ns), 40).map((x) => ({
                x,
                y: m.lossAt(x),
              }));
              return [{ name: label(b.budget), points, dashed: true }];
            }),
            markers: s.budgets.flatMap((b) =>
              b.minimum ? [{ x: b.minimum.nOpt, y: b.minimum.lossMin, label: 'N_opt' }] : [],
            ),
          });
        }}
        fallback={<RunsTable runs={props.runs} />}
      />
      <Show when={summary()?.fit}>
        {(fit) => (
          <PlotFigure
            caption="N_opt against compute C (log-log): the minima of the valleys and the fitted N_opt = k·C^a"
            options={(ctx) => {
              const Cs = fit().minima.map((m) => m.C);
              return lineChartOptions(ctx, {
                x: { label: 'Compute C (FLOPs)', log: true },
                y: { label: 'Compute-optimal N', log: true },
                scatter: fit().minima.map((m) => ({ x: m.C, y: m.nOpt, group: 'valley minima' })),
                series: [
                  {
                    name: `fit: a = ${fit().a.toFixed(2)}`,
                    points: makeLogGrid(Math.min(...Cs) / 1.5, Math.max(...Cs) * 1.5, 20).map(
                      (x) => ({ x, y: fit().predict(x) }),
                    ),
                    dashed: true,
                  },
                ],
              });
            }}
            fallback={<p>a = {fit().a.toFixed(3)}</p>}
            height={240}
          />
        )}
      </Show>
    </>
  );
}
