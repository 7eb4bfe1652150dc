import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCalculator, runPlan } from '../../../src/lib/calculator';
import {
  computeFitRuns,
  countPastedRuns,
  estimateFitRuns,
  fitRuns,
  makeFitRunsBootstrap,
} from '../../../src/lib/calculators/fitRuns';
import {
  FIT_RUNS_FIRST_INTERVAL,
  FIT_RUNS_RESAMPLES,
  exampleRunsCsv,
  fitRunsParams,
  makeFittingMessage,
  resultsCsv,
} from '../../../src/lib/calculators/fitRunsView';
import { readParams } from '../../../src/lib/paramTable';
import { epochLikeCsv } from '../../fixtures/syntheticRuns';
import { EPOCH_CSV_MISSING, findEpochCsv, papers } from '../../tolerance';

const epochCsv = findEpochCsv();
if (!epochCsv) console.log(`fitRuns.test.ts: ${EPOCH_CSV_MISSING}`);

/** The 5 highest-loss rows of a CSV left out, as Epoch did (Besiroglu et al. 2024, Sec. 2). */
function dropHighestRows(text: string): string {
  const [header, ...rows] = text.trim().split('\n');
  const lossAt = header!.split(',').indexOf('loss');
  const kept = [...rows]
    .sort((a, b) => Number(a.split(',')[lossAt]) - Number(b.split(',')[lossAt]))
    .slice(0, rows.length - 5);
  return [header, ...kept].join('\n');
}

const run = (csv: string) => runCalculator(fitRuns, { csv });
/** The estimate alone (no bootstrap), as the worker posts it first. */
const estimate = (csv: string) =>
  runPlan(fitRunsParams, (v) => estimateFitRuns(v).results, { csv });

describe('fit-runs calculator', () => {
  it('fits the built-in example and gives bootstrap intervals around each estimate', () => {
    const out = runCalculator(fitRuns, readParams(fitRuns.params, new URLSearchParams()));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.results.runs).toBe(45);
    for (const k of ['E', 'alpha', 'beta', 'a'] as const) {
      expect(out.results[`${k}Low`]!).toBeLessThanOrEqual(out.results[k] + 1e-12);
      expect(out.results[`${k}High`]!).toBeGreaterThanOrEqual(out.results[k] - 1e-12);
    }
    expect(resultsCsv(out.results).split('\n')[0]).toBe('parameter,estimate,p10,p90');
  });
  it('recovers the law behind 245 seeded Epoch-shaped runs pasted as CSV (loss below the 5 highest)', () => {
    const epoch = papers.besiroglu2024_epoch_replication.paper_table_1_estimates;
    const out = estimate(dropHighestRows(epochLikeCsv(epoch, 245, 0.01, 7)));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.results.runs).toBe(240);
    expect(Math.abs(out.results.E / epoch.E - 1)).toBeLessThan(0.02);
    expect(Math.abs(out.results.alpha / epoch.alpha - 1)).toBeLessThan(0.03);
    expect(Math.abs(out.results.beta / epoch.beta - 1)).toBeLessThan(0.03);
  });
  it.skipIf(!epochCsv)(
    'reproduces Epoch’s estimates on their digitised runs (loss below the 5 highest)',
    () => {
      const out = estimate(dropHighestRows(readFileSync(epochCsv!, 'utf8')));
      const epoch = papers.besiroglu2024_epoch_replication.paper_table_1_estimates;
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      expect(Math.abs(out.results.E / epoch.E - 1)).toBeLessThan(0.005);
      expect(Math.abs(out.results.alpha / epoch.alpha - 1)).toBeLessThan(0.01);
      expect(Math.abs(out.results.beta / epoch.beta - 1)).toBeLessThan(0.01);
    },
  );
  it.each([
    ['N,loss\n1e9,2', /needs columns for D/],
    ['N,D,loss\n1e9,2e10,2.5', /at least 5 points/],
    ['N,D,loss\n1e9,2e10', /Line 2 has 2 cells/],
  ])('reports bad CSV on the csv field: %j', (csv, message) => {
    const out = run(csv);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors['csv']).toMatch(message);
  });
});

describe('countPastedRuns(csv), and makeFittingMessage of that count', () => {
  const rows = (n: number) =>
    ['N,D,loss', ...Array.from({ length: n }, (_, i) => `${1e8 + i},2e10,2.5`)].join('\n');
  it.each([
    [rows(240), 240, 'Fitting 240 runs…'],
    [rows(1), 1, 'Fitting 1 run…'],
    [rows(5000), 5000, 'Fitting 5,000 runs…'],
    ['N,loss\n1e9,2.5', undefined, 'Reading the pasted runs…'],
    ['', undefined, 'Reading the pasted runs…'],
    ['x'.repeat(400_001), undefined, 'Reading the pasted runs…'],
  ])('counts %#: %s runs, "%s"', (csv, count, message) => {
    expect(countPastedRuns(csv)).toBe(count);
    expect(makeFittingMessage(countPastedRuns(csv))).toBe(message);
  });
});

describe('estimateFitRuns(values) then makeFitRunsBootstrap(estimate)', () => {
  const csv = exampleRunsCsv();
  const first = estimateFitRuns({ csv });
  it('gives the estimate first, with no intervals and none of the planned resamples done', () => {
    expect(first.results.resamplesDone).toBe(0);
    expect(first.results.resamplesTotal).toBe(FIT_RUNS_RESAMPLES);
    expect(first.results.alphaLow).toBeUndefined();
    expect(first.results.runs).toBe(45);
  });
  it('fills the intervals in from the 20th resample and ends where compute ends (60 resamples)', () => {
    const boot = makeFitRunsBootstrap(estimateFitRuns({ csv }, 60));
    const seen: { done: number; hasInterval: boolean }[] = [];
    while (boot.step()) {
      const r = boot.results();
      seen.push({ done: r.resamplesDone, hasInterval: r.alphaLow !== undefined });
    }
    expect(seen.map((s) => s.done)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(seen.findIndex((s) => s.hasInterval) + 1).toBe(FIT_RUNS_FIRST_INTERVAL);
    const last = boot.results();
    expect(last.bootstrapOk).toBe(60);
    expect(last.alpha).toBe(first.results.alpha);
    expect(last).toEqual(computeFitRuns({ csv }, 60));
    expect(last.alphaLow!).toBeLessThan(last.alpha);
    expect(last.alphaHigh!).toBeGreaterThan(last.alpha);
  });
});
