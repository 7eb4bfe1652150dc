import { describe, expect, it } from 'vitest';
import { TARGET_ASPECT_RATIO, shapeForParams } from '../../src/lib/shapeForParams';

describe('shapeForParams(N)', () => {
  it.each([1e8, 4e8, 1e9, 7e9, 70e9, 175e9, 405e9, 1e12])(
    'N = %d: 12·L·d² within 2%% of N, d/L near 100, whole heads',
    (N) => {
      const s = shapeForParams(N);
      expect(Math.abs(s.params12LD2 / N - 1)).toBeLessThan(0.02);
      expect(s.params12LD2).toBe(12 * s.layers * s.dModel ** 2);
      expect(s.dModel / s.layers).toBeGreaterThan(TARGET_ASPECT_RATIO / 1.5);
      expect(s.dModel / s.layers).toBeLessThan(TARGET_ASPECT_RATIO * 1.5);
      expect(s.heads * s.headDim).toBe(s.dModel);
      expect(Number.isInteger(s.heads)).toBe(true);
    },
  );
  it('gives Chinchilla 70B’s own shape back from its 12·80·8,192² non-embedding parameters', () => {
    const s = shapeForParams(12 * 80 * 8192 ** 2);
    expect(s.dModel).toBe(8192);
    expect(s.layers).toBe(80);
    expect(s.heads).toBe(64);
  });
  it.each([2e9, 7e9, 70e9, 405e9])(
    'N = %d: from d_model 2,048 the heads are a multiple of 8 (tensor parallelism in a node)',
    (N) => {
      expect(shapeForParams(N).heads % 8).toBe(0);
    },
  );
  it('refuses a non-positive N on field N', () => {
    expect(() => shapeForParams(0)).toThrow(expect.objectContaining({ field: 'N' }));
  });
});
