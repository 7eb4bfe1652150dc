import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootstrapFit } from '../../src/lib/bootstrapFit';
import { pick } from '../../src/lib/calculators/fitRuns';
import { fitChinchilla } from '../../src/lib/fitChinchilla';
import { WARM_STARTS, makeWarmRefit } from '../../src/lib/makeWarmRefit';
import { parseRunsCsv, type Run } from '../../src/lib/parseRunsCsv';
import { epochLikeCsv } from '../fixtures/syntheticRuns';
import { EPOCH_CSV_MISSING, closeTo, findEpochCsv, papers } from '../tolerance';

const epoch = papers.besiroglu2024_epoch_replication.paper_table_1_estimates;
const epochCsv = findEpochCsv();
if (!epochCsv) console.log(`makeWarmRefit.test.ts: ${EPOCH_CSV_MISSING}`);
/** Epoch drop the 5 highest-loss runs (Besiroglu et al. 2024, Sec. 2). */
const dropHighest = (runs: readonly Run[]) => [...runs].sort((p, q) => q.loss - p.loss).slice(5);
const NAMES = ['E', 'A', 'B', 'alpha', 'beta', 'a', 'b'] as const;

/**
 * The bootstrap intervals (10th, 90th percentiles) of `runs` at seed 1, warm-started and cold
 * (every resample from the 4,500-start grid: the slow path, ~0.6–1.3 s per resample here, so
 * few resamples); each endpoint must agree within 1% of the cold interval's width.
 */
function expectWarmEqualsCold(runs: readonly Run[], resamples: number) {
  const options = { seed: 1, resamples, quantiles: [0.1, 0.9] };
  const refit = makeWarmRefit(fitChinchilla(runs));
  const warm = bootstrapFit(runs, (s) => pick(refit(s)), options);
  const cold = bootstrapFit(runs, (s) => pick(fitChinchilla(s)), options);
  expect([warm.succeeded, cold.succeeded]).toEqual([resamples, resamples]);
  for (const name of NAMES) {
    const [lo, hi] = cold.percentiles[name] as [number, number];
    expect(hi - lo).toBeGreaterThan(0);
    const [wLo, wHi] = warm.percentiles[name] as [number, number];
    expect(Math.abs(wLo - lo), `${name} 10th percentile`).toBeLessThanOrEqual(0.01 * (hi - lo));
    expect(Math.abs(wHi - hi), `${name} 90th percentile`).toBeLessThanOrEqual(0.01 * (hi - lo));
  }
}

describe('makeWarmRefit(fit)(sample)', () => {
  const runs = dropHighest(parseRunsCsv(epochLikeCsv(epoch, 125, 0.01, 7)));
  const fit = fitChinchilla(runs);
  it(`starts from the full-data optimum and the next distinct minima, ${WARM_STARTS} at most`, () => {
    const refit = makeWarmRefit(fit);
    const again = refit(runs);
    expect(again.convergence.starts).toBe(Math.min(WARM_STARTS, fit.minima.length));
    expect(fit.minima[0]!.objective).toBe(fit.objective);
    closeTo(again.objective, fit.objective, 1e-12);
    closeTo(again.alpha, fit.alpha, 1e-6);
    expect(makeWarmRefit(fit, 1)(runs).convergence.starts).toBe(1);
    expect(() => makeWarmRefit(fit, 0)).toThrow(
      'count must be a positive whole number of warm starts, got 0',
    );
  });
  it(
    'gives bootstrap intervals equal to cold-started ones within 1% of their width at the same seed, 120 seeded Epoch-shaped runs',
    () => expectWarmEqualsCold(runs, 16),
    120_000,
  );
  it.skipIf(!epochCsv)(
    "gives bootstrap intervals equal to cold-started ones within 1% of their width at the same seed, Epoch's 240 runs",
    () => expectWarmEqualsCold(dropHighest(parseRunsCsv(readFileSync(epochCsv!, 'utf8'))), 10),
    120_000,
  );
});
