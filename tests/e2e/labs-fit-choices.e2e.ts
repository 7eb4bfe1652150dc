import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, resultValue, useBrowser } from './browser';

const browser = useBrowser();
const ready = (page: Page, lab: string) =>
  page.waitForSelector(`[data-lab="${lab}"][data-ready="true"]`, { timeout: 120_000 });
/** Quick choices: one start, run to convergence (the default grid takes tens of seconds). */
const FAST = '/labs/fit-choices/?starts=single&stop=tight';

describe('fit-choices lab', () => {
  it('loads from the Epoch-replication guide’s link and shows a fit beside the papers’ rows', async () => {
    const { page, errors } = await openPage(browser(), '/guide/chinchilla/epoch-replication/');
    await page.click('a[href="/labs/fit-choices/"]');
    await page.waitForURL(/\/labs\/fit-choices\//);
    await page.waitForSelector('[data-lab="fit-choices"]');
    expect(errors).toEqual([]);
    await page.goto(new URL(FAST, page.url()).href);
    await ready(page, 'fit-choices');
    const a = await resultValue(page, 'a');
    expect(a).toBeGreaterThan(0.45);
    expect(a).toBeLessThan(0.58);
    expect(await resultValue(page, 'converged')).toBe(1);
    expect(await resultValue(page, 'tokensPerParam')).toBeGreaterThan(5);
    expect(await page.locator('[data-fit-table] tbody tr[data-row="reference"]').count()).toBe(2);
    expect(await page.locator('[data-fit-table] tbody tr[data-row="fit"]').count()).toBe(1);
    await page.context().close();
  });

  it('adds a row per choice tried and writes the choice into the link', async () => {
    const { page } = await openPage(browser(), FAST);
    await ready(page, 'fit-choices');
    await page.selectOption('#field-report', 'rounded');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-fit-table] tr[data-row="fit"]').length === 2,
    );
    await ready(page, 'fit-choices');
    const alpha = await resultValue(page, 'alpha');
    expect(Number(alpha!.toFixed(2))).toBe(alpha);
    expect(new URL(page.url()).searchParams.get('report')).toBe('rounded');
    await page.context().close();
  });

  it.each([
    ['a bad cell', 'csv=N,D,loss%0A1e9,2e10,2.5%0A2e9,x,2.4', 'csv', /Line 3, column "D"/],
    ['a missing column', 'csv=N,D%0A1e9,2e10', 'csv', /needs columns for loss/],
    ['an unknown choice', 'objective=median', 'objective', /./],
  ])('puts %s beside its field, with no results', async (_, query, field, message) => {
    const { page, errors } = await openPage(browser(), `${FAST}&${query}`);
    await ready(page, 'fit-choices');
    await expect(
      page.locator(`[data-error-for="${field}"]`).first().textContent(),
    ).resolves.toMatch(message);
    expect(await page.locator('[data-result]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('three-approaches lab', () => {
  it('?noise=0 recovers the true a with Approaches 2 and 3', async () => {
    const { page, errors } = await openPage(browser(), '/labs/three-approaches/?noise=0&sizes=20');
    await ready(page, 'three-approaches');
    const truth = (await resultValue(page, 'aTrue'))!;
    expect(truth).toBeCloseTo(0.28 / 0.62, 12);
    expect(Math.abs((await resultValue(page, 'a2'))! - truth)).toBeLessThan(1e-9);
    expect(Math.abs((await resultValue(page, 'a3'))! - truth)).toBeLessThan(1e-5);
    expect(await page.locator('[data-gaps] tbody tr').count()).toBe(7);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
