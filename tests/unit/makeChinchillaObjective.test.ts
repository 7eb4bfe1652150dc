import { describe, expect, it } from 'vitest';
import { makeChinchillaObjective } from '../../src/lib/makeChinchillaObjective';
import { closeTo } from '../tolerance';

const runs = [
  { N: 1e8, D: 2e9, loss: 3.2 },
  { N: 4e8, D: 8e9, loss: 2.8 },
  { N: 1e9, D: 2e10, loss: 2.5 },
];

describe('makeChinchillaObjective(runs, δ)', () => {
  it.each([
    ['mostly linear Huber terms', [6, 6, 0.5, 0.34, 0.28], 1e-3],
    ['quadratic terms (δ = 10)', [6, 6, 0.5, 0.34, 0.28], 10],
    ['a far grid start', [25, 0, -1, 2, 0], 1e-3],
  ])('has the analytic gradient equal to central differences at %s', (_, x, delta) => {
    const f = makeChinchillaObjective(runs, delta);
    const g = new Float64Array(5);
    f(Float64Array.from(x), g);
    const scratch = new Float64Array(5);
    for (let j = 0; j < 5; j++) {
      const h = 1e-6;
      const up = Float64Array.from(x);
      const down = Float64Array.from(x);
      up[j] = up[j]! + h;
      down[j] = down[j]! - h;
      const numeric = (f(up, scratch) - f(down, scratch)) / (2 * h);
      expect(Math.abs(g[j]! - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
    }
  });
  it('is Σ Huber(LSE − ln L), a sum: r²/2 inside δ, δ(|r| − δ/2) outside', () => {
    const [a, b, e, alpha, beta] = [6, 6, 0.5, 0.34, 0.28];
    const residuals = runs.map(
      (r) =>
        Math.log(
          Math.exp(a - alpha * Math.log(r.N)) + Math.exp(b - beta * Math.log(r.D)) + Math.exp(e),
        ) - Math.log(r.loss),
    );
    const huber = (r: number, d: number) =>
      Math.abs(r) <= d ? 0.5 * r * r : d * (Math.abs(r) - 0.5 * d);
    for (const delta of [1e-3, 10]) {
      const expected = residuals.reduce((s, r) => s + huber(r, delta), 0);
      closeTo(
        makeChinchillaObjective(runs, delta)(
          Float64Array.of(a, b, e, alpha, beta),
          new Float64Array(5),
        ),
        expected,
      );
    }
  });
  it('stays finite where the unshifted exponentials would overflow', () => {
    const f = makeChinchillaObjective(runs, 1e-3);
    const g = new Float64Array(5);
    expect(Number.isFinite(f(Float64Array.of(800, 0, 0, 0, 0), g))).toBe(true);
    expect(g.every(Number.isFinite)).toBe(true);
  });
});
