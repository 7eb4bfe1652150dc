import { describe, expect, it } from 'vitest';
import { DESIGN_VOCAB, designDecoder } from '../../src/lib/designDecoder';

describe('designDecoder', () => {
  it.each([1e8, 1e9, 7e9, 70e9, 405e9, 1e12])(
    'N = %d: the counted non-embedding parameters are within 3% of N',
    (N) => {
      const d = designDecoder(N);
      expect(Math.abs(d.activeNonEmbedding / N - 1)).toBeLessThan(0.03);
      expect(Math.abs(d.params12LD2 / N - 1)).toBeLessThan(0.02);
      expect(d.total).toBe(d.active);
      expect(d.total - d.activeNonEmbedding).toBe(2 * DESIGN_VOCAB * d.config.dModel);
      expect(d.config.ffn).toBe('swiglu');
    },
  );
  it('a mixture of experts keeps the active count and holds every expert', () => {
    const dense = designDecoder(37e9);
    const moe = designDecoder(37e9, { experts: 256, topK: 8 });
    expect(Math.abs(moe.activeNonEmbedding / dense.activeNonEmbedding - 1)).toBeLessThan(0.03);
    // 4d² attention + 256/8 × 8d² of experts per layer: about (4 + 256)/12 of N.
    expect(moe.total / 37e9).toBeGreaterThan(20);
    expect(moe.total / 37e9).toBeLessThan(23);
    expect(moe.config.moe).toEqual({ experts: 256, topK: 8 });
  });
  it('refuses more experts per token than experts, on topK', () => {
    expect(() => designDecoder(1e9, { experts: 4, topK: 8 })).toThrow(
      expect.objectContaining({ field: 'topK' }),
    );
  });
});
