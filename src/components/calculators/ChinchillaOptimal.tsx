import { lineChartOptions } from '../../charts/lineChart';
import {
  FRONTIER_MODELS,
  chinchillaOptimal,
  frontierCurves,
} from '../../lib/calculators/chinchillaOptimal';
import Calculator from '../Calculator';
import MarkerList from '../MarkerList';
import PlotFigure from '../PlotFigure';

const CURVES = frontierCurves(1e18, 1e26);

/** /calculators/chinchilla-optimal/: the compute-optimal split under each fit, with the frontier chart. */
export default function ChinchillaOptimal() {
  return (
    <Calculator
      def={chinchillaOptimal}
      chart={(outcome) => {
        const chosen = () => {
          const o = outcome();
          return o.ok
            ? [{ x: o.results.flops, y: o.results.params, label: 'Yours', below: true }]
            : [];
        };
        return (
          <PlotFigure
            caption="Compute-optimal model size against training compute for each allocation, with published models (at C = 6ND) and your choice."
            height={380}
            options={(ctx) =>
              lineChartOptions(ctx, {
                x: { label: 'Training compute C (FLOPs) →', log: true },
                y: { label: '↑ Compute-optimal parameters', log: true },
                series: CURVES.map((c) => ({ name: c.label, points: c.points })),
                markers: [...FRONTIER_MODELS, ...chosen()],
                rulesX: chosen().map((p) => ({ x: p.x })),
              })
            }
            fallback={<MarkerList markers={FRONTIER_MODELS} />}
          />
        );
      }}
    />
  );
}
