import { describe, expect, it } from 'vitest';
import {
  type ServingShape,
  computeInferenceMemory,
  kvCacheBytesPerToken,
} from '../../src/lib/inferenceMemory';

/** Llama 2 7B: 32 layers of 32 heads × 128, multi-head attention, fp16 cache (Touvron et al. 2023, Table 1 and the released config). */
const llama2: ServingShape = {
  params: 6.74e9,
  weightBytes: 2,
  layers: 32,
  kvHeads: 32,
  headDim: 128,
  kvBytes: 2,
};
const GiB = 2 ** 30;

describe('kvCacheBytesPerToken(shape)', () => {
  it('Llama 2 7B keeps 0.5 MiB per token: 2 · 32 · 32 · 128 · 2 bytes', () => {
    expect(kvCacheBytesPerToken(llama2)).toBe(0.5 * 2 ** 20);
  });
  it('grouped-query attention caches only the key/value heads (8 of 32: a quarter)', () => {
    expect(kvCacheBytesPerToken({ ...llama2, kvHeads: 8 })).toBe(kvCacheBytesPerToken(llama2) / 4);
  });
});

describe('computeInferenceMemory(shape, load)', () => {
  const h100 = { gpuMemory: 80 * GiB, gpus: 1 };
  it('Llama 2 7B at 4,096 tokens: a 2 GiB cache beside 13.5 GB of weights', () => {
    const out = computeInferenceMemory(llama2, { ctx: 4096, batch: 1, ...h100 });
    expect(out.kvCache).toBe(2 * GiB);
    expect(out.weights).toBe(13.48e9);
    expect(out.fits).toBe(1);
  });
  it('maxBatch is the largest batch that fits, and one more does not', () => {
    const out = computeInferenceMemory(llama2, { ctx: 4096, batch: 1, ...h100 });
    const at = (batch: number) =>
      computeInferenceMemory(llama2, { ctx: 4096, batch, ...h100 }).fits;
    expect(out.maxBatch).toBe(Math.floor((80 * GiB - 13.48e9) / (2 * GiB)));
    expect(at(out.maxBatch)).toBe(1);
    expect(at(out.maxBatch + 1)).toBe(0);
  });
  it('maxContext is the longest context at this batch that fits', () => {
    const out = computeInferenceMemory(llama2, { ctx: 4096, batch: 8, ...h100 });
    expect(computeInferenceMemory(llama2, { ctx: out.maxContext, batch: 8, ...h100 }).fits).toBe(1);
    expect(
      computeInferenceMemory(llama2, { ctx: out.maxContext + 1, batch: 8, ...h100 }).fits,
    ).toBe(0);
  });
  it('weights larger than the GPUs leave no batch and no context', () => {
    const out = computeInferenceMemory(
      { ...llama2, params: 70e9 },
      { ctx: 4096, batch: 1, ...h100 },
    );
    expect([out.fits, out.maxBatch, out.maxContext]).toEqual([0, 0, 0]);
  });
});
