import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isoflopParams, planIsoFlop } from '../../src/lib/labs/isoflopPlan';
import { SWEEP_STORAGE_KEY } from '../../src/lib/labs/storedRuns';
import { parseParams, readParams } from '../../src/lib/paramTable';
import { openPage, useBrowser } from './browser';

const PATH = '/labs/isoflop/';
const browser = useBrowser();
const ready = (page: Page) => page.waitForSelector('[data-lab="isoflop"][data-ready="true"]');
const nOpt = async (page: Page, budget: string) =>
  Number(await page.getAttribute(`[data-result="nOpt"][data-budget="${budget}"]`, 'data-value'));

/** Runs whose validation loss is an exact parabola in ln N with its floor at nOpt (as the lab stores them). */
function valley(C: number, nOpt: number, widths: number[], batchSize: number) {
  return widths.map((d) => {
    const N = 24 * d * d;
    const loss = 2 + 0.05 * Math.log(N / nOpt) ** 2;
    return {
      name: `${C.toExponential().replace('+', '')}/d${d}`,
      dModel: d,
      nLayer: 2,
      N,
      tokens: Math.ceil(C / (6 * N) / (batchSize * 64)) * batchSize * 64,
      steps: 100,
      finalTrainLoss: loss,
      validationLoss: loss,
      elapsedMs: 1000,
      backend: 'wasm',
      curve: [
        { tokens: 1000, loss: 3.2 },
        { tokens: 100_000, loss },
      ],
    };
  });
}

describe('isoflop lab', () => {
  it('shows N_opt per budget and the exponent a from stored runs (exact valleys at N = 3,000 and 6,000)', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    // The key the lab stores its default plan under (C = 3e10, 6e10; d 8–24; batch 32; seed 1).
    const { key } = planIsoFlop(
      parseParams(isoflopParams, readParams(isoflopParams, new URLSearchParams(''))).values,
    );
    const runs = [
      ...valley(3e10, 3000, [8, 12, 16, 24], 32),
      ...valley(6e10, 6000, [12, 16, 24], 32),
    ];
    await page.evaluate(
      ([store, k, r]) => localStorage.setItem(store, JSON.stringify({ [k]: r })),
      [SWEEP_STORAGE_KEY, key, runs] as const,
    );
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await page.waitForSelector('[data-result="nOpt"][data-budget="6e10"]');
    expect(await nOpt(page, '3e10')).toBeCloseTo(3000, 6);
    expect(await nOpt(page, '6e10')).toBeCloseTo(6000, 6);
    expect(Number(await page.getAttribute('[data-result="a"]', 'data-value'))).toBeCloseTo(1, 9);
    expect(await page.locator('[data-plot] svg').count()).toBeGreaterThanOrEqual(3); // valleys, N_opt(C), curves
    expect(await page.locator('[data-plan]').textContent()).toMatch(
      /C = 3e10: d8, d12, d16, d24; C = 6e10: d12, d16, d24\. 5,434 optimizer steps in all\. Left out: d8 at 6e10 \(3179 steps\)\./,
    );
    expect(await page.locator('a[data-link="fit-runs"]').getAttribute('href')).toMatch(
      /^\/calculators\/fit-runs\/\?csv=N%2CD%2Closs%0A/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a tiny live run on WASM: every size trains, the URL reproduces it, and each budget gets a minimum or says why not', async () => {
    const query = '?budgets=1.2e8,2.4e8&d_models=4,6,8&batch=4&seed=2&backend=wasm';
    const { page, errors } = await openPage(browser(), `${PATH}${query}`);
    await ready(page);
    await page.click('[data-action="start"]');
    await page.waitForSelector('[data-lab="isoflop"][data-status="running"]');
    await page.waitForSelector('[data-lab="isoflop"][data-status="idle"]', { timeout: 240_000 });
    expect(await page.locator('[data-message]').count()).toBe(0);
    const stored = await page.evaluate(
      (store) =>
        Object.values(
          JSON.parse(localStorage.getItem(store) ?? '{}') as Record<
            string,
            { name: string; validationLoss: number; curve: { loss: number }[] }[]
          >,
        ).flat(),
      SWEEP_STORAGE_KEY,
    );
    expect(stored.map((r) => r.name)).toEqual([
      '1.2e8/d4',
      '1.2e8/d6',
      '1.2e8/d8',
      '2.4e8/d4',
      '2.4e8/d6',
      '2.4e8/d8',
    ]);
    for (const r of stored) {
      expect(r.curve.at(-1)!.loss).toBeLessThan(r.curve[0]!.loss);
      expect(r.validationLoss).toBeLessThan(Math.log(40));
    }
    // Each budget shows its N_opt or the reason it has none: never a blank or NaN.
    for (const budget of ['1.2e8', '2.4e8']) {
      const row = page.locator(
        `[data-result="nOpt"][data-budget="${budget}"], [data-pending="${budget}"]`,
      );
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).not.toMatch(/NaN|undefined|Infinity/);
    }
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    expect(await page.inputValue('#field-budgets')).toBe('1.2e8,2.4e8');
    await page.waitForSelector('[data-run]', { state: 'attached' });
    expect(await page.locator('[data-run]').count()).toBe(6);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it.each([
    ['?budgets=0', 'budgets', /greater than|at least/],
    ['?budgets=1e8', 'budgets', /a valley needs 3/],
    ['?d_models=8,16', 'd_models', /at least 3 items/],
    ['?seed=abc', 'seed', /number/],
  ])('bad input %s: a message on %s and Start stays disabled', async (query, field, message) => {
    const { page, errors } = await openPage(browser(), `${PATH}${query}`);
    await ready(page);
    expect(await page.locator(`[data-error-for="${field}"]`).textContent()).toMatch(message);
    expect(await page.locator('[data-action="start"]').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
