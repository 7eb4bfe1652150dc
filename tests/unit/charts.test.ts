import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { computeLandscapeOptions } from '../../src/charts/computeLandscape';
import { decadeTicks, formatDecade } from '../../src/charts/logAxis';
import { DEFAULT_THEME } from '../../src/charts/theme';

describe('decadeTicks(min, max)', () => {
  it.each([
    [3e19, 4e21, [1e19, 1e20, 1e21, 1e22]],
    [1, 1, [1]],
    [5e18, 5e25, [1e18, 1e20, 1e22, 1e24, 1e26]],
    [-1, 10, []],
    [NaN, 10, []],
  ])('decadeTicks(%s, %s) is %o', (min, max, expected) => {
    expect(decadeTicks(min, max)).toEqual(expected);
  });
});

describe('formatDecade(value)', () => {
  it.each([
    [1e23, '10²³'],
    [1e-4, '10⁻⁴'],
    [100, '100'],
    [3e23, '3 × 10²³'],
  ])('formatDecade(%s) is %s', (value, label) => {
    expect(formatDecade(value)).toBe(label);
  });
});

describe('computeLandscapeOptions(ctx, points)', () => {
  const ctx = { Plot, width: 600, theme: DEFAULT_THEME };
  it('orders models by compute and colours the reader’s run with the highlight', () => {
    const options = computeLandscapeOptions(ctx, [
      { name: 'Big', flops: 1e25 },
      { name: 'Yours', flops: 1e21, yours: true },
    ]);
    expect((options.y as { domain: string[] }).domain).toEqual(['Yours', 'Big']);
    expect((options.x as { domain: number[] }).domain).toEqual([1e21, 1e25]);
    expect(options.height).toBe(40 + 34 * 2);
  });
});
