import { Show, createMemo } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { OPTIMAL_FITS } from '../../lib/calculators/chinchillaOptimal';
import type { PlannerResults } from '../../lib/calculators/planner';
import { planChartData } from '../../lib/calculators/plannerChart';
import MarkerList from '../MarkerList';
import PlotFigure from '../PlotFigure';

/** The plan on the chosen law's compute-optimal frontier, with published runs beside it. */
export default function PlanChart(props: { results: PlannerResults | undefined }) {
  const data = createMemo(() => (props.results ? planChartData(props.results) : undefined));
  const law = () => OPTIMAL_FITS.find((f) => f.value === props.results?.fit)?.label ?? '';
  return (
    <Show when={data()}>
      {(d) => (
        <div class="sl-calc__chart sl-planner__chart">
          <PlotFigure
            caption={`The plan (6ND, N) on the compute-optimal frontier of ${law()}, with published models at C = 6ND.`}
            height={340}
            download="plan-frontier"
            options={(ctx) =>
              lineChartOptions(ctx, {
                x: { label: 'Training compute C (FLOPs) →', log: true },
                y: { label: '↑ Parameters', log: true },
                series: [{ name: law(), points: d().frontier }],
                markers: d().markers,
                rulesX: [{ x: d().planFlops }],
              })
            }
            fallback={<MarkerList markers={d().markers} />}
          />
        </div>
      )}
    </Show>
  );
}
