import { For } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { type KaplanResults, kaplan } from '../../lib/calculators/kaplan';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

/** Every fifth point of each line, as text for readers without the chart. */
function Fallback(props: { curves: KaplanResults['curvesN'] | undefined; x: string }) {
  return (
    <ul>
      <For each={props.curves ?? []}>
        {(c) => (
          <li>
            {c.name}:{' '}
            {c.points
              .filter((_, i) => i % 10 === 0)
              .map((p) => `${props.x} ${formatQuantity(p.x, 'si')} → ${p.y.toFixed(3)}`)
              .join('; ')}
          </li>
        )}
      </For>
    </ul>
  );
}

/** /calculators/kaplan/: Kaplan et al. 2020's laws at once, with L(N) and L(D) drawn around the reader's model. */
export default function Kaplan() {
  return (
    <Calculator
      def={kaplan}
      chart={(_outcome, r) => {
        return (
          <>
            <PlotFigure
              caption="Loss against non-embedding parameters: L(N) with enough data (Eq. 1.1) and L(N, D) at your D (Eq. 1.5), which flattens once data runs short. The orange dot is your model."
              options={(ctx) => {
                const res = r();
                return (
                  res &&
                  lineChartOptions(ctx, {
                    x: { label: 'Parameters N', log: true },
                    y: { label: 'Loss (nats/token)', log: true },
                    series: res.curvesN,
                    markers: [res.markN],
                  })
                );
              }}
              fallback={<Fallback curves={r()?.curvesN} x="N" />}
            />
            <PlotFigure
              caption="Loss against training tokens: L(D) for a large model (Eq. 1.2) and L(N, D) at your N. The dashed rule is D = 5 × 10³ · N^0.74, below which your model overfits."
              options={(ctx) => {
                const res = r();
                return (
                  res &&
                  lineChartOptions(ctx, {
                    x: { label: 'Tokens D', log: true },
                    y: { label: 'Loss (nats/token)', log: true },
                    series: res.curvesD,
                    markers: [res.markD],
                    rulesX: [{ x: res.dMin }],
                  })
                );
              }}
              fallback={<Fallback curves={r()?.curvesD} x="D" />}
            />
          </>
        );
      }}
    />
  );
}
