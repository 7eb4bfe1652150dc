import { describe, expect, it } from 'vitest';
import { makeLogGrid } from '../../src/lib/makeLogGrid';
import { closeTo } from '../tolerance';

describe('makeLogGrid(lo, hi, count)', () => {
  it('spaces points evenly in log, ends included exactly', () => {
    const g = makeLogGrid(1, 1000, 4);
    expect(g[0]).toBe(1);
    expect(g[3]).toBe(1000);
    closeTo(g[1]!, 10);
    closeTo(g[2]!, 100);
  });
  it.each([
    [0, 10, 3],
    [10, 1, 3],
    [1, Infinity, 3],
    [1, 10, 1],
    [1, 10, 2.5],
  ])('makeLogGrid(%s, %s, %s) throws', (lo, hi, count) => {
    expect(() => makeLogGrid(lo, hi, count)).toThrow(/makeLogGrid needs/);
  });
});
