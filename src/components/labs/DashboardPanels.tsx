import { Show } from 'solid-js';
import { chinchillaFrontier } from '../../lib/chinchillaFrontier';
import { predictChinchillaLoss } from '../../lib/chinchillaLoss';
import { flopsToPfDays, pfDaysToFlops } from '../../lib/computeUnits';
import type { LawParams } from '../../lib/labs/dashboardOutcome';
import { type DashboardRun, lossFrontier } from '../../lib/labs/dashboardRuns';
import { makeLogGrid } from '../../lib/makeLogGrid';
import { lineChartOptions } from '../../charts/lineChart';
import PlotFigure from '../PlotFigure';
import LossCurves from './LossCurves';
import RunsTable from './RunsTable';

const span = (xs: number[], count = 40) =>
  makeLogGrid(Math.min(...xs) / 2, Math.max(...xs) * 2, count);

/**
 * The four-panel scaling dashboard over the reader's runs: loss against N, loss against compute
 * with the frontier, the compute-optimal allocation the fit implies, and the loss curves.
 */
export default function DashboardPanels(props: {
  runs: readonly DashboardRun[];
  law: LawParams | undefined;
  lawMessage: string;
}) {
  const law = () => props.law;
  const order = () => [...new Set(props.runs.map((r) => r.group))];
  const params = () => ({ ...law()!, source: 'your runs' });
  const frontier = (C: number) => chinchillaFrontier(C, params());
  return (
    <div class="sl-dashboard">
      <PlotFigure
        caption="1. Validation loss against non-embedding N, one colour per sweep (its token budget D) or IsoFLOP budget C; dashed: the fitted L(N, D) at each sweep's D"
        download="dashboard-loss-vs-n"
        height={240}
        options={(ctx) => {
          const p = law();
          // A fitted curve for each group of one token budget (sweeps); IsoFLOP groups vary D.
          const groups = [...new Set(props.runs.map((r) => r.group))].flatMap((group) => {
            const Ds = new Set(props.runs.filter((r) => r.group === group).map((r) => r.tokens));
            return Ds.size === 1 ? [[group, [...Ds][0]!] as const] : [];
          });
          return lineChartOptions(ctx, {
            x: { label: 'Non-embedding parameters N', log: true },
            y: { label: 'Loss (nats/token)', log: true },
            order: order(),
            scatter: props.runs.map((r) => ({ x: r.N, y: r.validationLoss, group: r.group })),
            series: p
              ? groups.map(([group, D]) => ({
                  name: group,
                  points: span(props.runs.map((r) => r.N)).map((N) => ({
                    x: N,
                    y: predictChinchillaLoss(N, D, params()),
                  })),
                  dashed: true,
                }))
              : [],
          });
        }}
        fallback={<RunsTable runs={props.runs} />}
      />
      <PlotFigure
        caption="2. Loss against training compute C = 6ND in PF-days: the runs, the frontier through the best of them, and (dashed) the fit's compute-optimal loss"
        download="dashboard-loss-vs-compute"
        height={240}
        options={(ctx) => {
          const p = law();
          const points = props.runs.map((r) => ({
            x: r.pfDays,
            y: r.validationLoss,
            group: r.group,
          }));
          return lineChartOptions(ctx, {
            x: { label: 'Compute (PF-days)', log: true },
            y: { label: 'Loss (nats/token)', log: true },
            order: order(),
            scatter: points,
            series: [
              {
                name: 'frontier of your runs',
                points: lossFrontier(points).map(({ x, y }) => ({ x, y })),
              },
              ...(p
                ? [
                    {
                      name: 'fit: compute-optimal',
                      points: span(points.map((q) => q.x)).map((x) => ({
                        x,
                        y: frontier(pfDaysToFlops(x)).loss,
                      })),
                      dashed: true,
                    },
                  ]
                : []),
            ],
          });
        }}
        fallback={<p>{props.runs.length} runs.</p>}
      />
      <Show
        when={law()}
        fallback={
          <figure class="sl-dashboard__empty" data-panel="allocation">
            <p>3. The compute-optimal allocation needs a fit of L(N, D): {props.lawMessage}</p>
          </figure>
        }
      >
        <PlotFigure
          caption="3. The optimal allocation the fit implies: N_opt(C) and D_opt(C) = C/(6·N_opt) (Hoffmann et al. 2022, Eq. 4), with the N of your runs"
          download="dashboard-allocation"
          height={240}
          options={(ctx) => {
            const Cs = span(
              props.runs.map((r) => r.flops),
              30,
            );
            return lineChartOptions(ctx, {
              x: { label: 'Compute (PF-days)', log: true },
              y: { label: 'Parameters N or tokens D', log: true },
              scatter: props.runs.map((r) => ({ x: r.pfDays, y: r.N, group: 'your runs (N)' })),
              series: [
                {
                  name: 'N_opt',
                  points: Cs.map((C) => ({ x: flopsToPfDays(C), y: frontier(C).params })),
                },
                {
                  name: 'D_opt',
                  points: Cs.map((C) => ({ x: flopsToPfDays(C), y: frontier(C).tokens })),
                  dashed: true,
                },
              ],
            });
          }}
          fallback={<p>N_opt ∝ C^{law()!.a.toFixed(2)}</p>}
        />
      </Show>
      <LossCurves
        runs={props.runs.map((r) => ({ name: r.id, curve: r.curve }))}
        caption="4. Training loss against tokens seen, every run (log-log)"
        height={240}
      />
    </div>
  );
}
