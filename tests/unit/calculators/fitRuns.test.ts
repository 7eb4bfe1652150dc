import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import { fitRuns, resultsCsv } from '../../../src/lib/calculators/fitRuns';
import { readParams } from '../../../src/lib/paramTable';
import { papers, sharedData } from '../../tolerance';

const run = (csv: string) => runCalculator(fitRuns, { csv });

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
  it('reproduces Epoch’s estimates on their digitised runs (loss below the 5 highest)', () => {
    const text = readFileSync(sharedData('chinchilla-figure4-epoch.csv'), 'utf8');
    const [header, ...rows] = text.trim().split('\n');
    const lossAt = header!.split(',').indexOf('loss');
    const kept = [...rows].sort((a, b) => Number(a.split(',')[lossAt]) - Number(b.split(',')[lossAt])).slice(0, rows.length - 5);
    const out = run([header, ...kept].join('\n'));
    const epoch = papers.besiroglu2024_epoch_replication.paper_table_1_estimates;
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(Math.abs(out.results.E / epoch.E - 1)).toBeLessThan(0.005);
    expect(Math.abs(out.results.alpha / epoch.alpha - 1)).toBeLessThan(0.01);
    expect(Math.abs(out.results.beta / epoch.beta - 1)).toBeLessThan(0.01);
  });
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
