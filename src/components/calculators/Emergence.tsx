import { For, Show } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { emergence } from '../../lib/calculators/emergence';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

/** /calculators/emergence/: one smooth per-token skill seen through exact match and a threshold (Schaeffer et al. 2023). */
export default function Emergence() {
  return (
    <Calculator
      def={emergence}
      chart={(_outcome, r) => {
        return (
          <>
            <Show when={r()?.note}>
              {(note) => (
                <p class="sl-results__empty" role="status" data-note="emergence">
                  {note()}
                </p>
              )}
            </Show>
            <PlotFigure
              caption="The same models scored three ways: per-token accuracy p rises smoothly with size, exact match p^k stays near zero and then shoots up, and the thresholded metric jumps from 0 to 1 in one step."
              options={(ctx) => {
                const res = r();
                if (!res) return undefined;
                const rules = res.emergenceSize === undefined ? [] : [{ x: res.emergenceSize }];
                return lineChartOptions(ctx, {
                  x: { label: 'Parameters', log: true },
                  y: { label: 'Score (0–1)' },
                  series: res.curves,
                  rulesX: rules,
                });
              }}
              fallback={
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Parameters</th>
                      <For each={r()?.curves ?? []}>{(c) => <th scope="col">{c.name}</th>}</For>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={r()?.curves[0]?.points ?? []}>
                      {(p, i) => (
                        <tr>
                          <td>{formatQuantity(p.x, 'si')}</td>
                          <td>{p.y.toFixed(3)}</td>
                          <td>{r()?.curves[1]?.points[i()]?.y.toFixed(3)}</td>
                          <td>{r()?.curves[2]?.points.findLast((q) => q.x === p.x)?.y}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              }
            />
          </>
        );
      }}
    />
  );
}
