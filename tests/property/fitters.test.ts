import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapFit } from '../../src/lib/bootstrapFit';
import { fitChinchilla } from '../../src/lib/fitChinchilla';
import { makeChinchillaGrid } from '../../src/lib/makeChinchillaGrid';
import { fitIsoFlop } from '../../src/lib/fitIsoFlop';
import { fitPowerLaw } from '../../src/lib/fitPowerLaw';
import { fitPowerLawWithFloor } from '../../src/lib/fitPowerLawWithFloor';
import { fitSaturatingPowerLaw } from '../../src/lib/fitSaturatingPowerLaw';
import { makeNormal, makeRandom } from '../../src/lib/random';
import { ConvergenceError, InputError } from '../../src/lib/errors';
import { REL, closeTo } from '../tolerance';

const SEED = { seed: 42, numRuns: 40 };
const between = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const sizes = Array.from({ length: 16 }, (_, i) => 10 ** (6 + i / 3));

/** Share of `cases` (drawn with a fixed seed) for which `covers` holds. */
function coverage<T>(
  arbitrary: fc.Arbitrary<T>,
  cases: number,
  covers: (value: T) => boolean,
): number {
  return fc.sample(arbitrary, { seed: 7, numRuns: cases }).filter(covers).length / cases;
}

describe('fitPowerLaw recovers L = (N_c/N)^α', () => {
  const law = fc.record({ alpha: between(0.02, 1), logNc: between(10, 40) });
  it('noise-free to REL (1e-9)', () => {
    fc.assert(
      fc.property(law, ({ alpha, logNc }) => {
        const fit = fitPowerLaw(
          sizes.map((N) => ({ N, loss: Math.exp(alpha * (logNc - Math.log(N))) })),
        );
        closeTo(fit.alpha, alpha);
        closeTo(fit.logNc, logNc);
      }),
      SEED,
    );
  });
  it('with 2% noise, α lies within ±2 standard errors in at least 85% of cases', () => {
    const share = coverage(fc.tuple(law, fc.nat()), 100, ([{ alpha, logNc }, seed]) => {
      const normal = makeNormal(makeRandom(seed));
      const fit = fitPowerLaw(
        sizes.map((N) => ({ N, loss: Math.exp(alpha * (logNc - Math.log(N)) + 0.02 * normal()) })),
      );
      return Math.abs(fit.alpha - alpha) <= 2 * fit.alphaSe!;
    });
    expect(share).toBeGreaterThanOrEqual(0.85);
  });
  it('with 2% noise, the seeded 5%–95% bootstrap interval of α holds the truth in at least 75% of cases', () => {
    const share = coverage(fc.tuple(law, fc.nat()), 30, ([{ alpha, logNc }, seed]) => {
      const normal = makeNormal(makeRandom(seed));
      const points = sizes.map((N) => ({
        N,
        loss: Math.exp(alpha * (logNc - Math.log(N)) + 0.02 * normal()),
      }));
      const [lo, hi] = bootstrapFit(points, (s) => ({ alpha: fitPowerLaw(s).alpha }), {
        seed,
        resamples: 100,
        quantiles: [0.05, 0.95],
      }).percentiles.alpha;
      return lo! <= alpha && alpha <= hi!;
    });
    expect(share).toBeGreaterThanOrEqual(0.75);
  });
});

describe('fitPowerLawWithFloor recovers L = floor + (N_c/N)^α', () => {
  it('noise-free to REL (1e-9)', () => {
    fc.assert(
      fc.property(between(0.05, 1), between(12, 30), between(0, 3), (alpha, logNc, floor) => {
        const fit = fitPowerLawWithFloor(
          sizes.map((N) => ({ N, loss: floor + Math.exp(alpha * (logNc - Math.log(N))) })),
          floor,
        );
        closeTo(fit.alpha, alpha);
        closeTo(fit.logNc, logNc);
      }),
      SEED,
    );
  });
});

describe('fitSaturatingPowerLaw recovers L = L∞ + (N_c/N)^α', () => {
  // N_c between the 3rd and 13th sizes, so both the power law and the floor show in the data.
  const law = fc.record({
    Linf: between(0.5, 3),
    alpha: between(0.15, 0.8),
    logNc: between(Math.log(1e7), Math.log(1e10)),
  });
  it('noise-free to REL (1e-9)', () => {
    fc.assert(
      fc.property(law, ({ Linf, alpha, logNc }) => {
        const fit = fitSaturatingPowerLaw(
          sizes.map((N) => ({ N, loss: Linf + Math.exp(alpha * (logNc - Math.log(N))) })),
        );
        closeTo(fit.Linf, Linf);
        closeTo(fit.alpha, alpha);
        closeTo(fit.logNc, logNc);
      }),
      SEED,
    );
  });
  it('with 0.5% noise, L∞ and α lie within ±2 standard errors in at least 80% of cases', () => {
    const share = coverage(fc.tuple(law, fc.nat()), 60, ([{ Linf, alpha, logNc }, seed]) => {
      const normal = makeNormal(makeRandom(seed));
      const points = sizes
        .flatMap((N) => [N, 1.7 * N])
        .map((N) => ({
          N,
          loss: (Linf + Math.exp(alpha * (logNc - Math.log(N)))) * Math.exp(0.005 * normal()),
        }));
      const fit = fitSaturatingPowerLaw(points);
      return (
        fit.LinfSe !== null &&
        Math.abs(fit.Linf - Linf) <= 2 * fit.LinfSe &&
        Math.abs(fit.alpha - alpha) <= 2 * fit.alphaSe!
      );
    });
    expect(share).toBeGreaterThanOrEqual(0.8);
  });
});

describe('fitIsoFlop recovers N_opt = k·C^a', () => {
  it('noise-free to REL (1e-9), with 6·N_opt·D_opt = C at every budget', () => {
    fc.assert(
      fc.property(between(0.3, 0.7), between(-3, 3), between(0.02, 0.3), (a, logK, curvature) => {
        const budgets = [1e18, 1e19, 1e20, 1e21, 1e22];
        const points = budgets.flatMap((C) => {
          const nOpt = Math.exp(logK) * C ** a;
          return [-2, -1, 0, 1.5, 3].map((s) => ({
            N: nOpt * Math.exp(s * 0.7),
            C,
            loss: 2 + curvature * (s * 0.7) ** 2,
          }));
        });
        const fit = fitIsoFlop(points);
        closeTo(fit.a, a);
        expect(Math.abs(Math.log(fit.k) - logK)).toBeLessThan(REL);
        for (const m of fit.minima) closeTo(6 * m.nOpt * m.dOpt, m.C, 1e-12);
      }),
      SEED,
    );
  });
});

describe('fitChinchilla recovers L = E + A/N^α + B/D^β', () => {
  // Nine starts (α = β = 0.5, e = 0, a, b ∈ {5, 15, 25}) keep this fast; the full grid is tested on Epoch's data.
  const starts = makeChinchillaGrid().filter(
    (s) => s.alpha === 0.5 && s.beta === 0.5 && s.e === 0 && s.a % 10 === 5 && s.b % 10 === 5,
  );
  it('noise-free to REL (1e-9) from 150 runs over 10⁷–10¹⁰ parameters and 10⁸–10¹¹ tokens', () => {
    fc.assert(
      fc.property(
        fc.record({
          E: between(1, 3),
          A: between(200, 1000),
          B: between(200, 3000),
          alpha: between(0.25, 0.45),
          beta: between(0.25, 0.45),
        }),
        fc.nat(),
        (truth, seed) => {
          const random = makeRandom(seed);
          const runs = Array.from({ length: 150 }, () => {
            const N = 10 ** (7 + 3 * random());
            const D = 10 ** (8 + 3 * random());
            return { N, D, loss: truth.E + truth.A / N ** truth.alpha + truth.B / D ** truth.beta };
          });
          const fit = fitChinchilla(runs, { starts });
          for (const name of ['E', 'A', 'B', 'alpha', 'beta'] as const)
            closeTo(fit[name], truth[name]);
        },
      ),
      { seed: 42, numRuns: 8 },
    );
  });
});

describe('every fitter, on arbitrary positive data, returns finite numbers or throws a typed error', () => {
  const finite = (value: unknown): boolean =>
    typeof value === 'number'
      ? Number.isFinite(value)
      : Array.isArray(value)
        ? value.every(finite)
        : value === null || typeof value !== 'object' || Object.values(value).every(finite);
  const typedOrFinite = (fit: () => unknown) => {
    try {
      expect(finite(fit())).toBe(true);
    } catch (error) {
      if (!(error instanceof InputError || error instanceof ConvergenceError)) throw error;
    }
  };
  const point = fc.record({ N: between(1, 1e12), D: between(1, 1e13), loss: between(0.01, 20) });
  it('fitPowerLaw, fitPowerLawWithFloor, fitSaturatingPowerLaw, fitIsoFlop, fitChinchilla', () => {
    const starts = makeChinchillaGrid().filter(
      (s) => s.a === 10 && s.b === 10 && s.e === 0 && s.alpha === 0.5,
    );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 12 }),
        between(0, 2),
        (points, floor) => {
          typedOrFinite(() => fitPowerLaw(points));
          typedOrFinite(() => fitPowerLawWithFloor(points, floor));
          typedOrFinite(() => fitSaturatingPowerLaw(points));
          typedOrFinite(() =>
            fitIsoFlop(points.map((p, i) => ({ N: p.N, C: i % 2 ? 1e20 : 1e21, loss: p.loss }))),
          );
          typedOrFinite(() => fitChinchilla(points, { starts }));
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });
});
