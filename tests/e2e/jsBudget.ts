import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** The kinds of built page, each with its own JavaScript budgets. */
export type PageType = 'calculator' | 'workerCalculator' | 'lab' | 'exercise' | 'guide' | 'prose';

/**
 * A page's type from its route and built HTML: no island makes it prose; otherwise its section
 * names it. A calculator served without results (its note says it is computing) gets them from a
 * Web Worker.
 */
export function pageTypeOf(route: string, html: string): PageType {
  if (!html.includes('<astro-island')) return 'prose';
  if (route.startsWith('/calculators/'))
    return html.includes('data-result=') ? 'calculator' : 'workerCalculator';
  if (route.startsWith('/labs/')) return 'lab';
  if (route.startsWith('/exercises/')) return 'exercise';
  return 'guide';
}

/**
 * What "ready" means per page type: the first result with its value, a lab or exercise that has
 * read its URL, a guide page's first hydrated island. A prose page has no island: its whole
 * JavaScript counts, at the load event.
 */
export const READY_SELECTOR: Record<PageType, string | null> = {
  calculator: '[data-calculator][data-ready="true"] [data-result][data-value]',
  workerCalculator: '[data-calculator][data-ready="true"] [data-result][data-value]',
  lab: '[data-lab][data-ready="true"]',
  exercise: '[data-exercise][data-ready="true"], [data-progress-list][data-ready="true"]',
  guide: 'astro-island:not([ssr])',
  prose: null,
};

/**
 * Gzip budgets in bytes. `beforeReady`: every script whose request started before the page's
 * first result or island was ready (READY_SELECTOR), inline scripts included. Observable Plot
 * with d3 (about 127 KB) is requested only after the results have painted, and Starlight's search
 * UI (Pagefind's, 27 KB) only when a reader reaches for search
 * (src/components/starlight/pagefindOnIntent.ts), so neither counts before ready.
 * `whole`: every script the page loads. Island pages carry Solid, the island and Plot; the two fit
 * calculators also load their Web Worker (fitters and the CSV parser), measured at 220 KB in all.
 */
export const JS_BUDGET: Record<PageType, { beforeReady: number; whole: number }> = {
  calculator: { beforeReady: 60_000, whole: 240_000 },
  // The fit calculators' results wait for their Web Worker; their islands load only the views
  // (fitRunsView, powerLawFitView), never the fitters or the CSV parser: 50 KB measured.
  workerCalculator: { beforeReady: 60_000, whole: 240_000 },
  lab: { beforeReady: 60_000, whole: 240_000 },
  exercise: { beforeReady: 60_000, whole: 240_000 },
  guide: { beforeReady: 60_000, whole: 240_000 },
  // Starlight's theme, sidebar and search button (its UI loads on first use): 7 KB measured.
  prose: { beforeReady: 15_000, whole: 15_000 },
};

/**
 * Pages whose first result needs more than their type allows, and why. The parameter audit is
 * ready once its Web Worker has built the model with TensorFlow.js and counted its weights (the
 * worker is 80 KB).
 */
export const BEFORE_READY_OVERRIDES: Readonly<Record<string, number>> = {
  '/labs/parameter-audit/': 120_000,
};

/** The before-ready budget of `route`, a page of `type`. */
export const beforeReadyBudget = (route: string, type: PageType): number =>
  BEFORE_READY_OVERRIDES[route] ?? JS_BUDGET[type].beforeReady;

/** Gzipped JavaScript a page fetched: before it was ready, and in all. */
export interface JsBytes {
  beforeReady: number;
  whole: number;
  /** Whether READY_SELECTOR matched within the wait; beforeReady is the whole page when it did not. */
  ready: boolean;
}

/**
 * Watches `tab` (call before `goto`): records the start time and gzipped size of every script it
 * fetches (its Web Workers' included), and the moment `READY_SELECTOR[type]` first matches. `measure`
 * scrolls the first island into view (client:visible ones hydrate only then), waits for ready and
 * for the network to fall quiet, and sums the bytes, inline scripts included.
 */
export async function watchJs(
  tab: Page,
  type: PageType,
): Promise<{ measure: (timeoutMs?: number) => Promise<JsBytes> }> {
  const scripts: Promise<{ url: string; start: number; bytes: number }>[] = [];
  let pending = 0;
  let lastActivity = Date.now();
  tab.on('request', () => {
    pending += 1;
    lastActivity = Date.now();
  });
  const settle = () => {
    pending -= 1;
    lastActivity = Date.now();
  };
  tab.on('requestfinished', settle);
  tab.on('requestfailed', settle);
  tab.on('response', (response) => {
    const request = response.request();
    const url = new URL(response.url()).pathname;
    if (request.resourceType() !== 'script' && !/\.m?js$/.test(url)) return;
    scripts.push(
      response.body().then(
        (body) => ({ url, start: request.timing().startTime, bytes: gzipSync(body).length }),
        () => ({ url, start: request.timing().startTime, bytes: 0 }),
      ),
    );
  });
  const selector = READY_SELECTOR[type];
  if (selector) {
    // A string, not a function: a bundler's helpers (tsx names functions) would not exist in the page.
    await tab.addInitScript(`(() => {
      const check = () => {
        if (window.__jsReadyAt === undefined && document.querySelector(${JSON.stringify(selector)})) window.__jsReadyAt = performance.timeOrigin + performance.now();
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    })();`);
  }

  const measure = async (timeoutMs = 20_000): Promise<JsBytes> => {
    // An island is display: contents (no box to scroll to), so scroll to what it rendered.
    await tab.evaluate(() =>
      document
        .querySelector('astro-island > :not(template, script, style)')
        ?.scrollIntoView({ block: 'center' }),
    );
    const ready =
      !selector ||
      (await tab
        .waitForFunction(
          () => (window as unknown as { __jsReadyAt?: number }).__jsReadyAt !== undefined,
          undefined,
          { timeout: timeoutMs },
        )
        .then(
          () => true,
          () => false,
        ));
    // Quiet: nothing in flight for half a second (Plot arrives after the first paint).
    const deadline = Date.now() + timeoutMs;
    while ((pending > 0 || Date.now() - lastActivity < 500) && Date.now() < deadline)
      await tab.waitForTimeout(100);
    const readyAt = await tab.evaluate(
      () => (window as unknown as { __jsReadyAt?: number }).__jsReadyAt ?? Infinity,
    );
    const inline = await tab.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .map((s) => s.textContent ?? '')
        .join('\n'),
    );
    const inlineBytes = gzipSync(inline).length;
    const all = await Promise.all(scripts);
    const sum = (xs: typeof all) => xs.reduce((a, s) => a + s.bytes, 0);
    return {
      beforeReady: inlineBytes + sum(all.filter((s) => s.start <= readyAt)),
      whole: inlineBytes + sum(all),
      ready,
    };
  };
  return { measure };
}
