import { describe, expect, it } from 'vitest';
import { GPUS_PER_NODE, type LayoutNeeds, chooseLayout } from '../../src/lib/chooseLayout';
import { designDecoder } from '../../src/lib/designDecoder';
import { bytesPerParam } from '../../src/lib/modelStateMemory';
import { computeTrainingMemory } from '../../src/lib/trainingMemory';

const GiB = 2 ** 30;
function needs(N: number, gpusForTime: number, extra: Partial<LayoutNeeds> = {}): LayoutNeeds {
  const d = designDecoder(N);
  return {
    params: d.total,
    bytes: bytesPerParam('bf16', 'adamw'),
    zero: 1,
    config: d.config,
    seq: 4096,
    recompute: 'selective',
    gpuMemory: 80 * GiB,
    gpusForTime,
    ...extra,
  };
}

describe('chooseLayout', () => {
  it('a 1B model needs no model parallelism: tp = pp = 1, dp = the GPUs time needs', () => {
    const l = chooseLayout(needs(1e9, 16));
    expect([l.tp, l.pp, l.dp, l.gpus]).toEqual([1, 1, 16, 16]);
    expect(l.memory.fits).toBe(1);
  });
  it('70B: tensor parallelism first, up to a node, with tp·pp·dp GPUs at least what time needs', () => {
    const n = needs(70e9, 188);
    const l = chooseLayout(n);
    expect(l.tp).toBe(GPUS_PER_NODE);
    expect(l.pp).toBe(1);
    expect(l.gpus).toBe(l.tp * l.pp * l.dp);
    expect(l.gpus).toBeGreaterThanOrEqual(188);
    expect(l.memory.fits).toBe(1);
    // Its memory is the calculator's own function at that layout.
    const again = computeTrainingMemory(
      n.params,
      n.bytes,
      { dp: l.dp, tp: l.tp, pp: l.pp, zero: 1 },
      {
        seq: 4096,
        micro: 1,
        dModel: n.config.dModel,
        heads: n.config.nHeads,
        layers: n.config.nLayer,
        tp: l.tp,
        sp: true,
        recompute: 'selective',
      },
      80 * GiB,
    );
    expect(l.memory).toEqual(again);
    // And the rule's earlier choice, tp 4, never fits, whatever the data parallelism.
    const tp4 = computeTrainingMemory(
      n.params,
      n.bytes,
      { dp: 1e6, tp: 4, pp: 1, zero: 1 },
      {
        seq: 4096,
        micro: 1,
        dModel: n.config.dModel,
        heads: n.config.nHeads,
        layers: n.config.nLayer,
        tp: 4,
        sp: true,
        recompute: 'selective',
      },
      80 * GiB,
    );
    expect(tp4.fits).toBe(0);
  });
  it('ZeRO-3 grows data parallelism to fit when the time alone needs few GPUs', () => {
    const l = chooseLayout(needs(7e9, 1, { zero: 3, gpuMemory: 16 * GiB }));
    expect(l.memory.fits).toBe(1);
    expect(l.gpus).toBeGreaterThan(1);
    const fewer = chooseLayout(needs(7e9, l.gpus - 1, { zero: 3, gpuMemory: 16 * GiB }));
    expect(fewer.gpus).toBe(l.gpus);
  });
  it('when nothing fits, the most split layout with fits = 0', () => {
    const l = chooseLayout(needs(1e12, 1000, { zero: 0, recompute: 'none', gpuMemory: 32 * GiB }));
    expect(l.memory.fits).toBe(0);
    expect(l.tp).toBe(GPUS_PER_NODE);
  });
});
