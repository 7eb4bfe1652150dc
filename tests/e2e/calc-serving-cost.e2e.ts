import { describe, expect, it } from 'vitest';
import { computeDollarsPerFlop } from '../../src/lib/dollarsPerFlop';
import { computeLifetimeDollars, findCrossoverDemand } from '../../src/lib/inferenceCost';
import {
  calculatorReady,
  useBrowser,
  openPage,
  resultValue,
  relDiff,
  expectFieldError,
} from './browser';

const PATH = '/calculators/serving-cost/';
const browser = useBrowser();

describe('serving-cost calculator', () => {
  it('prices two given models from the query string and finds the break-even demand', async () => {
    const { page, errors } = await openPage(
      browser(),
      `${PATH}?N1=13B&D1=260B&N2=7B&D2=1T&served=2T&gpu=a100&mfu=0.5&price=1.5`,
    );
    await calculatorReady(page);
    const perFlop = computeDollarsPerFlop(312e12, 0.5, 1.5);
    const c1 = computeLifetimeDollars(13e9, 260e9, 2e12, perFlop);
    const c2 = computeLifetimeDollars(7e9, 1e12, 2e12, perFlop);
    expect(relDiff(await resultValue(page, 'trainCost1'), c1.training)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'serveCost1'), c1.inference)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'total1'), c1.total)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'trainCost2'), c2.training)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'serveCost2'), c2.inference)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'total2'), c2.total)).toBeLessThan(1e-12);
    const crossing = findCrossoverDemand(
      { params: 13e9, trainTokens: 260e9 },
      { params: 7e9, trainTokens: 1e12 },
    )!;
    expect(relDiff(await resultValue(page, 'crossoverTokens'), crossing.servedTokens)).toBeLessThan(
      1e-12,
    );
    expect(await page.locator('[data-note="crossover"]').count()).toBe(0);
    await page.locator('[data-plot] svg').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Sardana et al.’s example by default: the 7B saves about 17% of the 13B’s lifetime FLOPs', async () => {
    const { page } = await openPage(browser(), PATH);
    await calculatorReady(page);
    const f1 = (await resultValue(page, 'flops1'))!;
    const f2 = (await resultValue(page, 'flops2'))!;
    expect(Math.abs((f1 - f2) / f1 - 0.17)).toBeLessThan(0.02);
    expect(await page.locator('#field-D2').getAttribute('placeholder')).toMatch(/1\.33T/);
    await page.context().close();
  });

  it('when the lines never cross it says so instead of showing a number; typing updates the address', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    await page.fill('#field-D2', '100B');
    await expect(page.locator('[data-note="crossover"]').textContent()).resolves.toMatch(
      /never cross/,
    );
    expect(await page.locator('[data-result="crossoverTokens"]').count()).toBe(0);
    expect(await page.locator('[data-result="total2"]').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('D2')).toBe('100B');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['?N1=abc', 'N1', /must be a number/],
    ['?N2=-7B', 'N2', /greater than 0/],
    ['?served=1e999', 'served', /too large/],
    ['?mfu=2', 'mfu', /at most 1/],
    ['?N2=100M', 'D2', /cannot reach loss/],
  ])('bad input %s shows a message on %s and no result', (query, field, message) =>
    expectFieldError(browser(), `${PATH}${query}`, field, message),
  );

  it('a hostile N1 is shown as text, never run as HTML', async () => {
    const hostile = '<script>alert(1)</script>';
    const { page, errors, dialogs } = await openPage(
      browser(),
      `${PATH}?N1=${encodeURIComponent(hostile)}`,
    );
    await calculatorReady(page);
    expect(await page.locator('.sl-calc script').count()).toBe(0);
    await expect(page.locator('[data-error-for="N1"]').textContent()).resolves.toContain(
      '<script>',
    );
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
