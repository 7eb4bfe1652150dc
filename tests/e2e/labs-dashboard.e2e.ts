import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SWEEP_STORAGE_KEY } from '../../src/lib/labs/storedRuns';
import { openPage, resultValue, useBrowser } from './browser';

const PATH = '/labs/dashboard/';
const browser = useBrowser();
const ready = (page: Page) => page.waitForSelector('[data-lab="dashboard"][data-ready="true"]');

/** Runs on L = 1.5 + 30/N^0.4 + 40/D^0.3 at 4 sizes × 3 token budgets, stored as two labs would. */
function storedRuns() {
  const run = (d: number, tokens: number) => {
    const N = 24 * d * d;
    const loss = 1.5 + 30 / N ** 0.4 + 40 / tokens ** 0.3;
    return {
      name: `d${d}`,
      dModel: d,
      nLayer: 2,
      N,
      tokens,
      steps: 100,
      finalTrainLoss: loss,
      validationLoss: loss,
      elapsedMs: 1000,
      backend: 'wasm',
      curve: [
        { tokens: tokens / 100, loss: 3.3 },
        { tokens, loss },
      ],
    };
  };
  const widths = [8, 12, 16, 24];
  return {
    a: widths.map((d) => run(d, 3e5)),
    b: widths.map((d) => run(d, 1e6)),
    c: widths.map((d) => run(d, 3e6)),
  };
}

describe('dashboard lab', () => {
  it('with no runs: a message and links to the labs, no panels, no errors', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await ready(page);
    expect(await page.locator('[data-empty]').textContent()).toMatch(/scaling sweep.*IsoFLOP lab/);
    expect(await page.locator('[data-results-empty]').textContent()).toMatch(/No finished runs/);
    expect(await page.locator('.sl-dashboard').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the four panels over the stored runs and fits L(N, D) in the worker', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await page.evaluate(([store, runs]) => localStorage.setItem(store, JSON.stringify(runs)), [
      SWEEP_STORAGE_KEY,
      storedRuns(),
    ] as const);
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await page.waitForSelector('[data-result="alpha"]', { timeout: 30_000 });
    expect(await resultValue(page, 'runs')).toBe(12);
    expect(await resultValue(page, 'tokenBudgets')).toBe(3);
    expect(await resultValue(page, 'alpha')).toBeCloseTo(0.4, 2);
    expect(await resultValue(page, 'beta')).toBeCloseTo(0.3, 2);
    expect(await resultValue(page, 'E')).toBeCloseTo(1.5, 2);
    expect(await resultValue(page, 'a')).toBeCloseTo(0.3 / 0.7, 2);
    await page.waitForFunction(
      () => document.querySelectorAll('.sl-dashboard [data-plot] svg').length >= 4,
    );
    expect(await page.locator('.sl-dashboard figcaption').allTextContents()).toEqual([
      expect.stringMatching(/^1\. Validation loss against non-embedding N/),
      expect.stringMatching(/^2\. Loss against training compute/),
      expect.stringMatching(/^3\. The optimal allocation/),
      expect.stringMatching(/^4\. Training loss against tokens seen/),
    ]);
    expect(await page.locator('a[data-link="fit-runs"]').count()).toBe(1);
    expect(errors).toEqual([]);

    await page.click('[data-action="forget-all"]');
    await page.waitForSelector('[data-empty]');
    expect(
      await page.evaluate((store) => localStorage.getItem(store), SWEEP_STORAGE_KEY),
    ).toBeNull();
    await page.context().close();
  });

  it('one token budget: three panels and a message where the allocation needs a fit', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await page.evaluate(
      ([store, runs]) => localStorage.setItem(store, JSON.stringify({ a: runs.a })),
      [SWEEP_STORAGE_KEY, storedRuns()] as const,
    );
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await page.waitForSelector('[data-panel="allocation"]');
    expect(await page.locator('[data-panel="allocation"]').textContent()).toMatch(
      /two or more token budgets/,
    );
    expect(await resultValue(page, 'runs')).toBe(4);
    expect(await resultValue(page, 'alpha')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
