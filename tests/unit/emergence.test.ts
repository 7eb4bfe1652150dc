import { describe, expect, it } from 'vitest';
import { applyThresholdMetric, predictExactMatch } from '../../src/lib/emergence';
import { InputError } from '../../src/lib/errors';
import { closeTo } from '../tolerance';

describe('predictExactMatch(p, k)', () => {
  it.each([
    [0.9, 1, 0.9],
    [0.9, 10, 0.9 ** 10],
    [0.5, 3, 0.125],
    [1, 100, 1],
    [0, 5, 0],
  ])('predictExactMatch(%d, %d) = %d', (p, k, expected) => {
    closeTo(predictExactMatch(p, k), expected);
  });
  it.each([
    [1.1, 2, 'p'],
    [-0.1, 2, 'p'],
    [0.5, 0, 'k'],
    [0.5, 2.5, 'k'],
  ])('predictExactMatch(%d, %d) throws on field %s', (p, k, field) => {
    try {
      predictExactMatch(p, k);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe(field);
    }
  });
});

describe('applyThresholdMetric(scores, threshold)', () => {
  it('maps scores ≥ threshold to 1 and others to 0', () => {
    expect(applyThresholdMetric([0.2, 0.5, 0.9], 0.5)).toEqual([0, 1, 1]);
    expect(applyThresholdMetric([], 0.5)).toEqual([]);
  });
  it('rejects a NaN score, naming its index', () => {
    expect(() => applyThresholdMetric([0.1, NaN], 0.5)).toThrow(
      new InputError('scores[1] must be a finite number, got NaN', 'scores'),
    );
  });
  it('rejects a non-finite threshold', () => {
    expect(() => applyThresholdMetric([0.1], Infinity)).toThrow(
      /threshold must be a finite number/,
    );
  });
});
