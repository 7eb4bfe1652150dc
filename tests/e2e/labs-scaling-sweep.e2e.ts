import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LEGACY_SWEEP_STORAGE_KEY, SWEEP_STORAGE_KEY } from '../../src/lib/labs/storedRuns';
import { openPage, resultValue, useBrowser } from './browser';

const PATH = '/labs/scaling-sweep/';
const browser = useBrowser();
const ready = (page: Page) => page.waitForSelector('[data-lab="scaling-sweep"][data-ready="true"]');

/** Presses Start and waits for the sweep to finish; returns the wall time in seconds. */
async function runSweep(page: Page, timeout: number): Promise<number> {
  const t0 = Date.now();
  await page.click('[data-action="start"]');
  await page.waitForSelector('[data-lab="scaling-sweep"][data-status="running"]');
  await page.waitForSelector('[data-lab="scaling-sweep"][data-status="idle"]', { timeout });
  return (Date.now() - t0) / 1000;
}

/** Loss curves as the page stored them (the runs' first and last training losses). */
async function storedRuns(
  page: Page,
): Promise<{ name: string; curve: { loss: number }[]; validationLoss: number; backend: string }[]> {
  return page.evaluate((key) => {
    const all = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown[]>;
    return Object.values(all).flat() as {
      name: string;
      curve: { loss: number }[];
      validationLoss: number;
      backend: string;
    }[];
  }, SWEEP_STORAGE_KEY);
}

describe('scaling-sweep lab', () => {
  it.each([
    ['wasm', '?d_models=8,16,24&tokens=98304&batch=16&seed=7&backend=wasm', 3, 120_000],
    ['webgpu', '?d_models=8,16&tokens=2048&batch=4&seed=3&backend=webgpu', 2, 240_000],
  ])(
    'a tiny sweep on %s: the loss falls, the fit appears, and reloading the URL restores settings and runs',
    async (backend, query, sizes, timeout) => {
      const { page, errors } = await openPage(browser(), `${PATH}${query}`);
      await ready(page);
      expect(await page.locator('[data-result]').count()).toBe(1); // the backend only: no fit before Start
      await runSweep(page, timeout);
      expect(await page.locator('[data-message]').count()).toBe(0);
      expect(await page.locator('[data-result="backend"]').getAttribute('data-value')).toBe(
        backend,
      );
      const runs = await storedRuns(page);
      expect(runs.map((r) => r.name)).toEqual(sizes === 3 ? ['d8', 'd16', 'd24'] : ['d8', 'd16']);
      for (const r of runs) {
        expect(r.backend).toBe(backend);
        expect(r.curve.at(-1)!.loss).toBeLessThan(r.curve[0]!.loss); // the loss falls
        expect(r.validationLoss).toBeLessThan(Math.log(40));
      }
      expect(Number.isFinite(await resultValue(page, 'alpha'))).toBe(true);
      expect(await resultValue(page, 'r2')).not.toBeNull();
      expect(await resultValue(page, 'elapsedSeconds')).toBeGreaterThan(0);
      await page.locator('[data-plot] svg').nth(1).waitFor();
      const link = await page.locator('a[data-link="power-law-fit"]').getAttribute('href');
      expect(link).toMatch(/^\/calculators\/power-law-fit\/\?x=\d+,\d+/);
      const alpha = await resultValue(page, 'alpha');

      await page.reload({ waitUntil: 'load' });
      await ready(page);
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject(
        Object.fromEntries(new URLSearchParams(query)),
      );
      expect(await page.inputValue('#field-d_models')).toBe(sizes === 3 ? '8,16,24' : '8,16');
      expect(await page.inputValue('#field-seed')).toBe(new URLSearchParams(query).get('seed'));
      expect(await page.inputValue('#field-backend')).toBe(backend);
      await page.waitForSelector('[data-result="alpha"]');
      expect(await resultValue(page, 'alpha')).toBe(alpha);
      expect(await page.locator('[data-run]').count()).toBe(sizes);
      // Each row carries its N: 12·n_layer·d_model² with 2 layers (Kaplan et al. 2020, Sec. 2.1).
      const ns = await page.$$eval('tr[data-run]', (rows) =>
        rows.map((r) => Number(r.getAttribute('data-run-n'))),
      );
      expect(ns).toEqual([8, 16, 24].slice(0, sizes).map((d) => 12 * 2 * d * d));
      expect(errors).toEqual([]);
      await page.context().close();
    },
    300_000,
  );

  it('the CSV download holds one row per size', async () => {
    const { page } = await openPage(
      browser(),
      `${PATH}?d_models=8,16&tokens=4096&batch=8&seed=5&backend=wasm`,
    );
    await ready(page);
    await runSweep(page, 60_000);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="csv"]'),
    ]);
    const text = await (
      await import('node:fs/promises')
    ).readFile((await download.path())!, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/^name,d_model,n_layer,non_embedding_params/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['d8', 'd16']);
    await page.context().close();
  }, 120_000);

  /** Waits until the page has stored `count` finished runs (polled in the page). */
  const storedCount = (page: Page, count: number, timeout = 120_000) =>
    page.waitForFunction(
      ([key, n]) =>
        Object.values(
          JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown[]>,
        ).flat().length >= n,
      [SWEEP_STORAGE_KEY, count] as const,
      { timeout, polling: 50 },
    );

  it('closing the tab mid-run keeps the finished size; the next Start trains only the missing one', async () => {
    const query = '?d_models=8,48&tokens=65536&batch=16&seed=4&backend=wasm';
    const first = await openPage(browser(), `${PATH}${query}`);
    await ready(first.page);
    await first.page.click('[data-action="start"]');
    await storedCount(first.page, 1);
    // d48 is training now: close the tab under it.
    expect(await first.page.getAttribute('[data-lab="scaling-sweep"]', 'data-status')).toBe(
      'running',
    );
    const context = first.page.context();
    await first.page.close();

    // The same browser profile (its localStorage), as when the reader reopens the page.
    const { page, errors } = await openPage(browser(), `${PATH}${query}`, { context });
    await ready(page);
    await page.waitForSelector('[data-run="d8"]', { state: 'attached' });
    expect(await page.locator('[data-run]').count()).toBe(1);
    const [d8] = await storedRuns(page);
    await runSweep(page, 120_000);
    const runs = await storedRuns(page);
    expect(runs.map((r) => r.name)).toEqual(['d8', 'd48']);
    expect(runs[0]).toEqual(d8); // not trained again
    expect(await page.locator('[data-message]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('switching backend mid-run: settings lock, Stop says what happened, and the rest trains on the new backend', async () => {
    const { page, errors } = await openPage(
      browser(),
      `${PATH}?d_models=8,16,24&tokens=16384&batch=4&seed=6&backend=wasm`,
    );
    await ready(page);
    await page.click('[data-action="start"]');
    await page.waitForSelector('[data-note="locked"]');
    expect(await page.locator('#field-backend').isDisabled()).toBe(true);
    await storedCount(page, 1);
    await page.click('[data-action="stop"]');
    await page.waitForSelector('[data-lab="scaling-sweep"][data-status="idle"]', {
      timeout: 60_000,
    });
    expect(await page.locator('[data-message]').textContent()).toMatch(
      /d16: stopped by the reader after \d+ of 64 steps\. Finished sizes are kept\./,
    );
    await page.selectOption('#field-backend', 'cpu');
    expect(new URL(page.url()).searchParams.get('backend')).toBe('cpu');
    expect(await page.locator('[data-run]').count()).toBe(1); // d8 survives the change of backend
    await runSweep(page, 180_000);
    const runs = await storedRuns(page);
    expect(runs.map((r) => [r.name, r.backend])).toEqual([
      ['d8', 'wasm'],
      ['d16', 'cpu'],
      ['d24', 'cpu'],
    ]);
    expect(await page.locator('[data-result="backend"]').getAttribute('data-value')).toBe('cpu');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('runs stored under the v1 key (no learning rate) are dropped with a one-line notice, never shown', async () => {
    const query = '?d_models=8,16,24&tokens=614400&batch=16&seed=1&backend=wasm';
    const { page, errors } = await openPage(browser(), `${PATH}${query}`);
    await ready(page);
    const run = (d: number) => ({
      name: `d${d}`,
      dModel: d,
      nLayer: 2,
      N: 24 * d * d,
      tokens: 614_400,
      steps: 600,
      finalTrainLoss: 2,
      validationLoss: 2,
      elapsedMs: 1000,
      backend: 'wasm',
      curve: [{ tokens: 614_400, loss: 2 }],
    });
    const v1 = { '{"d":[8,16,24],"tokens":614400,"batchSize":16,"seed":1}': [8, 16, 24].map(run) };
    await page.evaluate(([k, text]) => localStorage.setItem(k, text), [
      LEGACY_SWEEP_STORAGE_KEY,
      JSON.stringify(v1),
    ] as const);
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    expect(await page.locator('[data-notice="legacy-runs"]').textContent()).toMatch(
      /^Dropped 3 runs saved by an earlier version of this site/,
    );
    expect(await page.locator('[data-run]').count()).toBe(0);
    expect(
      await page.evaluate((k) => localStorage.getItem(k), LEGACY_SWEEP_STORAGE_KEY),
    ).toBeNull();
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    expect(await page.locator('[data-notice="legacy-runs"]').count()).toBe(0); // said once
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the seed project's ladder on wasm: timed before Start, said to take hours, and Start asks first", async () => {
    const { page, errors, dialogs } = await openPage(
      browser(),
      `${PATH}?ladder=seed-project&backend=wasm`,
    );
    await ready(page);
    expect(await page.locator('[data-action="start"]').textContent()).toMatch(/Timing|Start/);
    const estimate = page.locator('[data-estimate]');
    await estimate.waitFor({ timeout: 120_000 });
    // nano is always timed; small (12 × 512) never probes on two CPU cores: it is scaled by FLOPs.
    const text = (await estimate.textContent()) ?? '';
    expect(text).toMatch(
      /^This ladder would take about .+ on this browser \(wasm\): nano .+ \(150 steps at \d+ ms, timed\)/,
    );
    expect(text).toMatch(/small .+ \(scaled from (nano|micro|mini) by FLOPs per step\)/);
    expect(text).toMatch(/more than 10 minutes/);
    expect(Number(await estimate.getAttribute('data-seconds'))).toBeGreaterThan(600);
    expect(await estimate.getAttribute('data-long')).toBe('true');

    // Start asks first: nothing trains until the reader confirms.
    await page.click('[data-action="start"]');
    await page.waitForSelector('[data-confirm]');
    expect(await page.getAttribute('[data-lab="scaling-sweep"]', 'data-status')).toBe('idle');
    await page.click('[data-action="cancel-start"]');
    expect(await page.locator('[data-confirm]').count()).toBe(0);
    await page.click('[data-action="start"]');
    await page.click('[data-action="use-default-ladder"]');
    expect(new URL(page.url()).searchParams.get('ladder')).toBe('wide');
    // The default ladder is small enough to need no probe: no estimate, Start trains at once.
    await page.waitForFunction(() => !document.querySelector('[data-estimate]'));
    expect(await page.locator('[data-action="start"]').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the page is cross-origin isolated (COOP/COEP), so WASM may use threads', async () => {
    const { page } = await openPage(browser(), PATH);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await page.context().close();
  });

  it.each([
    ['?tokens=0', 'tokens', /greater than 0/],
    ['?d_models=8', 'd_models', /at least 2 items/],
    ['?seed=abc', 'seed', /number/],
    ['?d_models=8,8', 'd_models', /must all differ/],
  ])('bad input %s: a message on %s and Start stays disabled', async (query, field, message) => {
    const { page, errors, dialogs } = await openPage(browser(), `${PATH}${query}`);
    await ready(page);
    await expect(page.locator(`[data-error-for="${field}"]`).textContent()).resolves.toMatch(
      message,
    );
    expect(await page.locator('[data-action="start"]').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});
