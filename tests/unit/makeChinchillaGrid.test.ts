import { describe, expect, it } from 'vitest';
import { makeChinchillaGrid } from '../../src/lib/makeChinchillaGrid';

describe('makeChinchillaGrid()', () => {
  it('is the 5·5·5·6·6 = 4,500 distinct starts of Hoffmann et al. App. D.2', () => {
    const grid = makeChinchillaGrid();
    expect(grid).toHaveLength(4500);
    expect(new Set(grid.map((s) => JSON.stringify(s))).size).toBe(4500);
    expect([...new Set(grid.map((s) => s.alpha))]).toEqual([0, 0.5, 1, 1.5, 2]);
    expect([...new Set(grid.map((s) => s.beta))]).toEqual([0, 0.5, 1, 1.5, 2]);
    expect([...new Set(grid.map((s) => s.e))]).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect([...new Set(grid.map((s) => s.a))]).toEqual([0, 5, 10, 15, 20, 25]);
    expect([...new Set(grid.map((s) => s.b))]).toEqual([0, 5, 10, 15, 20, 25]);
  });
});
