import { describe, expect, it } from 'vitest';
import { modelStateBytes, bytesPerParam } from '../../src/lib/modelStateMemory';
import { calculatorReady, expectFieldError, openPage, resultValue, useBrowser } from './browser';

const browser = useBrowser();

describe('training-memory calculator', () => {
  it('?N=7.5e9&dp=64&zero=2&gpu=v100 gives ZeRO Fig. 1’s 16.6 GB per GPU, fits, and draws the bar', async () => {
    const { page, errors } = await openPage(
      browser(),
      '/calculators/training-memory/?N=7.5e9&dp=64&zero=2&gpu=v100',
    );
    await calculatorReady(page);
    const expected = modelStateBytes(7.5e9, bytesPerParam('bf16', 'adamw'), {
      dp: 64,
      tp: 1,
      pp: 1,
      zero: 2,
    }).total;
    expect(await resultValue(page, 'modelStatesPerGpu')).toBe(expected);
    expect(await resultValue(page, 'fits')).toBe(1);
    expect(await page.locator('[data-verdict="fits"]').count()).toBe(1);
    await page.locator('[data-plot] svg').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it('a layout that does not fit says by how much and what would fit', async () => {
    const { page } = await openPage(
      browser(),
      '/calculators/training-memory/?N=7.5e9&dp=64&zero=0&gpu=v100',
    );
    await calculatorReady(page);
    expect(await resultValue(page, 'fits')).toBe(0);
    await expect(page.locator('[data-verdict="does-not-fit"]').textContent()).resolves.toMatch(
      /short by .*ZeRO stage 1/,
    );
    await page.context().close();
  });
  it.each([
    ['?preset=llama3-70b&tp=3', 'tp', /must divide the 64 heads/],
    ['?preset=llama3-70b&pp=3', 'pp', /must divide the 80 layers/],
    ['?layers=32&experts=8&topK=9', 'topK', /at most the 8 experts/],
    ['?gpu=custom&memory=0', 'memory', /greater than 0/],
  ])('bad input %s: message on %s', (query, field, message) =>
    expectFieldError(browser(), `/calculators/training-memory/${query}`, field, message),
  );
});

describe('inference-memory calculator', () => {
  it('Llama 2 7B’s shape at 4,096 tokens keeps a 2 GiB KV cache', async () => {
    const { page, errors } = await openPage(
      browser(),
      '/calculators/inference-memory/?layers=32&dModel=4096&heads=32&kvHeads=32&headDim=128&dFf=11008&vocab=32000&ctx=4096&batch=1',
    );
    await calculatorReady(page);
    expect(await resultValue(page, 'kvPerToken')).toBe(2 ** 19);
    expect(await resultValue(page, 'kvCache')).toBe(2 * 2 ** 30);
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it('?preset=mixtral-8x7b&weightBytes=0.5 holds all experts’ weights', async () => {
    const { page } = await openPage(
      browser(),
      '/calculators/inference-memory/?preset=mixtral-8x7b&weightBytes=0.5&ctx=32768',
    );
    await calculatorReady(page);
    expect(await resultValue(page, 'weights')).toBe(46_702_792_704 * 0.5);
    await page.context().close();
  });
  it.each([
    ['?ctx=0', 'ctx', /at least 1/],
    ['?kvHeads=5', 'kvHeads', /must divide the 32 query heads/],
  ])('bad input %s: message on %s', (query, field, message) =>
    expectFieldError(browser(), `/calculators/inference-memory/${query}`, field, message),
  );
});
