import { describe, expect, it } from 'vitest';
import { predictExactMatch } from '../../src/lib/emergence';
import { measureLateRise } from '../../src/lib/measureLateRise';
import {
  calculatorReady,
  useBrowser,
  openPage,
  resultValue,
  relDiff,
  expectFieldError,
} from './browser';

const PATH = '/calculators/emergence/';
const browser = useBrowser();

describe('emergence calculator', () => {
  it('scores a per-token curve from the query string with p^k and a threshold', async () => {
    const x = [1e8, 1e9, 1e10, 1e11];
    const p = [0.6, 0.8, 0.9, 0.97];
    const { page, errors } = await openPage(
      browser(),
      `${PATH}?x=${x.join(',')}&p=${p.join(',')}&k=12&threshold=0.85`,
    );
    await calculatorReady(page);
    expect(
      relDiff(await resultValue(page, 'exactMatchAtSmallest'), predictExactMatch(0.6, 12)),
    ).toBeLessThan(1e-12);
    expect(
      relDiff(await resultValue(page, 'exactMatchAtLargest'), predictExactMatch(0.97, 12)),
    ).toBeLessThan(1e-12);
    expect(
      relDiff(await resultValue(page, 'lateRisePerToken'), measureLateRise(x, p)!),
    ).toBeLessThan(1e-12);
    expect(
      relDiff(
        await resultValue(page, 'lateRiseExactMatch'),
        measureLateRise(
          x,
          p.map((v) => v ** 12),
        )!,
      ),
    ).toBeLessThan(1e-12);
    expect(await resultValue(page, 'emergenceSize')).toBe(1e10);
    await page.locator('[data-plot] svg').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('typing a longer answer makes the rise later, and the address follows', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    await page.fill('#field-k', '1');
    const one = (await resultValue(page, 'lateRiseExactMatch'))!;
    await page.fill('#field-k', '40');
    expect((await resultValue(page, 'lateRiseExactMatch'))!).toBeGreaterThan(one);
    expect(new URL(page.url()).searchParams.get('k')).toBe('40');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when accuracy never reaches the threshold', async () => {
    const { page } = await openPage(browser(), `${PATH}?threshold=0.999`);
    await calculatorReady(page);
    await expect(page.locator('[data-note="emergence"]').textContent()).resolves.toMatch(
      /never reaches the threshold/,
    );
    expect(await page.locator('[data-result="emergenceSize"]').count()).toBe(0);
    await page.context().close();
  });

  it.each([
    ['?x=1e8,1e9,1e10&p=0.5,0.6', 'p', /3 sizes but 2 accuracies/],
    ['?k=1e999', 'k', /too large/],
    ['?k=-3', 'k', /at least 1/],
    ['?threshold=abc', 'threshold', /must be a number/],
    ['?x=1e9,1e8&p=0.5,0.6', 'x', /must increase/],
  ])('bad input %s shows a message on %s and no result', (query, field, message) =>
    expectFieldError(browser(), `${PATH}${query}`, field, message),
  );

  it('a hostile p is shown as text, never run as HTML', async () => {
    const hostile = '<script>alert(1)</script>';
    const { page, errors, dialogs } = await openPage(
      browser(),
      `${PATH}?p=${encodeURIComponent(`${hostile},0.5`)}&x=1e8,1e9`,
    );
    await calculatorReady(page);
    expect(await page.locator('.sl-calc script').count()).toBe(0);
    await expect(page.locator('[data-error-for="p"]').textContent()).resolves.toContain('<script>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
