// Gzipped JavaScript per page type on the built site (`npm run build` first), in headless
// Chromium: what a page fetches before its first result or island is ready, and in all, beside
// the budgets the end-to-end tests hold (tests/e2e/jsBudget.ts). Printed, never asserted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, distDir, launchBrowser } from '../tests/e2e/chromium';
import { JS_BUDGET, beforeReadyBudget, pageTypeOf, watchJs } from '../tests/e2e/jsBudget';
import { startPreview } from '../tests/e2e/previewServer';

/** One page of each type; BENCH_JS_ROUTES (comma-separated) replaces them. */
const ROUTES = (
  process.env['BENCH_JS_ROUTES'] ??
  '/calculators/training-compute/,/calculators/power-law-fit/,/labs/scaling-sweep/,/guide/kaplan/power-laws/,/exercises/kaplan/01-power-law-fitter/,/guide/'
).split(',');

/** Kilobytes of 1,000 bytes, as the budgets are written. */
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export async function run(): Promise<void> {
  const dist = distDir();
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`skipped: no build in ${dist}/ (npm run build first)`);
    return;
  }
  try {
    chromiumPath();
  } catch (error) {
    console.log(`skipped: ${(error as Error).message}`);
    return;
  }
  const { baseUrl, stop } = await startPreview(dist);
  const browser = await launchBrowser();
  try {
    for (const route of ROUTES) {
      const type = pageTypeOf(route, readFileSync(join(dist, route, 'index.html'), 'utf8'));
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const tab = await context.newPage();
      const js = await watchJs(tab, type);
      await tab.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' });
      const bytes = await js.measure();
      const budget = JS_BUDGET[type];
      console.log(
        `${route} [${type}]: before ready ${kb(bytes.beforeReady)} (budget ${kb(beforeReadyBudget(route, type))})${bytes.ready ? '' : ' never ready'}, whole page ${kb(bytes.whole)} (budget ${kb(budget.whole)})`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    stop();
  }
}
