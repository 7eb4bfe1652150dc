import { describe, expect, it } from 'vitest';
import { ISOFLOP_WAITING, isoflopOutcome } from '../../../src/lib/labs/isoflopOutcome';
import { run } from './sweepFixture';
import { REL, closeTo } from '../../tolerance';

// Exact parabolas in ln N with vertices at N = 3000 (C = 3e10) and 6000 (C = 6e10): a = 1.
const valley = (C: number, nOpt: number, d: number) => ({
  ...run(d, 2 + 0.05 * Math.log((24 * d * d) / nOpt) ** 2),
  name: `${C.toExponential().replace('+', '')}/d${d}`,
});
const runs = [
  ...[8, 12, 16, 24].map((d) => valley(3e10, 3000, d)),
  ...[12, 16, 24].map((d) => valley(6e10, 6000, d)),
];
const plan = {
  budgets: [3e10, 6e10],
  runs: runs.map((r) => ({ name: r.name, budget: Number(r.name.split('/')[0]) })),
};

describe('isoflopOutcome(runs, plan)', () => {
  it('has no summary without a plan', () => {
    expect(isoflopOutcome(runs, undefined)).toEqual({
      ok: false,
      errors: { _: ISOFLOP_WAITING },
      summary: undefined,
    });
  });

  it('waits with one valley, showing its minimum', () => {
    const o = isoflopOutcome(runs.slice(0, 4), plan);
    expect(o.ok).toBe(false);
    closeTo(o.summary!.budgets[0]!.minimum!.nOpt, 3000);
    expect(o.summary!.budgets[1]!.runs).toEqual([]);
  });

  it('gives a = 1, b = 0 from valleys at N_opt = 3000 and 6000, and the training time', () => {
    const o = isoflopOutcome(runs, plan);
    if (!o.ok) throw new Error(o.errors['_']);
    closeTo(o.results.a, 1);
    expect(Math.abs(o.results.b)).toBeLessThan(REL);
    expect(o.results.elapsedSeconds).toBe(112); // elapsedMs = 1000·d: Σ d over the seven runs
  });
});
