import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ActivationShape } from '../../src/lib/activationMemory';
import { computeInferenceMemory } from '../../src/lib/inferenceMemory';
import { type ZeroStage, bytesPerParam } from '../../src/lib/modelStateMemory';
import { computeTrainingMemory } from '../../src/lib/trainingMemory';

const SEED = { seed: 13, numRuns: 300 };
const bytes = fc.constantFrom(
  bytesPerParam('bf16', 'adamw'),
  bytesPerParam('fp32', 'adamw'),
  bytesPerParam('bf16', 'adamw-8bit'),
  bytesPerParam('bf16', 'sgd'),
);
const params = fc.double({ min: 1e6, max: 1e12, noNaN: true });
const degree = fc.integer({ min: 1, max: 64 });
const zero = fc.constantFrom<ZeroStage>(0, 1, 2, 3);
const activation = fc.record({
  seq: fc.integer({ min: 1, max: 32768 }),
  micro: fc.integer({ min: 1, max: 16 }),
  dModel: fc.integer({ min: 64, max: 16384 }),
  heads: fc.integer({ min: 1, max: 128 }),
  layers: fc.integer({ min: 1, max: 128 }),
  tp: fc.constant(1),
  sp: fc.boolean(),
  recompute: fc.constantFrom<ActivationShape['recompute']>('none', 'selective', 'full'),
});
const memory = fc.double({ min: 1e9, max: 2e11, noNaN: true });

describe('training memory per GPU (ZeRO, Korthikanti et al. 2022)', () => {
  it('never rises when dp, tp, pp or the ZeRO stage rises', () => {
    fc.assert(
      fc.property(
        params,
        bytes,
        degree,
        degree,
        degree,
        zero,
        activation,
        memory,
        fc.constantFrom('dp', 'tp', 'pp', 'zero'),
        (N, b, dp, tp, pp, z, act, mem, which) => {
          const before = computeTrainingMemory(N, b, { dp, tp, pp, zero: z }, act, mem).totalPerGpu;
          const up =
            which === 'zero'
              ? { dp, tp, pp, zero: Math.min(3, z + 1) as ZeroStage }
              : { dp, tp, pp, zero: z, [which]: { dp, tp, pp }[which] * 2 };
          const after = computeTrainingMemory(N, b, up, act, mem).totalPerGpu;
          return after <= before * (1 + 1e-12);
        },
      ),
      SEED,
    );
  });
  it('fits is 1 exactly when the total is at most the GPU’s memory', () => {
    fc.assert(
      fc.property(params, bytes, degree, zero, activation, memory, (N, b, dp, z, act, mem) => {
        const out = computeTrainingMemory(N, b, { dp, tp: 1, pp: 1, zero: z }, act, mem);
        return (
          out.fits === (out.totalPerGpu <= mem ? 1 : 0) && out.headroom === mem - out.totalPerGpu
        );
      }),
      SEED,
    );
  });
});

describe('serving memory (weights and KV cache)', () => {
  const shape = fc.record({
    params: fc.double({ min: 1e8, max: 2e11, noNaN: true }),
    weightBytes: fc.constantFrom(0.5, 1, 2),
    layers: fc.integer({ min: 1, max: 128 }),
    kvHeads: fc.integer({ min: 1, max: 64 }),
    headDim: fc.constantFrom(64, 128, 256),
    kvBytes: fc.constantFrom(1, 2),
  });
  const load = fc.record({
    ctx: fc.integer({ min: 1, max: 1 << 20 }),
    batch: fc.integer({ min: 1, max: 512 }),
    gpuMemory: memory,
    gpus: fc.integer({ min: 1, max: 16 }),
  });
  it('maxBatch is the largest batch that fits at this context, and maxContext the longest context at this batch', () => {
    fc.assert(
      fc.property(shape, load, (s, l) => {
        const out = computeInferenceMemory(s, l);
        const fitsAt = (ctx: number, batch: number) =>
          batch < 1 || ctx < 1 || computeInferenceMemory(s, { ...l, ctx, batch }).fits === 1;
        if (out.maxBatch > 0 && !(fitsAt(l.ctx, out.maxBatch) && !fitsAt(l.ctx, out.maxBatch + 1)))
          return false;
        if (
          out.maxContext > 0 &&
          !(fitsAt(out.maxContext, l.batch) && !fitsAt(out.maxContext + 1, l.batch))
        )
          return false;
        return out.fits === (out.total <= out.capacity ? 1 : 0);
      }),
      SEED,
    );
  });
});
