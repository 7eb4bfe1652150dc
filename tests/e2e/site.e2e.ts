import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './browser';
import { distDir } from './chromium';
import { JS_BUDGET, beforeReadyBudget, pageTypeOf, watchJs } from './jsBudget';

/**
 * Site-wide checks over every built page: internal links resolve, nothing is requested from
 * another host, axe finds no serious or critical violation, no console errors, each page type
 * stays within its JavaScript budgets (gzip bytes of the scripts it loads before its first result
 * or island is ready, and in all: JS_BUDGET in jsBudget.ts), and at a phone's width
 * the page never scrolls sideways (wide display maths scrolls inside its own box instead).
 */
const DIST = distDir();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** URL path of a built file: dist/a/b/index.html → /a/b/. */
const routeOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;
const pages = htmlFiles(DIST).map((file) => ({
  file,
  route: routeOf(file),
  html: readFileSync(file, 'utf8'),
}));

/** The dist file a same-site path resolves to, or undefined. */
function resolveTarget(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Attribute values in built HTML escape '&' as &amp; or &#x26;. */
const decodeEntities = (value: string) => value.replace(/&(amp|#x26|#38);/g, '&');

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** A phone's viewport (an iPhone 12–15 is 390 CSS pixels wide), and the desktop one axe checks at. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 720 };

/**
 * At the current width: the document's scroll and client widths, the last few elements that stick
 * out past the right edge when it scrolls sideways, and any .katex-display wider than its box
 * that cannot scroll (clipped). Runs in the page.
 */
const measureOverflow = () => {
  const root = document.documentElement;
  const sticking =
    root.scrollWidth > root.clientWidth
      ? [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(-3)
          .map(
            (el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`,
          )
      : [];
  const clipped = [...document.querySelectorAll('.katex-display')]
    .filter(
      (el) =>
        el.scrollWidth > el.clientWidth &&
        !['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
    )
    .map((el) => (el.textContent ?? '').slice(0, 60));
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, sticking, clipped };
};

describe('every built page', () => {
  it('has been built: the home page and every section index exist', () => {
    const routes = pages.map((p) => p.route);
    for (const section of [
      '/',
      '/guide/',
      '/calculators/',
      '/exercises/',
      '/labs/',
      '/cheat-sheet/',
      '/reference/',
    ]) {
      expect(routes).toContain(section);
    }
  });

  it('has no broken internal links or anchors', () => {
    const broken: string[] = [];
    for (const { route, html } of pages) {
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (
          !value ||
          /^(https?:|mailto:|data:|javascript:|#?$)/.test(value) ||
          value.startsWith('//')
        )
          continue;
        const url = new URL(decodeEntities(value), `http://site${route}`);
        const target = resolveTarget(url.pathname);
        if (!target) {
          broken.push(`${route}: ${attr}="${value}" → nothing at ${url.pathname}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (
          anchor &&
          target.endsWith('.html') &&
          !idsOf(readFileSync(target, 'utf8')).has(anchor)
        ) {
          broken.push(`${route}: ${value} → no element with id "${anchor}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

// One browser for every page: launching one per page cost about half a second each.
const browser = useBrowser();
/** axe-core's source, read once and injected into each page after its JavaScript is measured. */
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

// Pages are checked three at a time (maxConcurrency in vitest.e2e.config.ts), each in its own
// browser context: most of a check is waiting for the network to go idle, so this shortens the
// pass over ~80 pages without making any one check less strict.
describe.concurrent.each(pages.map((p) => [p.route, p] as const))('page %s', (route, page) => {
  it('requests nothing from other hosts, logs no errors, has no serious a11y violations, fits its JS budget and fits a phone', async ({
    expect,
  }) => {
    // Loaded at a phone's width, as a phone would; then widened for the desktop checks.
    const context = await browser().newContext({ viewport: PHONE });
    const tab = await context.newPage();
    const origin = new URL(baseUrl()).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    const type = pageTypeOf(route, page.html);
    const js = await watchJs(tab, type);
    tab.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    tab.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== `${origin}${route}`)
        errors.push(`${response.status()} ${response.url()}`);
    });
    tab.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    // measure() waits for the page to be ready and then for the network to be quiet (nothing in
    // flight for half a second), so the load event is enough here: networkidle waited for that twice.
    await tab.goto(`${origin}${route}`, { waitUntil: 'load' });
    const jsBytes = await js.measure();
    await tab.addScriptTag({ content: AXE });
    const narrow = await tab.evaluate(measureOverflow);
    // Boxes that scroll at this width must take keyboard focus (only this rule: it is the one the width changes).
    const unfocusable = await tab.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, {
        runOnly: ['scrollable-region-focusable'],
        resultTypes: ['violations'],
      });
      return (result.violations as { nodes: { target: string[] }[] }[]).flatMap((v) =>
        v.nodes.map((n) => n.target.join(' ')),
      );
    });
    await tab.setViewportSize(DESKTOP);
    const violations = await tab.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return (
        (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          // The one known upstream finding: Starlight's search button shows "Search Ctrl K" but is
          // labelled "Search". Any other node failing this rule still fails the test.
          .map((v) =>
            v.id !== 'label-content-name-mismatch'
              ? v
              : {
                  ...v,
                  nodes: v.nodes.filter((n) => n.target.join(' ') !== 'button[data-open-modal=""]'),
                },
          )
          .filter((v) => v.nodes.length > 0)
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          )
      );
    });

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(
      narrow.sticking,
      `at ${PHONE.width} px the page scrolls sideways (${narrow.scrollWidth} > ${narrow.clientWidth})`,
    ).toEqual([]);
    expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.clientWidth);
    expect(narrow.clipped).toEqual([]);
    expect(unfocusable).toEqual([]);
    expect(jsBytes.ready, `${type} page: READY_SELECTOR never matched`).toBe(true);
    expect(jsBytes.beforeReady, `${type}: gzipped JS before ready`).toBeLessThanOrEqual(
      beforeReadyBudget(route, type),
    );
    expect(jsBytes.whole, `${type}: gzipped JS in all`).toBeLessThanOrEqual(JS_BUDGET[type].whole);
    if (type === 'prose') expect(await tab.locator('astro-island').count()).toBe(0);
    await context.close();
  });
});

describe('search', () => {
  const SEARCH_UI = /\/_astro\/ui-core\.[\w-]+\.js$/;

  it('loads Pagefind’s UI only when asked: Ctrl+K opens the dialog with the search box focused, and a query finds the page', async () => {
    const context = await browser().newContext({ viewport: DESKTOP });
    const tab = await context.newPage();
    const scripts: string[] = [];
    tab.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await tab.goto(`${baseUrl()}/guide/`, { waitUntil: 'networkidle' });
    expect(scripts.filter((path) => SEARCH_UI.test(path))).toEqual([]);
    await tab.keyboard.press('Control+k');
    const input = tab.locator('#starlight__search input');
    await expect
      .poll(() => input.evaluate((el) => el === document.activeElement).catch(() => false))
      .toBe(true);
    await input.pressSequentially('IsoFLOP');
    const results = tab.locator('#starlight__search .pagefind-ui__result-link');
    await results.first().waitFor();
    await expect(results.allTextContents()).resolves.toContain('IsoFLOP profiles');
    await tab.keyboard.press('Escape');
    expect(await tab.locator('site-search dialog').getAttribute('open')).toBeNull();
    await context.close();
  });

  it('opens from the search button at a phone’s width too', async () => {
    const context = await browser().newContext({ viewport: PHONE });
    const tab = await context.newPage();
    await tab.goto(`${baseUrl()}/calculators/training-compute/`, { waitUntil: 'networkidle' });
    await tab.getByRole('button', { name: 'Search' }).click();
    const input = tab.locator('#starlight__search input');
    await input.waitFor();
    await input.fill('Chinchilla');
    await tab.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
    await context.close();
  });
});
