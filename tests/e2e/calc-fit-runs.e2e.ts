import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../src/lib/calculator';
import { fitRuns } from '../../src/lib/calculators/fitRuns';
import { readParams } from '../../src/lib/paramTable';
import { calculatorReady, useBrowser, openPage, resultValue } from './browser';

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

describe('fit-runs calculator (Approach 3 in a Web Worker)', () => {
  it('fits the example runs like the library and offers CSV, SVG and PNG downloads', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    const want = runCalculator(fitRuns, readParams(fitRuns.params, new URLSearchParams()));
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

  it('while new runs are fitted, the old results stay dimmed under "Fitting 240 runs…" with the refits done; then the new ones replace them', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    const before = await resultValue(page, 'alpha');
    expect(await page.locator('[data-stale]').count()).toBe(0);
    // 240 runs (16 sizes × 15 token counts) on another law, L = 1.8 + 500/N^0.3 + 2000/D^0.35, with ±1% wobble.
    const lines = ['N,D,loss'];
    for (let i = 0; i < 16; i++) {
      for (let j = 0; j < 15; j++) {
        const N = 3e7 * 1.4 ** i;
        const D = 1e9 * 1.5 ** j;
        const loss =
          (1.8 + 500 / N ** 0.3 + 2000 / D ** 0.35) * (1 + 0.01 * Math.sin(7 * i + 3 * j));
        lines.push(`${N.toExponential(3)},${D.toExponential(3)},${loss.toFixed(5)}`);
      }
    }
    await page.getByLabel('Runs (CSV)').evaluate((area, value) => {
      (area as HTMLTextAreaElement).value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, lines.join('\n'));
    // Before the new results arrive: the old ones are still there, marked and dimmed.
    await page.waitForSelector('[data-calculator="fit-runs"][data-stale="true"]');
    expect(await page.locator('[data-stale-note]').textContent()).toMatch(/^Fitting 240 runs…/);
    expect(await resultValue(page, 'alpha')).toBe(before);
    expect(await page.locator('.sl-results').evaluate((el) => getComputedStyle(el).opacity)).toBe(
      '0.45',
    );
    // The bootstrap reports its refits as they finish.
    await page.waitForFunction(
      () =>
        /^Fitting 240 runs… \d+ of 100 bootstrap refits done$/.test(
          document.querySelector('[data-stale-note]')?.textContent ?? '',
        ),
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    await calculatorReady(page);
    expect(await page.locator('[data-stale]').count()).toBe(0);
    expect(await page.locator('[data-stale-note]').count()).toBe(0);
    const after = await resultValue(page, 'alpha');
    expect(after).not.toBe(before);
    expect(after).toBeCloseTo(0.3, 1);
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
