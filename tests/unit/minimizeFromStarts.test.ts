import { describe, expect, it } from 'vitest';
import type { Objective } from '../../src/lib/minimizeLbfgs';
import { minimizeFromStarts } from '../../src/lib/minimizeFromStarts';

// A double well f(x) = (x² − 1)² + 0.2·x: the left minimum (x ≈ −1.05) is the lower one.
const doubleWell: Objective = (x, g) => {
  const v = x[0]!;
  g[0] = 4 * v * (v * v - 1) + 0.2;
  return (v * v - 1) ** 2 + 0.2 * v;
};
const starts = [-2, -0.5, 0.5, 2, 3].map((v) => [v]);

describe('minimizeFromStarts(objective, starts, options)', () => {
  it.each(['screened', 'exhaustive'] as const)(
    '%s: finds the lower of two minima of a double well',
    (strategy) => {
      const { best, refined } = minimizeFromStarts(doubleWell, starts, { strategy, keep: 2 });
      expect(best!.x[0]).toBeLessThan(-1);
      expect(Math.abs(4 * best!.x[0]! * (best!.x[0]! ** 2 - 1) + 0.2)).toBeLessThan(1e-8);
      if (strategy === 'exhaustive') expect(refined).toBe(5);
    },
  );
  it('stops refining after a batch that finds nothing better', () => {
    const { refined } = minimizeFromStarts(doubleWell, starts, { keep: 1 });
    expect(refined).toBeLessThan(starts.length);
  });
  it('returns best = null when the objective is nowhere finite', () => {
    expect(minimizeFromStarts(() => NaN, starts).best).toBeNull();
  });
});
