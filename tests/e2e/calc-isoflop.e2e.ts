import { describe, expect, it } from 'vitest';
import { chinchillaFrontier } from '../../src/lib/chinchillaFrontier';
import { searchIsoFlopMinimum } from '../../src/lib/searchIsoFlopMinimum';
import {
  calculatorReady,
  useBrowser,
  openPage,
  resultValue,
  relDiff,
  expectFieldError,
} from './browser';

const PATH = '/calculators/isoflop/';
const browser = useBrowser();

describe('isoflop calculator', () => {
  it('loads a budget and a fit from the query string: closed form and grid search side by side', async () => {
    const { page, errors } = await openPage(
      browser(),
      `${PATH}?C=5.76e23&fit=hoffmann2022-unrounded`,
    );
    await calculatorReady(page);
    const closed = chinchillaFrontier(5.76e23, 'hoffmann2022-unrounded');
    const grid = searchIsoFlopMinimum(5.76e23, 'hoffmann2022-unrounded');
    expect(relDiff(await resultValue(page, 'nOpt'), closed.params)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'dOpt'), closed.tokens)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'lossMin'), closed.loss)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'nOptGrid'), grid.params)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'lossMinGrid'), grid.loss)).toBeLessThan(1e-12);
    // Papers: the unrounded constants put Gopher's budget at 40.4B parameters.
    expect((await resultValue(page, 'nOpt'))! / 1e9).toBeCloseTo(40.4, 1);
    await page.locator('[data-plot] svg').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a custom fit shows its five fields; typing updates the results and the address', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    expect(await page.locator('#field-E').count()).toBe(0);
    await page.getByRole('button', { name: 'Custom, from Hoffmann’s values' }).click();
    await page.fill('#field-C', '1e22');
    await page.fill('#field-beta', '0.3');
    const custom = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.3, source: 'test' };
    expect(
      relDiff(await resultValue(page, 'nOpt'), chinchillaFrontier(1e22, custom).params),
    ).toBeLessThan(1e-12);
    const url = new URL(page.url());
    expect(url.searchParams.get('fit')).toBe('custom');
    expect(url.searchParams.get('beta')).toBe('0.3');
    expect(url.searchParams.get('C')).toBe('1e22');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['?C=1e999', 'C', /too large/],
    ['?C=-1e20', 'C', /at least 60/],
    ['?C=huge', 'C', /must be a number/],
    ['?fit=custom', 'E', /needs the irreducible loss E/],
    ['?fit=custom&E=1.69&A=406.4&B=410.7&alpha=0.34&beta=-1', 'beta', /greater than 0/],
  ])('bad input %s shows a message on %s and no result', (query, field, message) =>
    expectFieldError(browser(), `${PATH}${query}`, field, message),
  );

  it('a hostile C is shown as text, never run as HTML', async () => {
    const hostile = '<script>alert(1)</script>';
    const { page, errors, dialogs } = await openPage(
      browser(),
      `${PATH}?C=${encodeURIComponent(hostile)}&N=${encodeURIComponent(hostile)}`,
    );
    await calculatorReady(page);
    expect(await page.locator('.sl-calc script').count()).toBe(0);
    await expect(page.locator('[data-error-for="C"]').textContent()).resolves.toContain('<script>');
    expect(new URL(page.url()).searchParams.has('N')).toBe(false);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
