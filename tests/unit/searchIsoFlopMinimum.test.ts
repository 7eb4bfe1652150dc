import { describe, expect, it } from 'vitest';
import { chinchillaFrontier } from '../../src/lib/chinchillaFrontier';
import { predictChinchillaLoss } from '../../src/lib/chinchillaLoss';
import { computeIsoFlopProfile, searchIsoFlopMinimum } from '../../src/lib/searchIsoFlopMinimum';
import { closeTo } from '../tolerance';

describe('searchIsoFlopMinimum(C, set)', () => {
  it.each([
    [5.76e23, 'hoffmann2022'],
    [5.76e23, 'hoffmann2022-unrounded'],
    [5.76e23, 'besiroglu2024'],
    [1e18, 'hoffmann2022'],
    [3.8e25, 'besiroglu2024'],
  ] as const)('agrees with the closed form of Eq. 4 at C = %s (%s)', (C, set) => {
    const grid = searchIsoFlopMinimum(C, set);
    const closed = chinchillaFrontier(C, set);
    closeTo(grid.params, closed.params, 1e-6);
    closeTo(grid.tokens, closed.tokens, 1e-6);
    closeTo(grid.loss, closed.loss, 1e-12);
    closeTo(6 * grid.params * grid.tokens, C, 1e-12);
  });
  it('puts Gopher’s budget at 32.2B parameters with the printed constants (papers: the rounded fit)', () => {
    closeTo(searchIsoFlopMinimum(5.76e23).params / 1e9, 32.2, 1e-3);
  });
  it.each([
    [-1, 'C'],
    [6, 'C'],
    [NaN, 'C'],
  ])('throws on %s with field %s', (C, field) => {
    expect(() => searchIsoFlopMinimum(C)).toThrow(expect.objectContaining({ field }));
  });
});

describe('computeIsoFlopProfile(C, sizes, set)', () => {
  it('is L̂(N, C/(6N)) at each size', () => {
    const [p] = computeIsoFlopProfile(5.76e23, [70e9]);
    closeTo(p!.tokens, 5.76e23 / (6 * 70e9));
    closeTo(p!.loss, predictChinchillaLoss(70e9, 5.76e23 / (6 * 70e9)));
  });
  it('throws on N for a non-positive size', () => {
    expect(() => computeIsoFlopProfile(1e20, [1e9, 0])).toThrow(
      expect.objectContaining({ field: 'N' }),
    );
  });
});
