import { describe, expect, it } from 'vitest';
import { countParameters } from '../../src/lib/countParameters';
import { findTransformerPreset } from '../../src/lib/transformerPresets';
import { calculatorReady, useBrowser, openPage, resultValue } from './browser';

const PATH = '/calculators/parameters/';
const browser = useBrowser();

describe('parameters calculator', () => {
  it('?preset=llama3-8b shows the library’s exact count, by component, with a bar chart', async () => {
    const { page, errors } = await openPage(browser(), `${PATH}?preset=llama3-8b`);
    await calculatorReady(page);
    const want = countParameters(findTransformerPreset('llama3-8b')!.config);
    expect(await resultValue(page, 'total')).toBe(want.total);
    expect(await resultValue(page, 'nonEmbedding')).toBe(want.nonEmbedding);
    expect(
      Number(await page.locator('[data-component="attention"]').getAttribute('data-value')),
    ).toBe(want.attention);
    await page.locator('[data-plot] svg').first().waitFor();
    expect(await page.locator('#field-layers').count()).toBe(0); // a preset hides the custom fields
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('typing a custom shape updates the count and the URL', async () => {
    const { page } = await openPage(browser(), PATH);
    await calculatorReady(page);
    await page.fill('#field-layers', '4');
    await page.fill('#field-dModel', '256');
    await expect(page.locator('[data-error-for="heads"]').textContent()).resolves.toMatch(
      /must divide the width \(256\)/,
    );
    await page.fill('#field-heads', '8');
    const url = new URL(page.url());
    expect(url.searchParams.get('layers')).toBe('4');
    expect(await resultValue(page, 'approx12Ld2')).toBe(12 * 4 * 256 * 256);
    await page.context().close();
  });

  it.each([
    ['?heads=7', 'heads', /must divide the width/],
    ['?layers=-2', 'layers', /at least 1/],
    ['?dModel=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'dModel', /must be a number/],
  ])('bad input %s shows a message on %s', async (query, field, message) => {
    const { page, errors, dialogs } = await openPage(browser(), `${PATH}${query}`);
    await calculatorReady(page);
    await expect(page.locator(`[data-error-for="${field}"]`).textContent()).resolves.toMatch(
      message,
    );
    expect(await page.locator('[data-result]').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});
