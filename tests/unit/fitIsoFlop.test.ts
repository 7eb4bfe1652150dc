import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { findIsoFlopMinimum, fitIsoFlop, type IsoFlopPoint } from '../../src/lib/fitIsoFlop';
import { closeTo, papers } from '../tolerance';

const approach2 = papers.hoffmann2022_chinchilla.table_2_exponents.rows[1]!;

/** IsoFLOP runs whose loss is an exact parabola in ln N around N_opt = k·C^a. */
function profiles(a: number, k: number, budgets: number[]): IsoFlopPoint[] {
  return budgets.flatMap((C) => {
    const nOpt = k * C ** a;
    return [-1, -0.5, 0, 0.5, 1].map((step) => {
      const N = nOpt * Math.exp(step * 1.5);
      return { N, C, loss: 2 + 0.1 * Math.log(N / nOpt) ** 2 - 0.05 * Math.log10(C) };
    });
  });
}
const budgets = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21];

describe('fitIsoFlop(points)', () => {
  it("recovers Approach 2's a = 0.49 (Hoffmann et al. Table 2) with R² = 1", () => {
    const fit = fitIsoFlop(profiles(approach2.a, 0.1, budgets));
    closeTo(fit.a, approach2.a, 1e-9);
    closeTo(fit.k, 0.1, 1e-6);
    closeTo(fit.b, 1 - approach2.a, 1e-9);
    closeTo(fit.r2, 1, 1e-12);
    expect(fit.minima).toHaveLength(9);
    for (const m of fit.minima) {
      closeTo(6 * m.nOpt * m.dOpt, m.C, 1e-12);
      closeTo(m.lossMin, 2 - 0.05 * Math.log10(m.C), 1e-9);
    }
    closeTo(fit.predict(1e22), 0.1 * 1e22 ** approach2.a, 1e-6);
  });
  it('groups budgets by C and sorts them', () => {
    const fit = fitIsoFlop([...profiles(0.5, 1, [1e21, 1e19])].reverse());
    expect(fit.minima.map((m) => m.C)).toEqual([1e19, 1e21]);
    expect(fit.aSe).toBeNull();
  });
});

describe('findIsoFlopMinimum(runs).lossAt', () => {
  it('reproduces the exact parabola it was fitted to, and lossMin at the vertex', () => {
    const runs = profiles(0.5, 0.1, [1e20]);
    const m = findIsoFlopMinimum(runs);
    for (const r of runs) closeTo(m.lossAt(r.N), r.loss, 1e-12);
    closeTo(m.lossAt(m.nOpt), m.lossMin, 1e-12);
    closeTo(m.nOpt, 0.1 * 1e20 ** 0.5, 1e-9);
  });
});

describe('findIsoFlopMinimum(runs) rejects budgets without a sampled minimum', () => {
  const C = 1e19;
  it.each([
    [[1e8, 2e8, 4e8].map((N, i) => ({ N, C, loss: [3, 2.9, 3][i]! })), null],
    [[], 'An IsoFLOP minimum needs the runs of one budget, got none'],
    [
      [1e8, 2e8].map((N) => ({ N, C, loss: 3 })),
      'the budget C = 1.00e+19 needs runs at 3 or more model sizes to fit a parabola, got 2',
    ],
    [
      [1e8, 2e8, 4e8].map((N, i) => ({ N, C, loss: [3, 3.1, 3][i]! })),
      'the budget C = 1.00e+19: the loss parabola opens downward (curvature -0.208), so it has no minimum',
    ],
    [
      [1e8, 2e8, 4e8].map((N, i) => ({ N, C, loss: [3, 2.5, 2.2][i]! })),
      "the budget C = 1.00e+19: the parabola's minimum N = 8.00e+8 lies outside the sampled sizes 1.00e+8–4.00e+8; add runs beyond it",
    ],
  ])('findIsoFlopMinimum(%j)', (runs, message) => {
    if (message === null) closeTo(findIsoFlopMinimum(runs).nOpt, 2e8, 1e-12);
    else expect(() => findIsoFlopMinimum(runs)).toThrow(new InputError(message, 'points'));
  });
  it('fitIsoFlop needs 2 budgets and positive values', () => {
    expect(() => fitIsoFlop(profiles(0.5, 1, [1e19]))).toThrow(
      'fitIsoFlop needs at least 2 compute budgets, got 1',
    );
    expect(() => fitIsoFlop([{ N: 1e8, C: -1, loss: 3 }])).toThrow(
      new InputError('C must be a positive number, got -1 at point 1', 'C'),
    );
  });
});
