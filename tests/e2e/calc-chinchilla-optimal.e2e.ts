import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/lib/calculators/chinchillaOptimal';
import {
  calculatorReady,
  useBrowser,
  openPage,
  resultValue,
  relDiff,
  expectFieldError,
} from './browser';

const PATH = '/calculators/chinchilla-optimal/';
const browser = useBrowser();

describe('chinchilla-optimal calculator', () => {
  it.each(['tokens20', 'hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const)(
    '?C=5.76e23&fit=%s matches the library',
    async (fit) => {
      const { page, errors } = await openPage(browser(), `${PATH}?C=5.76e23&fit=${fit}`);
      await calculatorReady(page);
      const want = allocate(fit, { C: 5.76e23 });
      expect(relDiff(await resultValue(page, 'params'), want.params)).toBeLessThan(1e-12);
      expect(relDiff(await resultValue(page, 'tokens'), want.tokens)).toBeLessThan(1e-12);
      expect(relDiff(await resultValue(page, 'flops'), 5.76e23)).toBeLessThan(1e-12);
      if (want.loss === undefined) expect(await resultValue(page, 'loss')).toBeNull();
      else expect(relDiff(await resultValue(page, 'loss'), want.loss)).toBeLessThan(1e-12);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('solves from a model size and updates the URL when the fit changes', async () => {
    const { page } = await openPage(browser(), `${PATH}?N=70B`);
    await calculatorReady(page);
    expect(relDiff(await resultValue(page, 'tokens'), 1.4e12)).toBeLessThan(1e-12);
    await page.selectOption('#field-fit', 'besiroglu2024');
    expect(new URL(page.url()).searchParams.get('fit')).toBe('besiroglu2024');
    expect(relDiff(await resultValue(page, 'params'), 70e9)).toBeLessThan(1e-9);
    await page.locator('[data-plot] svg').first().waitFor();
    await page.context().close();
  });

  it.each([
    ['?C=5e23&N=70B', 'N', /not both/],
    ['?C=-1', 'C', /greater than 0/],
    ['?C=abc', 'C', /must be a number/],
    ['?C=1e999', 'C', /too large/],
    ['?C=5e23&fit=%3Cscript%3E', 'fit', /must be one of/],
  ])('bad input %s: message on %s, no result', (query, field, message) =>
    expectFieldError(browser(), `${PATH}${query}`, field, message),
  );
});
