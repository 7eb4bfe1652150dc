import { For } from 'solid-js';
import { computeLandscapeOptions, type ComputePoint } from '../../charts/computeLandscape';
import { trainingCompute } from '../../lib/calculators/trainingCompute';
import { formatQuantity } from '../../lib/formatQuantity';
import { TRAINING_RUNS } from '../../lib/models';
import { trainingFlops } from '../../lib/trainingFlops';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';

const REAL_MODELS: readonly ComputePoint[] = TRAINING_RUNS.map((r) => ({
  name: r.name,
  flops: trainingFlops(r.params, r.tokens),
}));

/** /calculators/training-compute/: C = 6ND, PF-days, and the GPU time and money it takes. */
export default function TrainingCompute() {
  return (
    <Calculator
      def={trainingCompute}
      chart={(outcome) => {
        const points = (): ComputePoint[] => {
          const o = outcome();
          return o.ok
            ? [...REAL_MODELS, { name: 'Your run', flops: o.results.flops, yours: true }]
            : [...REAL_MODELS];
        };
        return (
          <PlotFigure
            caption="Training compute on a log scale: your run (orange) among published models, each at 6·N·D."
            height={200}
            options={(ctx) => computeLandscapeOptions(ctx, points())}
            fallback={
              <ul>
                <For each={points()}>
                  {(p) => (
                    <li>
                      {p.name}: {formatQuantity(p.flops, 'scientific')} FLOPs
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
