// fit-runs in the browser, watched: what the page showed after each change, with its time, so
// the end-to-end test and the browser benchmark can see the estimate, the intervals and the end.
import type { Page } from 'playwright-core';

/** Pastes into fit-runs' "Runs (CSV)" box without waiting for anything; returns the page's clock at the paste. */
export function pasteNow(page: Page, text: string): Promise<number> {
  return page.getByLabel('Runs (CSV)').evaluate((area, value) => {
    (area as HTMLTextAreaElement).value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    return performance.now();
  }, text);
}

/** What the page showed at one moment, as recorded by watchResults. */
export interface Snapshot {
  t: number;
  stale: boolean;
  alpha: number | null;
  alphaLow: number | null;
  bootstrap: string | null;
  progressValue: number | null;
  progressText: string | null;
}
export type Watched = { __seen: Snapshot[] };

/** Runs in the page: records a Snapshot after every change of the calculator's DOM. */
export function watchResults() {
  const root = document.querySelector('[data-calculator="fit-runs"]')!;
  const num = (sel: string) => {
    const v = root.querySelector(sel)?.getAttribute('data-value');
    return v == null ? null : Number(v);
  };
  const seen: Snapshot[] = [];
  (window as unknown as Watched).__seen = seen;
  const record = () => {
    const bar = root.querySelector('[data-bootstrap]');
    seen.push({
      t: performance.now(),
      stale: root.getAttribute('data-stale') === 'true',
      alpha: num('[data-result="alpha"]'),
      alphaLow: num('[data-result="alphaLow"]'),
      bootstrap: bar?.getAttribute('data-bootstrap') ?? null,
      progressValue: (bar?.querySelector('progress') as HTMLProgressElement | null)?.value ?? null,
      progressText: bar?.textContent?.trim() ?? null,
    });
  };
  new MutationObserver(record).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

/**
 * Where, in what the page showed after a paste at `t0`, the new estimate first appeared alone,
 * the first interval with the bar still running, and the final intervals (indices into the
 * returned `fresh`; −1 when never seen). `before` is the α shown before the paste.
 */
export function findStages(seen: readonly Snapshot[], t0: number, before: number | null) {
  const fresh = seen.filter((s) => s.t >= t0 && !s.stale && s.alpha !== null && s.alpha !== before);
  return {
    fresh,
    estimate: fresh.findIndex((s) => s.alphaLow === null && s.bootstrap === 'running'),
    firstInterval: fresh.findIndex((s) => s.alphaLow !== null && s.bootstrap === 'running'),
    final: fresh.findIndex((s) => s.bootstrap === 'done'),
  };
}

/**
 * Installs watchResults in the page. tsx (npm run bench) compiles with esbuild's keepNames, which
 * wraps named functions in `__name(...)`, a helper the page lacks: a no-op one is defined first.
 */
export async function installWatch(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(watchResults);
}
