import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { fitPowerLaw } from '../../src/lib/fitPowerLaw';
import { fitSaturatingPowerLaw } from '../../src/lib/fitSaturatingPowerLaw';
import { makeNormal, makeRandom } from '../../src/lib/random';
import { closeTo, papers } from '../tolerance';

const chinchilla = papers.hoffmann2022_chinchilla.parametric_fit;
const kaplan = papers.kaplan2020.power_laws.alpha_N;
const sizes = Array.from({ length: 13 }, (_, i) => 10 ** (6 + i / 3));

describe('fitSaturatingPowerLaw(points)', () => {
  it("recovers L∞ = E = 1.69, α = 0.34, N_c = A^{1/α} from Chinchilla's L(N, D → ∞), noise-free", () => {
    const Nc = chinchilla.A ** (1 / chinchilla.alpha);
    const fit = fitSaturatingPowerLaw(
      sizes.map((N) => ({ N, loss: chinchilla.E + (Nc / N) ** chinchilla.alpha })),
    );
    closeTo(fit.Linf, chinchilla.E, 1e-6);
    closeTo(fit.alpha, chinchilla.alpha, 1e-6);
    closeTo(fit.logNc, Math.log(Nc), 1e-6);
    closeTo(fit.r2, 1, 1e-12);
  });
  it("recovers Kaplan's pure power law α = 0.076 with L∞ ≈ 0, as fitPowerLaw does", () => {
    const points = sizes.map((N) => ({ N, loss: (kaplan.N_c / N) ** kaplan.value }));
    const fit = fitSaturatingPowerLaw(points);
    expect(fit.Linf).toBeLessThan(1e-9);
    closeTo(fit.alpha, fitPowerLaw(points).alpha, 1e-9);
  });
  it('holds L∞ on its bound 0 (and gives it no standard error) when the data would want a negative floor', () => {
    const fit = fitSaturatingPowerLaw(sizes.map((N) => ({ N, loss: (1e8 / N) ** 0.3 - 0.2 })));
    expect(fit.Linf).toBe(0);
    expect(fit.LinfSe).toBeNull();
    expect(fit.alphaSe).toBeGreaterThan(0);
  });
  it('puts the truth inside ±3 standard errors under seeded 1% noise', () => {
    const normal = makeNormal(makeRandom(9));
    const points = sizes
      .flatMap((N) => [N, 1.5 * N])
      .map((N) => ({ N, loss: (1.69 + (1e8 / N) ** 0.3) * Math.exp(0.01 * normal()) }));
    const fit = fitSaturatingPowerLaw(points);
    expect(Math.abs(fit.Linf - 1.69)).toBeLessThan(3 * fit.LinfSe!);
    expect(Math.abs(fit.alpha - 0.3)).toBeLessThan(3 * fit.alphaSe!);
    expect(Math.abs(fit.logNc - Math.log(1e8))).toBeLessThan(3 * fit.logNcSe!);
    expect(fit.residuals).toHaveLength(26);
    closeTo(fit.predict(1e60), fit.Linf, 1e-6);
  });
  it.each([
    [
      [
        { N: 1e8, loss: 3 },
        { N: 1e9, loss: 2 },
      ],
      'fitSaturatingPowerLaw needs at least 3 points with distinct N, got 2',
    ],
    [
      [
        { N: 1e8, loss: 3 },
        { N: 1e9, loss: 2 },
        { N: 0, loss: 2 },
      ],
      'N must be a positive number, got 0 at point 3',
    ],
  ])('fitSaturatingPowerLaw(%j) throws "%s"', (points, message) => {
    expect(() => fitSaturatingPowerLaw(points)).toThrow(InputError);
    expect(() => fitSaturatingPowerLaw(points)).toThrow(message);
  });
});
