import { describe, expect, it } from 'vitest';
import { minimizeLbfgs, type Objective } from '../../src/lib/minimizeLbfgs';
import { closeTo } from '../tolerance';

/** Rosenbrock's function times `scale` (1/240 mimics averaging 240 terms instead of summing them). */
const rosenbrock =
  (scale: number): Objective =>
  (x, g) => {
    const [a, b] = [x[0]!, x[1]!];
    g[0] = scale * (-2 * (1 - a) - 400 * a * (b - a * a));
    g[1] = scale * 200 * (b - a * a);
    return scale * ((1 - a) ** 2 + 100 * (b - a * a) ** 2);
  };

// SciPy 1.17.1, scipy.optimize.minimize(rosen, [-1.2, 1], jac=rosen_der, method='L-BFGS-B'),
// run on this machine: nit, nfev, fun, x and the message, for f and for f/240.
const SCIPY = [
  [1, 36, 44, 2.8076498719726405e-12, [0.99999895, 0.99999802], 'function'],
  [1 / 240, 35, 43, 5.298560566024315e-10, [1.00000432, 1.00000638], 'gradient'],
] as const;

describe("minimizeLbfgs(objective, start, { stop: 'scipy' })", () => {
  it.each(SCIPY)(
    'retraces SciPy L-BFGS-B on Rosenbrock × %s: %i iterations, %i evaluations',
    (scale, nit, nfev, fun, x, reason) => {
      const r = minimizeLbfgs(rosenbrock(scale), [-1.2, 1], { stop: 'scipy' });
      expect(r.iterations).toBe(nit);
      expect(r.evaluations).toBe(nfev);
      expect(r.reason).toBe(reason);
      closeTo(r.f / scale, fun, 1e-6); // SciPy prints 17 digits; the paths agree to ~8
      r.x.forEach((v, i) => closeTo(v, x[i]!, 1e-7)); // x as NumPy prints it, 8 digits
    },
  );
  it('stops earlier on the averaged objective: fewer iterations, a higher sum', () => {
    const sum = minimizeLbfgs(rosenbrock(1), [-1.2, 1], { stop: 'scipy' });
    const mean = minimizeLbfgs(rosenbrock(1 / 240), [-1.2, 1], { stop: 'scipy' });
    expect(mean.iterations).toBeLessThan(sum.iterations);
    expect(mean.f * 240).toBeGreaterThan(sum.f);
  });
  it('leaves the default rule as it was: Rosenbrock to 10⁻⁶ with the default tolerances', () => {
    const r = minimizeLbfgs(rosenbrock(1), [-1.2, 1]);
    expect(['gradient', 'function']).toContain(r.reason);
    r.x.forEach((v) => expect(Math.abs(v - 1)).toBeLessThan(1e-6));
  });
  it("ends with 'iterations' at maxIterations and 'stalled' where f is not finite", () => {
    expect(
      minimizeLbfgs(rosenbrock(1), [-1.2, 1], { stop: 'scipy', maxIterations: 3 }).reason,
    ).toBe('iterations');
    expect(minimizeLbfgs(() => NaN, [0], { stop: 'scipy' }).reason).toBe('stalled');
  });
});
