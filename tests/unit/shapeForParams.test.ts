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
  it('lands near Chinchilla 70B’s own shape (80 layers, d_model 8,192)', () => {
    const s = shapeForParams(70e9);
    expect(Math.abs(s.layers - 80)).toBeLessThanOrEqual(5);
    expect(Math.abs(s.dModel / 8192 - 1)).toBeLessThan(0.05);
  });
  it('refuses a non-positive N on field N', () => {
    expect(() => shapeForParams(0)).toThrow(expect.objectContaining({ field: 'N' }));
  });
});
