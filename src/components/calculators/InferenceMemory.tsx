import { Show } from 'solid-js';
import type { MemoryPart } from '../../charts/memoryBar';
import { inferenceMemory } from '../../lib/calculators/inferenceMemory';
import { formatQuantity } from '../../lib/formatQuantity';
import Calculator from '../Calculator';
import MemoryFigure from './MemoryFigure';

/** /calculators/inference-memory/: weights and KV cache against the GPUs' memory. */
export default function InferenceMemory() {
  return (
    <Calculator
      def={inferenceMemory}
      chart={(_outcome, results) => {
        const parts = (): MemoryPart[] => {
          const r = results();
          return r
            ? [
                { label: 'Weights', bytes: r.weights },
                { label: 'KV cache', bytes: r.kvCache ?? 0 },
              ]
            : [];
        };
        return (
          <Show when={results()}>
            {(r) => (
              <>
                <p class="sl-verdict" data-verdict={r().fits ? 'fits' : 'does-not-fit'}>
                  {r().fits
                    ? 'Fits.'
                    : `Does not fit: short by ${formatQuantity(r().total! - r().capacity, 'bytes')}.`}
                  <Show when={r().kvCache === undefined}>
                    {' '}
                    With N alone there is no shape to size the KV cache: pick a preset or give the
                    shape.
                  </Show>
                </p>
                <MemoryFigure
                  parts={parts()}
                  capacity={r().capacity}
                  caption="Serving memory by component, against the memory of all the GPUs the model is spread over"
                />
              </>
            )}
          </Show>
        );
      }}
    />
  );
}
