import { Show } from 'solid-js';
import type { MemoryPart } from '../../charts/memoryBar';
import { trainingMemory } from '../../lib/calculators/trainingMemory';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import MemoryFigure from './MemoryFigure';

/** /calculators/training-memory/: bytes per GPU by component against the GPU, and what would make it fit. */
export default function TrainingMemory() {
  return (
    <Calculator
      def={trainingMemory}
      chart={(_outcome, results) => {
        const parts = (): MemoryPart[] => {
          const r = results();
          return r
            ? [
                { label: 'Weights', bytes: r.weightsPerGpu },
                { label: 'Gradients', bytes: r.gradientsPerGpu },
                { label: 'Optimizer state', bytes: r.optimizerPerGpu },
                { label: 'Activations', bytes: r.activationsPerGpu },
              ]
            : [];
        };
        return (
          <Show when={results()}>
            {(r) => (
              <>
                <p class="sl-verdict" data-verdict={r().fits ? 'fits' : 'does-not-fit'}>
                  {r().fits
                    ? `Fits, with ${formatQuantity(r().headroom, 'bytes')} to spare.`
                    : `Does not fit: short by ${formatQuantity(-r().headroom, 'bytes')}.`}{' '}
                  <Show when={!r().fits}>
                    {r().remedies.length > 0
                      ? `Any one of these would fit: ${r().remedies.join('; ')}.`
                      : 'No single change fits it: add GPUs (more dp with ZeRO-3, or tp and pp).'}
                  </Show>
                </p>
                <MemoryFigure
                  parts={parts()}
                  capacity={r().gpuMemory}
                  caption="Memory per GPU by component, stacked, against the GPU's memory"
                />
              </>
            )}
          </Show>
        );
      }}
    />
  );
}
