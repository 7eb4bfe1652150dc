import { describe, expect, it } from 'vitest';
import { fitPowerLaw } from '../../src/lib/fitPowerLaw';
import { calculatorReady, useBrowser, openPage, resultValue, expectFieldError } from './browser';

const PATH = '/calculators/power-law-fit/';
const browser = useBrowser();

describe('power-law-fit calculator (fits in a Web Worker)', () => {
  it('fits the URL’s points and forecasts, matching the library', async () => {
    const { page, errors } = await openPage(
      browser(),
      `${PATH}?x=1e6,1e7,1e8&y=3.5,3.1,2.8&at=1.75e11`,
    );
    await calculatorReady(page);
    const fit = fitPowerLaw([
      { N: 1e6, loss: 3.5 },
      { N: 1e7, loss: 3.1 },
      { N: 1e8, loss: 2.8 },
    ]);
    expect(await resultValue(page, 'alpha')).toBeCloseTo(fit.alpha, 12);
    expect(await resultValue(page, 'prediction')).toBeCloseTo(fit.predict(1.75e11), 12);
    expect(await page.locator('tr.sl-flagged').count()).toBe(1);
    await page.locator('[data-plot] svg').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a saturating law with a bootstrap interval, and typing updates the URL', async () => {
    const { page } = await openPage(
      browser(),
      `${PATH}?x=1e6,1e7,1e8,1e9,1e10&y=4.2,3.5,3.05,2.78,2.6&model=saturating&at=1e11`,
    );
    await calculatorReady(page);
    const low = await resultValue(page, 'predictionLow');
    const high = await resultValue(page, 'predictionHigh');
    const mid = await resultValue(page, 'prediction');
    expect(low! <= mid! && mid! <= high!).toBe(true);
    await page.fill('#field-at', '1e12');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('at') === '1e12');
    await calculatorReady(page);
    expect(await resultValue(page, 'prediction')).toBeLessThan(mid!);
    await page.context().close();
  });

  it.each([
    ['?x=1e6,1e7,1e8&y=3.5,3.1', 'y', /must pair up/],
    ['?x=1e6,1e6&y=3.5,3.4', 'y', /distinct N/],
    ['?x=1e2,1e3&y=1.2,1.1&model=floor&floor=1.5', 'floor', /below the floor/],
    ['?x=1e6,%3Cscript%3E&y=3,2', 'x', /must be a number/],
  ])('bad input %s: message on %s, no result', (query, field, message) =>
    expectFieldError(browser(), `${PATH}${query}`, field, message),
  );

  it('accepts 5,000 pasted points without freezing and refuses more with a message', async () => {
    const { page } = await openPage(browser(), PATH);
    await calculatorReady(page);
    const rows = Array.from(
      { length: 5001 },
      (_, i) => `${1e6 * (1 + i)},${(3 * (1 + i) ** -0.07).toFixed(6)}`,
    ).join('\n');
    // Set the value in one go (Playwright's fill is slow on 100 KB), as a paste would.
    await page.evaluate((text) => {
      const area = document.querySelector<HTMLTextAreaElement>('#field-csv')!;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, rows);
    await expect(page.locator('[data-error-for="csv"]').textContent()).resolves.toMatch(
      /at most 5000/,
    );
    expect(page.url().length).toBeLessThan(2000); // the paste stays out of the link
    await page.context().close();
  });
});
