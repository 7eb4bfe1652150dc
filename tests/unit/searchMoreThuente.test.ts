import { describe, expect, it } from 'vitest';
import { searchMoreThuente } from '../../src/lib/searchMoreThuente';

const LBFGSB = { ftol: 1e-3, gtol: 0.9, xtol: 0.1, stepMin: 0, stepMax: 1e10, maxEvaluations: 20 };
const parabola = (t: number): [number, number] => [(t - 2) ** 2, 2 * (t - 2)];

describe('searchMoreThuente(phi, f0, g0, step, options)', () => {
  it('accepts the first step when it already meets the strong Wolfe conditions', () => {
    const r = searchMoreThuente(parabola, 4, -4, 1, LBFGSB);
    expect(r).toEqual({ step: 1, value: 1, evaluations: 1, ok: true });
  });
  it.each([
    ['short of the minimum', 0.01],
    ['past it', 30],
  ])('brackets and interpolates to |φ′| ≤ 0.1·|φ′(0)| from a first step %s', (_, step) => {
    const r = searchMoreThuente(parabola, 4, -4, step, { ...LBFGSB, gtol: 0.1 });
    expect(r.ok).toBe(true);
    expect(Math.abs(2 * (r.step - 2))).toBeLessThanOrEqual(0.4);
    expect(r.value).toBeLessThanOrEqual(4 - 1e-3 * r.step * 4);
  });
  it('fails on an uphill direction or a non-finite value, without throwing', () => {
    expect(searchMoreThuente(parabola, 4, 4, 1, LBFGSB).ok).toBe(false);
    expect(searchMoreThuente(() => [NaN, NaN], 4, -4, 1, LBFGSB).ok).toBe(false);
  });
});
