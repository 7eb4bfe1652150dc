import { For, Show } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { servingCost } from '../../lib/calculators/servingCost';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

/** /calculators/serving-cost/: two models' training plus serving cost, and the demand at which they break even. */
export default function ServingCost() {
  return (
    <Calculator
      def={servingCost}
      chart={(_outcome, r) => {
        return (
          <>
            <Show when={r()?.crossoverNote}>
              {(note) => (
                <p class="sl-results__empty" role="status" data-note="crossover">
                  {note()}
                </p>
              )}
            </Show>
            <PlotFigure
              caption="Lifetime cost against demand: each line starts at its training cost and climbs by 2N FLOPs per token served. The dashed rule marks your demand; the orange dot, where the lines cross, the break-even demand."
              options={(ctx) => {
                const res = r();
                if (!res) return undefined;
                const rules = res.servedTokens > 0 ? [{ x: res.servedTokens }] : [];
                const options = lineChartOptions(ctx, {
                  x: { label: 'Tokens served' },
                  y: { label: 'Total cost ($)' },
                  series: res.curves,
                  markers: res.marks,
                  rulesX: rules,
                });
                // Linear axes count in trillions of tokens and millions of dollars: SI labels read better than digits.
                return {
                  ...options,
                  x: { ...options.x, tickFormat: (v: number) => formatQuantity(v, 'si') },
                  y: { ...options.y, tickFormat: (v: number) => formatQuantity(v, 'currency') },
                };
              }}
              fallback={
                <ul>
                  <For each={r()?.curves ?? []}>
                    {(c) => (
                      <li>
                        {c.name}:{' '}
                        {c.points
                          .filter((_, i) => i % 12 === 0)
                          .map(
                            (p) =>
                              `${formatQuantity(p.x, 'si')} tokens → ${formatQuantity(p.y, 'currency')}`,
                          )
                          .join('; ')}
                      </li>
                    )}
                  </For>
                </ul>
              }
            />
          </>
        );
      }}
    />
  );
}
