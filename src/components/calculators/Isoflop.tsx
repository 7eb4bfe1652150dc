import { For } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { isoflop } from '../../lib/calculators/isoflop';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

/** /calculators/isoflop/: the compute-optimal model by Eq. 4 and by searching the IsoFLOP profile, with profiles for five budgets. */
export default function Isoflop() {
  return (
    <Calculator
      def={isoflop}
      chart={(_outcome, r) => {
        return (
          <PlotFigure
            caption="IsoFLOP profiles: loss against model size at a fixed budget, for your budget and budgets 10 and 100 times smaller and larger. Each valley's floor (orange) is the compute-optimal size."
            height={360}
            options={(ctx) => {
              const res = r();
              // Room on the right for the last decade's label.
              return (
                res && {
                  ...lineChartOptions(ctx, {
                    x: { label: 'Parameters N', log: true },
                    y: { label: 'Loss (nats/token)' },
                    series: res.profiles,
                    markers: res.minima,
                  }),
                  marginRight: 28,
                }
              );
            }}
            fallback={
              <ul>
                <For each={r()?.minima ?? []}>
                  {(m, i) => (
                    <li>
                      {r()?.profiles[i()]?.name}: lowest loss {m.y.toFixed(3)} at N ={' '}
                      {formatQuantity(m.x, 'si')}
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
