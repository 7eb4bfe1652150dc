import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, resultValue, useBrowser } from './browser';

const PATH = '/labs/parameter-audit/';
const browser = useBrowser();
const ready = (page: Page) =>
  page.waitForSelector('[data-lab="parameter-audit"][data-ready="true"]');

describe('parameter-audit lab', () => {
  it('?layers=3&dModel=48&heads=6 lists the real tensors: matrices = 12·L·d², total = the calculator’s', async () => {
    const { page, errors } = await openPage(
      browser(),
      `${PATH}?layers=3&dModel=48&heads=6&vocab=40&ctx=64`,
    );
    await ready(page);
    expect(await resultValue(page, 'weightMatrices')).toBe(12 * 3 * 48 * 48);
    expect(await resultValue(page, 'approx12Ld2')).toBe(12 * 3 * 48 * 48);
    const total = await resultValue(page, 'total');
    expect(total).toBe(await resultValue(page, 'calculatorTotal'));
    // 2 embeddings + 16 tensors per layer + final norm (2)
    expect(await page.locator('[data-weight]').count()).toBe(2 + 16 * 3 + 2);
    expect(await page.locator('[data-weight="layer2.ff.up.weight"] td').nth(1).textContent()).toBe(
      '48 × 192',
    );
    const link = await page.locator('a[data-link="parameters"]').getAttribute('href');
    expect(link).toBe(
      '/calculators/parameters/?layers=3&dModel=48&heads=6&dFf=192&vocab=40&ctx=64',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the linked calculator shows the same total', async () => {
    const { page } = await openPage(
      browser(),
      '/calculators/parameters/?layers=3&dModel=48&heads=6&dFf=192&vocab=40&ctx=64',
    );
    await page.waitForSelector('[data-calculator][data-ready="true"]');
    const want = 12 * 3 * 48 * 48 + 3 * 13 * 48 + 2 * 48 + 40 * 48 + 64 * 48;
    expect(await resultValue(page, 'total')).toBe(want);
    await page.context().close();
  });

  it('editing a field rebuilds the model and updates the URL', async () => {
    const { page } = await openPage(browser(), PATH);
    await ready(page);
    await page.fill('#field-dModel', '64');
    await page.fill('#field-heads', '8');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-result="weightMatrices"]')?.getAttribute('data-value') ===
        String(12 * 2 * 64 * 64),
    );
    expect(new URL(page.url()).searchParams.get('dModel')).toBe('64');
    await page.context().close();
  });

  it.each([
    ['?heads=5', 'heads', /must divide the width/],
    ['?layers=0', 'layers', /at least 1/],
    ['?dModel=8192&layers=96&heads=64', 'dModel', /at most 60M/],
  ])('bad input %s shows a message on %s and no results', async (query, field, message) => {
    const { page, errors } = await openPage(browser(), `${PATH}${query}`);
    await expect(page.locator(`[data-error-for="${field}"]`).textContent()).resolves.toMatch(
      message,
    );
    expect(await page.locator('[data-result]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
