import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { computeResiduals, findLargestResidual } from '../../src/lib/residuals';
import { closeTo } from '../tolerance';

describe('computeResiduals(observed, predicted)', () => {
  it('is observed − predicted', () => {
    const r = computeResiduals([2.5, 2.1], [2.4, 2.2]);
    closeTo(r[0]!, 0.1, 1e-9);
    closeTo(r[1]!, -0.1, 1e-9);
  });
  it.each([
    [[1, 2], [1], 'predicted'],
    [[], [], 'observed'],
    [[1, NaN], [1, 2], 'observed'],
    [[1, 2], [1, Infinity], 'predicted'],
  ])('%j vs %j throws on field %s', (o, p, field) => {
    try {
      computeResiduals(o, p);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe(field);
    }
  });
});

describe('findLargestResidual(observed, predicted)', () => {
  it('finds the largest absolute residual and its index', () => {
    const r = findLargestResidual([2.5, 2.1, 3.0], [2.4, 2.2, 2.7]);
    expect(r.index).toBe(2);
    closeTo(r.residual, 0.3, 1e-9);
    closeTo(r.absolute, 0.3, 1e-9);
  });
  it('keeps the sign of a negative residual', () => {
    expect(findLargestResidual([1, 1], [1.1, 3])).toMatchObject({
      index: 1,
      residual: -2,
      absolute: 2,
    });
  });
  it('takes the first on ties', () => {
    expect(findLargestResidual([1, 3], [2, 2]).index).toBe(0);
  });
  it('works with a single point', () => {
    expect(findLargestResidual([5], [5])).toEqual({ index: 0, residual: 0, absolute: 0 });
  });
});
