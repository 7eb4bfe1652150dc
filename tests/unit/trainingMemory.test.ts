import { describe, expect, it } from 'vitest';
import { activationBytes } from '../../src/lib/activationMemory';
import { bytesPerParam } from '../../src/lib/modelStateMemory';
import { computeTrainingMemory, minGpusForTraining } from '../../src/lib/trainingMemory';

const mixed = bytesPerParam('bf16', 'adamw');
const shape = {
  seq: 2048,
  micro: 1,
  dModel: 4096,
  heads: 32,
  layers: 32,
  tp: 1,
  sp: false,
  recompute: 'selective' as const,
};

describe('computeTrainingMemory(N, bytes, sharding, activation, gpuMemory)', () => {
  it('adds the model states and the activations, and says whether they fit', () => {
    const out = computeTrainingMemory(7.5e9, mixed, { dp: 64, tp: 1, pp: 1, zero: 3 }, shape, 32e9);
    expect(out.modelStatesPerGpu).toBe(1.875e9);
    expect(out.activationsPerGpu).toBe(activationBytes(shape));
    expect(out.totalPerGpu).toBe(out.modelStatesPerGpu + out.activationsPerGpu);
    expect(out.headroom).toBe(32e9 - out.totalPerGpu);
    expect(out.fits).toBe(1);
    expect(out.gpus).toBe(64);
  });
  it('ZeRO stage 1 of 7.5B on 64 GPUs of 32 GB: 31.4 GB of states leave no room for activations', () => {
    expect(
      computeTrainingMemory(7.5e9, mixed, { dp: 64, tp: 1, pp: 1, zero: 1 }, shape, 32e9).fits,
    ).toBe(0);
    expect(
      computeTrainingMemory(7.5e9, mixed, { dp: 64, tp: 1, pp: 1, zero: 2 }, shape, 32e9).fits,
    ).toBe(1);
  });
  it('without a shape counts the model states only', () => {
    expect(
      computeTrainingMemory(7.5e9, mixed, { dp: 1, tp: 1, pp: 1, zero: 0 }, undefined, 80e9)
        .totalPerGpu,
    ).toBe(120e9);
  });
});

describe('minGpusForTraining(N, bytes, layout, activations, gpuMemory)', () => {
  it('7.5B with no activations on 32 GB GPUs needs ⌈120/32⌉ = 4', () => {
    expect(minGpusForTraining(7.5e9, mixed, { tp: 1, pp: 1 }, 0, 32e9)).toBe(4);
  });
  it('is the fewest GPUs at which ZeRO-3 fits: one fewer does not', () => {
    const act = activationBytes(shape);
    const n = minGpusForTraining(7.5e9, mixed, { tp: 1, pp: 1 }, act, 32e9);
    expect(
      computeTrainingMemory(7.5e9, mixed, { dp: n, tp: 1, pp: 1, zero: 3 }, shape, 32e9).fits,
    ).toBe(1);
    expect(
      computeTrainingMemory(7.5e9, mixed, { dp: n - 1, tp: 1, pp: 1, zero: 3 }, shape, 32e9).fits,
    ).toBe(0);
  });
  it('refuses when the activations alone fill the GPU, naming the micro-batch', () => {
    expect(() => minGpusForTraining(7.5e9, mixed, { tp: 1, pp: 1 }, 40e9, 32e9)).toThrow(
      expect.objectContaining({ field: 'micro' }),
    );
  });
});
