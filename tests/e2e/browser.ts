import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './chromium';

export { launchBrowser };

/** Base URL of the preview server started by globalSetup. */
export const baseUrl = (): string => inject('baseUrl');

/** A page that records console errors, uncaught exceptions and dialogs (a hostile URL must never open one). */
export interface WatchedPage {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** Opens `path` in a fresh context (or in `options.context`, sharing its storage) and waits for the load event. */
export async function openPage(
  browser: Browser,
  path: string,
  options: { javaScriptEnabled?: boolean; context?: BrowserContext } = {},
): Promise<WatchedPage> {
  const context =
    options.context ??
    (await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true }));
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  return { page, errors, dialogs };
}

/** Waits until the calculator island has read its URL (it sets data-ready after mounting). */
export async function calculatorReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-calculator][data-ready="true"]');
}

/** Raw `data-value` of `[data-result=name]`, as a number; null when the result is absent. */
export async function resultValue(page: Page, name: string): Promise<number | null> {
  const el = page.locator(`[data-result="${name}"]`);
  if ((await el.count()) === 0) return null;
  return Number(await el.getAttribute('data-value'));
}

/** One headless Chromium for a test file: launched before its tests, closed after; call the getter inside tests. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is only available inside tests');
    return browser;
  };
}

/** Relative difference |a − b| / |b|; a missing value counts as infinitely far. */
export const relDiff = (a: number | null, b: number): number =>
  a === null ? Infinity : Math.abs(a - b) / Math.abs(b);

/**
 * Loads `path` and checks a bad input the way every calculator must handle it: the message
 * beside `field` matches, no result is shown, and nothing was logged as an error.
 */
export async function expectFieldError(
  browser: Browser,
  path: string,
  field: string,
  message: RegExp,
): Promise<void> {
  const { page, errors } = await openPage(browser, path);
  await calculatorReady(page);
  await expect(page.locator(`[data-error-for="${field}"]`).first().textContent()).resolves.toMatch(
    message,
  );
  expect(await page.locator('[data-result]').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
}
