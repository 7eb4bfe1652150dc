import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { CALCULATORS } from '../../src/lib/calculators';
import { EXERCISES } from '../../src/lib/exercises';
import { auditParams } from '../../src/lib/labs/auditModel';
import { benchmarkParams } from '../../src/lib/labs/benchmarkPlan';
import { isoflopParams } from '../../src/lib/labs/isoflopPlan';
import { predictParams } from '../../src/lib/labs/predictHeldOut';
import { sweepParams } from '../../src/lib/labs/sweepPlan';
import type { ParamTable } from '../../src/lib/paramTable';
import { baseUrl, useBrowser } from './browser';

/**
 * The hostile-input sweep in the browser, on a sample: the full corpus runs against every field
 * in tests/unit/hostileInput.test.ts in milliseconds; here each page gets the script payloads
 * through its URL (every known parameter, plus an unknown key) and a few values typed into its
 * first field, and the rendering is checked: no script runs, no dialog, no page error, no
 * request to another host, no NaN, Infinity or undefined shown, and never a blank card.
 */
const SCRIPT = '<img src=x onerror=alert(1)>';
const UNKNOWN_KEY = '"><svg onload=alert(2)>';
const TYPED = ['1e308', '5e-324', '-0', '½'];

const PAGES: [string, string, ParamTable][] = [
  ...CALCULATORS.map(
    (c) => ['calculator', `/calculators/${c.slug}/`, c.params] as [string, string, ParamTable],
  ),
  ...EXERCISES.map(
    (e) => ['exercise', `/exercises/${e.id}/`, e.params] as [string, string, ParamTable],
  ),
  ['lab', '/labs/scaling-sweep/', sweepParams],
  ['lab', '/labs/predict-and-verify/', predictParams],
  ['lab', '/labs/isoflop/', isoflopParams],
  ['lab', '/labs/benchmark/', benchmarkParams],
  ['lab', '/labs/parameter-audit/', auditParams],
];

const browser = useBrowser();

/** What a reader would see go wrong on the page's island, as a list of findings. */
async function findProblems(page: Page, typed = ''): Promise<string[]> {
  return page.evaluate((typed) => {
    const problems: string[] = [];
    if (document.querySelector('img[src="x"], svg[onload], [onerror]'))
      problems.push('injected markup was rendered');
    const island = document.querySelector('[data-calculator], [data-exercise], [data-lab]');
    if (!island) return ['no island on the page'];
    const words = /\b(NaN|Infinity|undefined)\b/;
    for (const el of island.querySelectorAll('[data-result]')) {
      const text = `${el.textContent} ${el.getAttribute('data-value')}`;
      if (words.test(text))
        problems.push(`result ${el.getAttribute('data-result')} shows "${text}"`);
    }
    // Messages may quote the reader's input back; anything else naming NaN or Infinity is a leak.
    const text = (island as HTMLElement).innerText.replaceAll(typed, '');
    const leak = words.exec(text);
    if (leak)
      problems.push(
        `the island shows "${text.slice(Math.max(0, leak.index - 60), leak.index + 20)}"`,
      );
    const card = island.querySelector('.sl-results');
    if (card && card.querySelectorAll('[data-result]').length === 0) {
      const message = card.textContent?.trim() ?? '';
      if (message === '') problems.push('a blank result card');
      const flagged = [...island.querySelectorAll('[data-error-for], [role="alert"]')].some(
        (m) => (m.textContent ?? '').trim() !== '',
      );
      if (/highlighted/.test(message) && !flagged)
        problems.push('the card asks to fix a highlighted input, but none is highlighted');
    }
    return problems;
  }, typed);
}

// Pages are checked three at a time (maxConcurrency in vitest.e2e.config.ts), each in its own
// browser context: most of a check is the page loading and hydrating, so the waits overlap.
describe('hostile input in the browser', () => {
  it.concurrent.for(PAGES)(
    '%s %s: script payloads in the URL, extreme values typed',
    async ([kind, path, table], { expect }) => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const origin = new URL(baseUrl()).origin;
      const seen: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          seen.push(`request to ${url}`);
      });
      page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        seen.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      const query = new URLSearchParams(table.map((spec) => [spec.name, SCRIPT]));
      query.set(UNKNOWN_KEY, SCRIPT);
      await page.goto(`${origin}${path}?${query}`, { waitUntil: 'load' });
      await page.waitForSelector('[data-ready="true"]');
      expect([...seen, ...(await findProblems(page))], `${path} from a hostile URL`).toEqual([]);
      await expect(page.locator('[data-url-notices]').textContent()).resolves.toContain(
        UNKNOWN_KEY,
      );

      // A few extreme values typed into the first field, from the page's defaults.
      if (kind !== 'exercise') {
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        await page.waitForSelector('[data-ready="true"]');
        const field = page.locator('.sl-fields :is(input[type="text"], textarea):visible').first();
        for (const value of TYPED) {
          await field.fill(value);
          // Waits for the page to settle instead of a fixed 50 ms: two frames drawn since the
          // input, and the island ready again (a worker calculator clears it until its answer is in).
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
          await page.waitForSelector('[data-ready="true"]');
          expect(
            [...seen, ...(await findProblems(page, value))],
            `${path} with "${value}" typed`,
          ).toEqual([]);
        }
      }
      await context.close();
    },
  );
});
