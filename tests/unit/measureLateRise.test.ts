import { describe, expect, it } from 'vitest';
import { measureLateRise } from '../../src/lib/measureLateRise';
import { closeTo } from '../tolerance';

describe('measureLateRise(x, y)', () => {
  it.each([
    [[1, 10, 100], [0, 0.1, 1], 0.9],
    [[1, 10, 100], [0, 0.5, 1], 0.5],
    [[1, 100], [0, 1], 0.5],
    [[1, 4, 100], [0, 0.2, 1], 1 - (0.2 + (0.8 * Math.log(10 / 4)) / Math.log(25))],
  ])('measureLateRise(%o, %o) is %s', (x, y, expected) => {
    closeTo(measureLateRise(x, y)!, expected, 1e-12);
  });
  it('is null for a curve that does not rise', () => {
    expect(measureLateRise([1, 2, 3], [0.5, 0.7, 0.5])).toBeNull();
    expect(measureLateRise([1, 2], [0.5, 0.4])).toBeNull();
  });
  it.each([
    [[1, 2], [0.5], 'y'],
    [[1], [0.5], 'x'],
    [[2, 1], [0, 1], 'x'],
    [[0, 1], [0, 1], 'x'],
    [[1, 2], [0, NaN], 'y'],
  ])('measureLateRise(%o, %o) throws on %s', (x, y, field) => {
    expect(() => measureLateRise(x, y)).toThrow(expect.objectContaining({ field }));
  });
});
