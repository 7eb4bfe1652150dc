import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import {
  computeLifetimeDollars,
  computeLifetimeFlops,
  findCrossoverDemand,
} from '../../src/lib/inferenceCost';
import { closeTo } from '../tolerance';

describe('computeLifetimeFlops(N, D_train, D_served)', () => {
  it('is 6·N·D_train + 2·N·D_served', () => {
    expect(computeLifetimeFlops(7e9, 2e12, 2e12)).toEqual({
      training: 6 * 7e9 * 2e12,
      inference: 2 * 7e9 * 2e12,
      total: 8 * 7e9 * 2e12,
    });
  });
  it('allows zero served tokens', () => {
    expect(computeLifetimeFlops(1e9, 1e10, 0).inference).toBe(0);
  });
  it('rejects negative demand on field served', () => {
    expect(() => computeLifetimeFlops(1e9, 1e10, -1)).toThrow(
      new InputError('served must be a non-negative number of tokens, got -1', 'served'),
    );
  });
});

describe('computeLifetimeDollars(N, D_train, D_served, $/FLOP, inference $/FLOP)', () => {
  it('prices training and inference FLOPs', () => {
    const d = computeLifetimeDollars(7e9, 2e12, 2e12, 1e-17, 3e-17);
    closeTo(d.training, 6 * 7e9 * 2e12 * 1e-17);
    closeTo(d.inference, 2 * 7e9 * 2e12 * 3e-17);
    closeTo(d.total, d.training + d.inference);
  });
  it('rejects a negative price on field dollarsPerFlop', () => {
    expect(() => computeLifetimeDollars(1, 1, 1, -1)).toThrow(
      /dollarsPerFlop must be a non-negative price per FLOP/,
    );
  });
});

describe('findCrossoverDemand(a, b)', () => {
  const small = { params: 7e9, trainTokens: 4e12 };
  const large = { params: 13e9, trainTokens: 1e12 };
  it('finds where the two cost lines meet, in either argument order', () => {
    const x = findCrossoverDemand(small, large)!;
    closeTo(x.servedTokens, (3 * (7e9 * 4e12 - 13e9 * 1e12)) / 6e9);
    closeTo(
      computeLifetimeFlops(7e9, 4e12, x.servedTokens).total,
      computeLifetimeFlops(13e9, 1e12, x.servedTokens).total,
    );
    expect(findCrossoverDemand(large, small)).toEqual(x);
  });
  it('beyond the crossover the smaller model is cheaper', () => {
    const x = findCrossoverDemand(small, large)!.servedTokens * 2;
    expect(computeLifetimeFlops(7e9, 4e12, x).total).toBeLessThan(
      computeLifetimeFlops(13e9, 1e12, x).total,
    );
  });
  it('returns null when the smaller model is cheaper at every demand', () => {
    expect(findCrossoverDemand({ params: 7e9, trainTokens: 1e12 }, large)).toBeNull();
  });
  it('returns null for equal sizes and throws for identical models', () => {
    expect(
      findCrossoverDemand({ params: 7e9, trainTokens: 1e12 }, { params: 7e9, trainTokens: 2e12 }),
    ).toBeNull();
    expect(() => findCrossoverDemand(small, small)).toThrow(InputError);
  });
});
