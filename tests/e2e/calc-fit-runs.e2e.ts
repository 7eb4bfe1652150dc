import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/lib/calculator';
import { estimateFitRuns } from '../../src/lib/calculators/fitRuns';
import { fitRunsParams } from '../../src/lib/calculators/fitRunsView';
import { readParams } from '../../src/lib/paramTable';
import { calculatorReady, useBrowser, openPage, resultValue } from './browser';
import { type Watched, findStages, installWatch, pasteNow } from './watchFitRuns';

const PATH = '/calculators/fit-runs/';
const browser = useBrowser();

/** Pastes text into the "Runs (CSV)" box in one go, as a paste would. */
async function paste(page: Page, text: string) {
  await page.getByLabel('Runs (CSV)').evaluate((area, value) => {
    (area as HTMLTextAreaElement).value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.waitForTimeout(50);
  await calculatorReady(page);
}

/** sizes × tokens runs of L = 1.8 + 500/N^α + 2000/D^0.35 with a ±1% wobble, as CSV. */
function lawCsv(sizes: number, tokens: number, alpha: number): string {
  const lines = ['N,D,loss'];
  for (let i = 0; i < sizes; i++) {
    for (let j = 0; j < tokens; j++) {
      const N = 3e7 * 1.4 ** i;
      const D = 1e9 * 1.5 ** j;
      const loss =
        (1.8 + 500 / N ** alpha + 2000 / D ** 0.35) * (1 + 0.01 * Math.sin(7 * i + 3 * j));
      lines.push(`${N.toExponential(3)},${D.toExponential(3)},${loss.toFixed(5)}`);
    }
  }
  return lines.join('\n');
}

describe('fit-runs calculator (Approach 3 in a Web Worker)', () => {
  it('fits the example runs like the library and offers CSV, SVG and PNG downloads', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    const want = runPlan(
      fitRunsParams,
      (v) => estimateFitRuns(v).results,
      readParams(fitRunsParams, new URLSearchParams()),
    );
    expect(want.ok).toBe(true);
    if (!want.ok) return;
    // Chromium's and Node's Math.exp/log may differ in the last bit; the optimiser then lands within 1e-6.
    for (const k of ['E', 'alpha', 'beta', 'a', 'b'] as const) {
      expect(Math.abs((await resultValue(page, k))! / want.results[k] - 1)).toBeLessThan(1e-6);
    }
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download results (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('chinchilla-fit.csv');
    await page.locator('[data-plot] svg').first().waitFor();
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).first().click(),
    ]);
    expect(svg.suggestedFilename()).toBe('chinchilla-fit-parity.svg');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).first().click(),
    ]);
    expect(png.suggestedFilename()).toBe('chinchilla-fit-parity.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a paste marks the old results stale, shows the estimate, then the intervals with a progress bar, then the final intervals', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    const before = await resultValue(page, 'alpha');
    expect(await page.locator('[data-stale]').count()).toBe(0);
    await page.waitForSelector('[data-bootstrap="done"]', { timeout: 120_000 });
    await installWatch(page);
    const t0 = await pasteNow(page, lawCsv(16, 15, 0.3));
    // Before the estimate: the old results are still there, marked and dimmed.
    await page.waitForSelector('[data-calculator="fit-runs"][data-stale="true"]');
    expect(await page.locator('[data-stale-note]').textContent()).toBe('Fitting 240 runs…');
    expect(await resultValue(page, 'alpha')).toBe(before);
    expect(await page.locator('.sl-results').evaluate((el) => getComputedStyle(el).opacity)).toBe(
      '0.45',
    );
    await page.waitForSelector('[data-bootstrap="done"]:not([data-stale="true"] *)', {
      timeout: 120_000,
    });
    const seen = await page.evaluate(() => (window as unknown as Watched).__seen);
    const { fresh, estimate, firstInterval: progress, final } = findStages(seen, t0, before);
    // The estimate alone first, then intervals while the bar fills, then the final intervals.
    expect(estimate).toBeGreaterThanOrEqual(0);
    expect(progress).toBeGreaterThan(estimate);
    expect(final).toBeGreaterThan(progress);
    expect(fresh[progress]!.progressText).toMatch(/resample \d+ of 1,000$/);
    expect(fresh[progress]!.progressValue).toBeGreaterThanOrEqual(20);
    const label = page.getByRole('progressbar', { name: 'Bootstrap resamples fitted' });
    expect(await label.count()).toBe(0); // gone once all resamples are in
    console.log(
      `fit-runs e2e, 240 runs: estimate ${(fresh[estimate]!.t - t0).toFixed(0)} ms, first interval ${(fresh[progress]!.t - t0).toFixed(0)} ms, all ${(fresh[final]!.t - t0).toFixed(0)} ms after the paste`,
    );
    const after = await resultValue(page, 'alpha');
    expect(after).toBeCloseTo(0.3, 1);
    expect((await resultValue(page, 'alphaLow'))!).toBeLessThan(after!);
    expect((await resultValue(page, 'alphaHigh'))!).toBeGreaterThan(after!);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a newer paste cancels the fit in flight: the older paste’s results never appear after it', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    const older = lawCsv(16, 15, 0.3);
    const newer = lawCsv(8, 6, 0.45);
    const olderAlpha = runPlan(fitRunsParams, (v) => estimateFitRuns(v).results, { csv: older });
    const newerAlpha = runPlan(fitRunsParams, (v) => estimateFitRuns(v).results, { csv: newer });
    if (!olderAlpha.ok || !newerAlpha.ok) throw new Error('the test data do not fit');
    await pasteNow(page, older);
    await page.waitForSelector('[data-stale-note]');
    await installWatch(page);
    await pasteNow(page, newer);
    await page.waitForFunction(
      () => document.querySelector('[data-stale-note]')?.textContent === 'Fitting 48 runs…',
    );
    await page.waitForSelector('[data-bootstrap="done"]:not([data-stale="true"] *)', {
      timeout: 120_000,
    });
    const seen = await page.evaluate(() => (window as unknown as Watched).__seen);
    const alphas = seen.map((s) => s.alpha).filter((a): a is number => a !== null);
    expect(alphas.some((a) => Math.abs(a / olderAlpha.results.alpha - 1) < 1e-6)).toBe(false);
    expect(
      Math.abs((await resultValue(page, 'alpha'))! / newerAlpha.results.alpha - 1),
    ).toBeLessThan(1e-6);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['missing columns', 'N,loss\n1e9,2.5', /needs columns for D \(tokens\) or C \(FLOPs\)/],
    ['a ragged row', 'N,D,loss\n1e9,2e10,2.5\n2e9,4e10', /Line 3 has 2 cells/],
    [
      'text in a number cell',
      'N,D,loss\n1e9,2e10,2.5\n2e9,lots,2.4',
      /Line 3, column "D" must be a number/,
    ],
    ['a single row', 'N,D,loss\n1e9,2e10,2.5', /at least 5 points/],
    [
      '100,000 rows',
      `N,D,loss\n${'1e9,2e10,2.5\n'.repeat(100_000)}`,
      /characters long; at most 400000/,
    ],
    ['6,000 rows', `N,D,loss\n${'1e9,2e10,2.5\n'.repeat(6000)}`, /6000 runs; at most 5000/],
  ])('%s: a message naming the problem, no result', async (_label, csv, message) => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    await paste(page, csv);
    await expect(page.locator('[data-error-for="csv"]').textContent()).resolves.toMatch(message);
    expect(await page.locator('[data-result]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
