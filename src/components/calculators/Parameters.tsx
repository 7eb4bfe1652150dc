import { For, Show } from 'solid-js';
import { barChartOptions } from '../../charts/barChart';
import { COMPONENTS, parameters } from '../../lib/calculators/parameters';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

/** /calculators/parameters/: the exact count by component, as a table and a bar chart. */
export default function Parameters() {
  return (
    <Calculator
      def={parameters}
      chart={(outcome) => {
        const bars = () => {
          const o = outcome();
          return o.ok
            ? COMPONENTS.flatMap(([key, label]) =>
                typeof o.results[key] === 'number' ? [{ key, label, value: o.results[key] }] : [],
              )
            : [];
        };
        const total = () => {
          const o = outcome();
          return o.ok ? o.results.total : NaN;
        };
        const note = () => {
          const o = outcome();
          return o.ok ? o.results.note : undefined;
        };
        return (
          <>
            <Show when={note()}>
              {(text) => (
                <p class="sl-note" data-published-note>
                  {text()}
                </p>
              )}
            </Show>
            <Show when={bars().length > 0}>
              <table class="sl-breakdown">
                <caption>Parameters by component</caption>
                <thead>
                  <tr>
                    <th scope="col">Component</th>
                    <th scope="col">Parameters</th>
                    <th scope="col">Share</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={bars()}>
                    {(bar) => (
                      <tr>
                        <th scope="row">{bar.label}</th>
                        <td data-component={bar.key} data-value={String(bar.value)}>
                          {bar.value.toLocaleString('en-US')}
                        </td>
                        <td>{formatQuantity((100 * bar.value) / total(), 'plain')}%</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <PlotFigure
                caption="Parameters by component. Kaplan’s N counts the first four; embeddings and an untied output head are left out."
                height={260}
                options={(ctx) =>
                  barChartOptions(ctx, bars(), 'Parameters →', (v) => formatQuantity(v, 'si'))
                }
                fallback={<p>The table above lists the same numbers.</p>}
              />
            </Show>
          </>
        );
      }}
    />
  );
}
