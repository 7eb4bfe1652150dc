import { Show } from 'solid-js';
import type { LineChartSpec } from '../../charts/lineChart';
import { lineChartOptions } from '../../charts/lineChart';
import { type DataWallResults, dataWall } from '../../lib/calculators/dataWall';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

/** The sweep against the law of its smaller sizes (knee ringed), or L(N, D) against L(N) around N. */
function chartSpec(r: DataWallResults): LineChartSpec {
  const axes = {
    x: { label: 'Size N (non-embedding parameters) →', log: true },
    y: { label: '↑ Loss (nats/token)', log: true },
  };
  if (r.sweep) {
    return {
      ...axes,
      series: [
        {
          name: 'law of the sizes below the knee',
          points: r.sweep.map((p) => ({ x: p.N, y: p.law })),
          dashed: true,
        },
      ],
      scatter: r.sweep.map((p, i) => ({
        x: p.N,
        y: p.loss,
        group: 'measured',
        flagged: i === r.kneeIndex,
      })),
    };
  }
  return {
    ...axes,
    series: [
      { name: 'L(N, D) at your D', points: r.curve.map((p) => ({ x: p.x, y: p.nd })) },
      {
        name: 'L(N), unlimited data',
        points: r.curve.map((p) => ({ x: p.x, y: p.n })),
        dashed: true,
      },
    ],
    markers: [{ x: r.N, y: r.lossND, label: 'your model' }],
  };
}

/** /calculators/data-wall/: the overfitting detector. */
export default function DataWall() {
  return (
    <Calculator
      def={dataWall}
      chart={(_outcome, results) => {
        return (
          <Show when={results()}>
            {(r) => (
              <PlotFigure
                caption={
                  r().sweep
                    ? 'Your sweep (the knee ringed) against the power law fitted to the sizes below it.'
                    : 'Kaplan’s L(N, D) at your data size against L(N) with unlimited data; the gap is the overfitting penalty.'
                }
                height={320}
                options={(ctx) => lineChartOptions(ctx, chartSpec(r()))}
                fallback={
                  <p>
                    Loss at your size: {formatQuantity(r().lossND, 'plain', 4)} nats/token with your
                    data, {formatQuantity(r().lossN, 'plain', 4)} with unlimited data.
                  </p>
                }
              />
            )}
          </Show>
        );
      }}
    />
  );
}
