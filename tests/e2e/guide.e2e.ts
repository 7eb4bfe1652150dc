import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { predictKaplanLaw } from '../../src/lib/kaplanLawCurve';
import { useBrowser, openPage } from './browser';

/** Every walkthrough page of the guide (the overview is checked separately: it has no problems). */
const PAGES = [
  '/guide/kaplan/claims/',
  '/guide/kaplan/power-laws/',
  '/guide/kaplan/counting/',
  '/guide/kaplan/data-wall/',
  '/guide/kaplan/batch-size/',
  '/guide/kaplan/compute-efficient/',
  '/guide/chinchilla/three-approaches/',
  '/guide/chinchilla/parametric-fit/',
  '/guide/chinchilla/frontier/',
  '/guide/chinchilla/kaplan-vs-chinchilla/',
  '/guide/chinchilla/epoch-replication/',
  '/guide/after-chinchilla/inference-aware/',
  '/guide/after-chinchilla/data-constrained/',
  '/guide/after-chinchilla/emergence/',
  '/guide/after-chinchilla/forecast-checklist/',
] as const;

const LAW_PAGE = '/guide/kaplan/power-laws/';
const browser = useBrowser();

/** Scrolls through the page so every client:visible island hydrates, then lets it settle. */
async function visitAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
}

// Pages are checked three at a time (maxConcurrency in vitest.e2e.config.ts), each in its own
// browser context: most of a check is a page loading and hydrating, so the waits overlap.
describe.concurrent('guide pages', () => {
  it.for(PAGES)(
    '%s renders KaTeX, a takeaway and folded answers with JavaScript disabled',
    async (path, { expect }) => {
      const { page } = await openPage(browser(), path, { javaScriptEnabled: false });
      expect(await page.locator('.katex .katex-html').count()).toBeGreaterThan(0);
      expect(await page.locator('.katex-error').count()).toBe(0);
      await expect(page.locator('aside', { hasText: 'Takeaway' }).count()).resolves.toBe(1);
      const answers = page.locator('main details:has(> summary:text-is("Answer"))');
      const count = await answers.count();
      expect(count).toBeGreaterThanOrEqual(2);
      // Folded until asked for: no answer is open on arrival.
      for (let i = 0; i < count; i++) expect(await answers.nth(i).getAttribute('open')).toBeNull();
      await page.context().close();
    },
  );

  it.for([...PAGES, '/guide/'])(
    '%s loads without console errors once its islands hydrate',
    async (path, { expect }) => {
      const { page, errors } = await openPage(browser(), path);
      await visitAll(page);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('the overview links to every guide page', async ({ expect }) => {
    const { page } = await openPage(browser(), '/guide/', { javaScriptEnabled: false });
    const hrefs = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of PAGES) expect(hrefs).toContain(path);
    await page.context().close();
  });
});

describe.concurrent('LawChart', () => {
  it.for(['N', 'D', 'Cmin'] as const)(
    'draws L(%s) as an SVG with the reader’s point on it',
    async (law, { expect }) => {
      const { page, errors } = await openPage(browser(), LAW_PAGE);
      const chart = page.locator(`[data-law="${law}"]`);
      await chart.scrollIntoViewIfNeeded();
      await chart.locator('figure svg').first().waitFor({ state: 'visible' });
      expect(await chart.locator('figure svg path').count()).toBeGreaterThan(0);
      const value = Number(await chart.locator('[data-result="loss"]').getAttribute('data-value'));
      const initial = Number(await chart.locator('input[type="text"]').inputValue());
      expect(Math.abs(value - predictKaplanLaw(law, initial)) / value).toBeLessThan(1e-12);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('follows a typed value, marks extrapolation and explains bad input', async ({ expect }) => {
    const { page } = await openPage(browser(), LAW_PAGE);
    const chart = page.locator('[data-law="N"]');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('figure svg').first().waitFor();
    await chart.locator('input[type="text"]').fill('175B');
    const loss = chart.locator('[data-result="loss"]');
    await expect
      .poll(async () => Number(await loss.getAttribute('data-value')))
      .toBeCloseTo(predictKaplanLaw('N', 175e9), 12);
    await expect(chart.locator('.sl-law__result').textContent()).resolves.toContain(
      'extrapolation',
    );
    await chart.locator('input[type="text"]').fill('-3');
    await expect(chart.locator('[role="alert"]').textContent()).resolves.toMatch(
      /N must be a positive number of parameters/,
    );
    await page.context().close();
  });

  it('moves the point when the slider is dragged', async ({ expect }) => {
    const { page } = await openPage(browser(), LAW_PAGE);
    const chart = page.locator('[data-law="D"]');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('figure svg').first().waitFor();
    await chart.locator('input[type="range"]').fill('12');
    await expect
      .poll(async () =>
        Number(await chart.locator('[data-result="loss"]').getAttribute('data-value')),
      )
      .toBeCloseTo(predictKaplanLaw('D', 1e12), 9);
    await expect(chart.locator('input[type="text"]').inputValue()).resolves.toBe('1.00e12');
    await page.context().close();
  });
});
