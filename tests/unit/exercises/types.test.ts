import { describe, expect, it } from 'vitest';
import { describeTolerance, isWithinTolerance } from '../../../src/lib/exercises/types';

describe('isWithinTolerance(given, expected, tolerance)', () => {
  it.each([
    [1.8e21, 1.8e21, { rel: 0.01 }, true],
    [1.81e21, 1.8e21, { rel: 0.01 }, true],
    [1.9e21, 1.8e21, { rel: 0.01 }, false],
    [0.0765, 0.076, { abs: 0.001 }, true],
    [0.0775, 0.076, { abs: 0.001 }, false],
    [NaN, 1, { rel: 1 }, false],
    [Infinity, 1, { rel: 1 }, false],
  ])('isWithinTolerance(%s, %s, %o) is %s', (given, expected, tolerance, right) => {
    expect(isWithinTolerance(given, expected, tolerance)).toBe(right);
  });
});

describe('describeTolerance(answer)', () => {
  it('says the tolerance in words', () => {
    expect(
      describeTolerance({
        kind: 'number',
        name: 'a',
        label: 'a',
        style: 'plain',
        tolerance: { rel: 0.01 },
      }),
    ).toBe('within 1%');
    expect(
      describeTolerance({
        kind: 'number',
        name: 'a',
        label: 'a',
        style: 'plain',
        tolerance: { abs: 0.001 },
      }),
    ).toBe('within ±0.001');
  });
});
