import { For } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { dataConstrained } from '../../lib/calculators/dataConstrained';
import { MUENNIGHOFF_2023 } from '../../lib/dataConstrained';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

/** /calculators/data-constrained/: what repeated tokens are worth (Muennighoff et al. 2023), and a quality-weighted mix. */
export default function DataConstrained() {
  return (
    <Calculator
      def={dataConstrained}
      chart={(_outcome, r) => {
        return (
          <PlotFigure
            caption={`Effective tokens against tokens trained on, for your unique tokens U: repeats are worth less and less, and D′ levels off near U·(1 + R_D*) ≈ ${(1 + MUENNIGHOFF_2023.rDStar).toFixed(1)}·U. The orange dot is your run.`}
            options={(ctx) => {
              const res = r();
              return (
                res &&
                lineChartOptions(ctx, {
                  x: { label: 'Tokens trained on D', log: true },
                  y: { label: 'Effective tokens D′', log: true },
                  series: res.curves,
                  markers: [res.mark],
                })
              );
            }}
            fallback={
              <ul>
                <For each={r()?.curves[0]?.points.filter((_, i) => i % 8 === 0) ?? []}>
                  {(p) => (
                    <li>
                      D = {formatQuantity(p.x, 'si')} tokens: worth {formatQuantity(p.y, 'si')}{' '}
                      fresh tokens
                    </li>
                  )}
                </For>
              </ul>
            }
          />
        );
      }}
    />
  );
}
