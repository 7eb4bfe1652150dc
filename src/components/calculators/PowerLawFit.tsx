import { For, Show } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { type PowerLawFitResults, powerLawFitView } from '../../lib/calculators/powerLawFitView';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

/** Log-log chart spec: the data (largest residual ringed), the fit, its extrapolation dashed, the bootstrap band. */
function chartSpec(r: PowerLawFitResults) {
  const maxN = Math.max(...r.rows.map((p) => p.N));
  return {
    x: { label: 'Size N (parameters) →', log: true },
    y: { label: '↑ Loss (nats/token)', log: true },
    band: r.band,
    series: [
      { name: 'fit', points: r.curve.filter((p) => p.x <= maxN) },
      { name: 'extrapolation', points: r.curve.filter((p) => p.x >= maxN), dashed: true },
    ],
    scatter: r.rows.map((p, i) => ({
      x: p.N,
      y: p.loss,
      group: 'measured',
      flagged: i === r.largestIndex,
    })),
    markers:
      r.forecastAt !== undefined && r.prediction !== undefined
        ? [{ x: r.forecastAt, y: r.prediction, label: `forecast ${r.prediction.toFixed(3)}` }]
        : [],
  };
}

/** /calculators/power-law-fit/: the MasterFitter, fits run in a Web Worker. */
export default function PowerLawFit() {
  return (
    <Calculator
      def={powerLawFitView}
      worker
      chart={(_outcome, results) => {
        return (
          <Show when={results()}>
            {(r) => (
              <>
                <PlotFigure
                  caption="Measured losses (the largest residual ringed), the fitted law, its extrapolation (dashed) and a 10–90% bootstrap band."
                  height={340}
                  options={(ctx) => lineChartOptions(ctx, chartSpec(r()))}
                  fallback={<p>The residual table below lists the data and the fit.</p>}
                />
                <table class="sl-breakdown">
                  <caption>Residuals (measured − fitted)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Size</th>
                      <th scope="col">Measured</th>
                      <th scope="col">Fitted</th>
                      <th scope="col">Residual</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={r().rows}>
                      {(row, i) => (
                        <tr
                          classList={{ 'sl-flagged': i() === r().largestIndex }}
                          data-residual={String(row.residual)}
                        >
                          <th scope="row">{formatQuantity(row.N, 'si')}</th>
                          <td>{row.loss}</td>
                          <td>{formatQuantity(row.fitted, 'plain', 4)}</td>
                          <td>
                            {formatQuantity(row.residual, 'plain', 3)}
                            {i() === r().largestIndex ? ' (largest)' : ''}
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </>
            )}
          </Show>
        );
      }}
    />
  );
}
