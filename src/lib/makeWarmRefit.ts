import { type ChinchillaFit, type ChinchillaFitOptions, fitChinchilla } from './fitChinchilla';
import type { Run } from './parseRunsCsv';
import { requirePositiveInteger } from './validate';

/**
 * Warm starts per resample (the full-data optimum and the next two distinct local minima): on
 * Epoch's 240 runs and on seeded synthetic sets, the refined grid starts reach 2 or 3 distinct
 * minima (e.g. objectives 1.018·10⁻³, 1.10·10⁻², 1.13·10⁻² on Epoch's), so three cover every
 * basin the grid search found, at about 2.5× the evaluations of the optimum alone (≈ 240 against
 * 94 per resample on Epoch's runs).
 */
export const WARM_STARTS = 3;

/**
 * A refit for bootstrap resamples of the runs `fit` was fitted to: fitChinchilla on the sample
 * from `count` warm starts, each run to convergence, instead of Hoffmann et al.'s 4,500-start grid.
 * Why these starts: a resample moves each local minimum of the objective only a little, so the
 * grid search on a resample ends in one of the basins the full-data search found; the warm starts
 * are the full-data optimum plus the other distinct local minima that the best grid starts
 * reached on the full data (`fit.minima`, lowest first), so each start needs only a few dozen
 * L-BFGS iterations (about 240 objective evaluations per resample on Epoch's runs, against
 * ≈ 30,000 for the grid). Raw grid points as starts cost ~100–200 iterations each and led, on
 * the data tried, to the same minima. tests/unit/makeWarmRefit.test.ts checks that warm- and
 * cold-started bootstrap intervals agree within 1% of their width at the same seed.
 * @example bootstrapFit(runs, (s) => pick(makeWarmRefit(fitChinchilla(runs))(s)), { resamples: 1000 })
 */
export function makeWarmRefit(
  fit: ChinchillaFit,
  count: number = WARM_STARTS,
  options: Pick<ChinchillaFitOptions, 'delta' | 'maxIterations'> = {},
): (sample: readonly Run[]) => ChinchillaFit {
  requirePositiveInteger(count, 'count', 'number of warm starts');
  const starts = fit.minima.slice(0, count).map((m) => m.start);
  return (sample) => fitChinchilla(sample, { ...options, starts, strategy: 'exhaustive' });
}
