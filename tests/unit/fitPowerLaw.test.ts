import { describe, expect, it } from 'vitest';
import { ConvergenceError, InputError } from '../../src/lib/errors';
import { fitPowerLaw, type PowerLawPoint } from '../../src/lib/fitPowerLaw';
import { makeLogGrid } from '../../src/lib/makeLogGrid';
import { makeNormal, makeRandom } from '../../src/lib/random';
import { computeResiduals } from '../../src/lib/residuals';
import { closeTo, papers } from '../tolerance';

const laws = papers.kaplan2020.power_laws;
const sample = (Nc: number, alpha: number, ns: number[]): PowerLawPoint[] =>
  ns.map((N) => ({ N, loss: (Nc / N) ** alpha }));
const decades = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => 10 ** (from + i));

describe('fitPowerLaw(points)', () => {
  it.each([
    ["α = 0.076 from Kaplan's L(N)", laws.alpha_N.N_c, laws.alpha_N.value, decades(6, 11)],
    ["α = 0.095 from Kaplan's L(D)", laws.alpha_D.D_c, laws.alpha_D.value, decades(7, 12)],
    [
      "α = 0.050 from Kaplan's L(C_min)",
      laws.alpha_C_min.C_c_min,
      laws.alpha_C_min.value,
      decades(-8, 4),
    ],
  ])('recovers %s with R² = 1', (_, Nc, alpha, ns) => {
    const fit = fitPowerLaw(sample(Nc, alpha, ns));
    closeTo(fit.alpha, alpha, 1e-9);
    closeTo(fit.Nc, Nc, 1e-6);
    closeTo(fit.r2, 1, 1e-12);
    expect(fit.residuals.every((r) => Math.abs(r) < 1e-12)).toBe(true);
    closeTo(fit.predict(1e9), (Nc / 1e9) ** alpha, 1e-9);
  });
  it('gives a standard error of α that covers the truth under seeded 1% noise', () => {
    const normal = makeNormal(makeRandom(5));
    const points = decades(6, 11)
      .flatMap((N) => [N, 3 * N])
      .map((N) => ({ N, loss: (8.8e13 / N) ** 0.076 * Math.exp(0.01 * normal()) }));
    const fit = fitPowerLaw(points);
    expect(fit.alphaSe).toBeGreaterThan(0);
    expect(Math.abs(fit.alpha - 0.076)).toBeLessThan(3 * fit.alphaSe!);
    expect(Math.abs(fit.logNc - Math.log(8.8e13))).toBeLessThan(3 * fit.logNcSe!);
    expect(fit.r2).toBeGreaterThan(0.9);
  });
  it('has no standard errors with exactly 2 points', () => {
    const fit = fitPowerLaw(sample(8.8e13, 0.076, [1e8, 1e9]));
    expect(fit.alphaSe).toBeNull();
    expect(fit.logNcSe).toBeNull();
  });
  it.each([
    [[{ N: 1e8, loss: 3 }], 'fitPowerLaw needs at least 2 points with distinct N, got 1', 'points'],
    [
      [
        { N: 1e8, loss: 3 },
        { N: 1e8, loss: 2 },
      ],
      'fitPowerLaw needs at least 2 points with distinct N, got 1',
      'points',
    ],
    [
      [
        { N: -3, loss: 3 },
        { N: 1e8, loss: 2 },
      ],
      'N must be a positive number, got -3 at point 1',
      'N',
    ],
    [
      [
        { N: 1e7, loss: 0 },
        { N: 1e8, loss: 2 },
      ],
      'loss must be a positive number, got 0 at point 1',
      'loss',
    ],
  ])('fitPowerLaw(%j) throws "%s"', (points, message, field) => {
    expect(() => fitPowerLaw(points)).toThrow(new InputError(message, field));
  });
  it('throws a ConvergenceError when the loss does not change with N (α = 0, N_c undefined)', () => {
    expect(() =>
      fitPowerLaw([
        { N: 1e7, loss: 2 },
        { N: 1e8, loss: 2 },
      ]),
    ).toThrow(ConvergenceError);
  });
});

describe('fitPowerLaw on a law with a floor (forecast checklist, Problem 2)', () => {
  it('a straight line in log-log through E + A/N^α leaves residuals observed − predicted positive at both ends, negative in the middle', () => {
    // E, A, α as printed in Hoffmann et al. 2022 App. D.2 (Eq. 10), over seven sizes 10⁷–10¹⁰.
    const sizes = makeLogGrid(1e7, 1e10, 7);
    const observed = sizes.map((N) => 1.69 + 406.4 / N ** 0.34);
    const fit = fitPowerLaw(sizes.map((N, i) => ({ N, loss: observed[i]! })));
    const r = computeResiduals(
      observed,
      sizes.map((N) => fit.predict(N)),
    );
    expect(r[0]).toBeGreaterThan(0);
    expect(r.at(-1)).toBeGreaterThan(0);
    expect(r[3]).toBeLessThan(0);
    // The line cuts the convex curve twice: the signs change exactly twice, + to − and − to +.
    const changes = r.slice(1).filter((x, i) => Math.sign(x) !== Math.sign(r[i]!));
    expect(changes.map(Math.sign)).toEqual([-1, 1]);
    // The log-space residuals the fit reports have the same signs.
    expect(fit.residuals.map(Math.sign)).toEqual(r.map(Math.sign));
  });
});
