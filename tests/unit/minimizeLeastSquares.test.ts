import { describe, expect, it } from 'vitest';
import { minimizeLeastSquares } from '../../src/lib/minimizeLeastSquares';
import { closeTo } from '../tolerance';

// y = p₀·e^{p₁·t}: a classic nonlinear least-squares test.
const ts = [0, 1, 2, 3, 4, 5];
const ys = ts.map((t) => 2 * Math.exp(-0.5 * t));
const exponential = ([p0, p1]: readonly number[]) => ({
  residuals: ts.map((t, i) => ys[i]! - p0! * Math.exp(p1! * t)),
  jacobian: ts.map((t) => [-Math.exp(p1! * t), -p0! * t * Math.exp(p1! * t)]),
});

describe('minimizeLeastSquares(model, start)', () => {
  it('recovers y = 2·e^{−0.5t} from (1, 0)', () => {
    const result = minimizeLeastSquares(exponential, [1, 0]);
    expect(result.converged).toBe(true);
    expect(Math.abs(result.x[0]! - 2)).toBeLessThan(1e-9);
    expect(Math.abs(result.x[1]! + 0.5)).toBeLessThan(1e-9);
    expect(result.inverseNormal).not.toBeNull();
  });
  it('projects onto a lower bound and leaves that parameter out of the covariance', () => {
    const result = minimizeLeastSquares(
      ([a, b]) => ({
        residuals: [a! + 1, b! - 2],
        jacobian: [
          [1, 0],
          [0, 1],
        ],
      }),
      [5, 0],
      {
        lower: [0],
      },
    );
    expect(result.x[0]).toBe(0);
    expect(Math.abs(result.x[1]! - 2)).toBeLessThan(1e-9);
    expect(result.atBound).toEqual([true, false]);
    expect(result.inverseNormal?.[0]?.[0]).toBeNull();
    closeTo(result.inverseNormal![1]![1]!, 1);
  });
});
