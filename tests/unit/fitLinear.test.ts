import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { fitLinear } from '../../src/lib/fitLinear';
import { closeTo } from '../tolerance';

describe('fitLinear(xs, ys)', () => {
  it('fits an exact line y = 1 + 2x with R² = 1 and zero standard errors', () => {
    const fit = fitLinear([0, 1, 2, 3], [1, 3, 5, 7]);
    closeTo(fit.intercept, 1);
    closeTo(fit.slope, 2);
    expect(fit.r2).toBe(1);
    expect(fit.slopeSe).toBeLessThan(1e-15);
    closeTo(fit.predict(10), 21);
  });
  it('reproduces a hand-computed regression: x = 1..5, y = 2, 4, 5, 4, 5', () => {
    // S_xx = 10, S_xy = 6, slope 0.6, intercept 2.2, SSR = 2.4, σ̂² = 0.8, SST = 6, R² = 0.6.
    const fit = fitLinear([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
    closeTo(fit.slope, 0.6);
    closeTo(fit.intercept, 2.2);
    closeTo(fit.ssr, 2.4);
    closeTo(fit.r2, 0.6);
    closeTo(fit.slopeSe!, Math.sqrt(0.08));
    closeTo(fit.interceptSe!, Math.sqrt(0.8 * (1 / 5 + 9 / 10)));
    closeTo(fit.covariance!, -0.24);
    expect(Math.abs(fit.residuals.reduce((s, r) => s + r, 0))).toBeLessThan(1e-12);
  });
  it('is exact for x ≈ 20 (log N) thanks to centred sums', () => {
    const xs = [20, 20.5, 21, 21.5, 22].map((x) => x + 1e-3);
    const fit = fitLinear(
      xs,
      xs.map((x) => 5 - 0.076 * x),
    );
    closeTo(fit.slope, -0.076, 1e-12);
  });
  it('has no standard errors with exactly 2 points', () => {
    const fit = fitLinear([1, 2], [1, 2]);
    expect([fit.slopeSe, fit.interceptSe, fit.covariance]).toEqual([null, null, null]);
  });
  it.each([
    [[1], [1], 'fitLinear needs at least 2 points with distinct x, got 1'],
    [[3, 3, 3], [1, 2, 3], 'fitLinear needs at least 2 points with distinct x, got 1'],
    [[1, 2], [1], 'fitLinear needs as many x as y values, got 2 and 1'],
    [[1, NaN], [1, 2], 'fitLinear needs finite numbers, got x = NaN, y = 2 at point 2'],
  ])('fitLinear(%j, %j) throws "%s"', (xs, ys, message) => {
    expect(() => fitLinear(xs, ys)).toThrow(new InputError(message, 'points'));
  });
});
