import { describe, expect, it } from 'vitest';
import { computeEffectiveData, predictDataConstrainedLoss } from '../../src/lib/dataConstrained';
import { computeQualityWeightedTokens } from '../../src/lib/qualityWeightedTokens';
import { papers } from '../tolerance';
import {
  calculatorReady,
  useBrowser,
  openPage,
  resultValue,
  relDiff,
  expectFieldError,
} from './browser';

const PATH = '/calculators/data-constrained/';
const browser = useBrowser();

describe('data-constrained calculator', () => {
  it('reproduces the datablations example and a quality-weighted mix from the query string', async () => {
    const { page, errors } = await openPage(
      browser(),
      `${PATH}?N=6.34e9&D=242e9&U=25e9&tokens=100,200,50&quality=1.2,0.7,1.5`,
    );
    await calculatorReady(page);
    const vector =
      papers.other_anchors.muennighoff2023_data_constrained.official_test_vectors[
        'L(N=6.34e9, D=242e9, U=25e9)'
      ];
    expect(relDiff(await resultValue(page, 'loss'), vector)).toBeLessThan(1e-12);
    expect(
      relDiff(await resultValue(page, 'loss'), predictDataConstrainedLoss(6.34e9, 242e9, 25e9)),
    ).toBeLessThan(1e-12);
    expect(
      relDiff(await resultValue(page, 'effectiveTokens'), computeEffectiveData(242e9, 25e9)),
    ).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'epochs'), 242 / 25)).toBeLessThan(1e-12);
    expect(
      relDiff(
        await resultValue(page, 'effective'),
        computeQualityWeightedTokens([100, 200, 50], [1.2, 0.7, 1.5]),
      ),
    ).toBeLessThan(1e-12);
    await page.locator('[data-plot] svg').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('typing changes the results and the address bar', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    await page.fill('#field-D', '100B');
    await page.fill('#field-quality', '1, 1, 2');
    expect(
      relDiff(await resultValue(page, 'effectiveTokens'), computeEffectiveData(100e9, 25e9)),
    ).toBeLessThan(1e-12);
    expect(await resultValue(page, 'effective')).toBe(400);
    const url = new URL(page.url());
    expect(url.searchParams.get('D')).toBe('100B');
    expect(url.searchParams.get('quality')).toBe('1, 1, 2');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['?tokens=100,200,50&quality=1.2,0.7', 'quality', /same length, got 3 and 2/],
    ['?U=300B', 'U', /cannot exceed D/],
    ['?N=-1', 'N', /at least 1/],
    ['?D=1e999', 'D', /too large/],
    ['?U=lots', 'U', /must be a number/],
    ['?tokens=1,x,3', 'tokens', /item 2/],
  ])('bad input %s shows a message on %s and no result', (query, field, message) =>
    expectFieldError(browser(), `${PATH}${query}`, field, message),
  );

  it('a hostile N is shown as text, never run as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { page, errors, dialogs } = await openPage(
      browser(),
      `${PATH}?N=${encodeURIComponent(hostile)}&tokens=${encodeURIComponent(hostile)}`,
    );
    await calculatorReady(page);
    expect(await page.locator('.sl-calc img').count()).toBe(0);
    await expect(page.locator('[data-error-for="N"]').textContent()).resolves.toContain('<img');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
