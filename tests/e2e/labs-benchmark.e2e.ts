import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const PATH = '/labs/benchmark/';
const browser = useBrowser();

describe('backend benchmark lab', () => {
  it('times every lab model on WASM beside the matmul ceiling, each figure finite and positive', async () => {
    const { page, errors } = await openPage(browser(), `${PATH}?backend=wasm&timed=1`);
    await page.waitForSelector('[data-lab="benchmark"][data-ready="true"]');
    await page.click('[data-action="start"]');
    await page.waitForSelector('[data-lab="benchmark"][data-status="running"]');
    await page.waitForSelector('[data-lab="benchmark"][data-status="idle"]', { timeout: 120_000 });
    const rows = await page.$$eval('[data-bench-row]', (trs) =>
      trs.map((tr) => ({ ...(tr as HTMLElement).dataset })),
    );
    expect(rows.map((r) => `${r['backend']} ${r['model']}`)).toEqual(
      ['d8', 'd16', 'd24', 'd32', 'd48', 'd72'].map((m) => `wasm ${m}`),
    );
    for (const r of rows) {
      for (const key of ['ms', 'tokensPerSecond', 'flops', 'ceiling']) {
        expect(Number(r[key])).toBeGreaterThan(0);
        expect(Number.isFinite(Number(r[key]))).toBe(true);
      }
      // 6N FLOPs per token: tokens/s × 6N, so FLOP/s / tokens/s grows with width.
      expect(Number(r['flops']) / Number(r['tokensPerSecond'])).toBeGreaterThan(6 * 1536 - 1);
    }
    expect(await page.locator('[data-probe]').textContent()).toMatch(/WebAssembly with threads/);
    expect(await page.locator('table[data-bench]').textContent()).not.toMatch(/NaN|Infinity/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('bad input: a message beside the field and Start disabled', async () => {
    const { page, errors } = await openPage(browser(), `${PATH}?timed=0`);
    await page.waitForSelector('[data-lab="benchmark"][data-ready="true"]');
    expect(await page.locator('[data-error-for="timed"]').textContent()).toMatch(/at least 1/);
    expect(await page.locator('[data-action="start"]').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
