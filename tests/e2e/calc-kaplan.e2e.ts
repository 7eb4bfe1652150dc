import { describe, expect, it } from 'vitest';
import { allocateKaplanCompute } from '../../src/lib/kaplanAllocation';
import {
  predictKaplanLossCmin,
  predictKaplanLossD,
  predictKaplanLossN,
} from '../../src/lib/kaplanLoss';
import {
  computeOverfittingPenalty,
  minTokensToAvoidOverfitting,
  predictKaplanLossND,
} from '../../src/lib/kaplanLossND';
import { computeCriticalBatch, predictKaplanLossNS } from '../../src/lib/kaplanSteps';
import { papers } from '../tolerance';
import { calculatorReady, useBrowser, openPage, resultValue, relDiff } from './browser';

const PATH = '/calculators/kaplan/';
const browser = useBrowser();

describe('kaplan calculator', () => {
  it('loads N, D, Cmin, S, B from the query string and matches the library', async () => {
    const { page, errors } = await openPage(
      browser(),
      `${PATH}?N=1e9&D=2e10&Cmin=10&S=1e5&B=1M&set=sec4.2`,
    );
    await calculatorReady(page);
    const lossNS = predictKaplanLossNS(1e9, 1e5, 1e6);
    const expected: Record<string, number> = {
      lossN: predictKaplanLossN(1e9),
      lossD: predictKaplanLossD(2e10),
      lossC: predictKaplanLossCmin(10),
      lossND: predictKaplanLossND(1e9, 2e10, 'sec4.2'),
      lossNS,
      criticalBatch: computeCriticalBatch(lossNS),
      dMin: minTokensToAvoidOverfitting(1e9),
      overfitPenalty: computeOverfittingPenalty(1e9, 2e10, 'sec4.2'),
      nOpt: allocateKaplanCompute(10).params,
    };
    for (const [name, value] of Object.entries(expected))
      expect(relDiff(await resultValue(page, name), value), name).toBeLessThan(1e-12);
    // Kaplan Eq. 1.1 at N = 1e9 (papers.json example check).
    expect(await resultValue(page, 'lossN')).toBeCloseTo(
      papers.example_checks.kaplan_L_of_N_1e9.loss,
      5,
    );
    await page.locator('[data-plot] svg').first().waitFor();
    expect(await page.locator('[data-plot] > *').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the switch picks the Sec. 1 constants for L(N, D), and typing updates the address', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    await page.selectOption('#field-set', 'sec1');
    await page.fill('#field-N', '3B');
    await page.fill('#field-D', '60B');
    expect(
      relDiff(await resultValue(page, 'lossND'), predictKaplanLossND(3e9, 60e9, 'sec1')),
    ).toBeLessThan(1e-12);
    const url = new URL(page.url());
    expect(url.searchParams.get('set')).toBe('sec1');
    expect(url.searchParams.get('N')).toBe('3B');
    expect(url.searchParams.get('D')).toBe('60B');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['N', 'abc', /must be a number/],
    ['N', '-5', /at least 1/],
    ['D', '1e999', /too large/],
    ['Cmin', '0', /greater than 0/],
    ['S', '', /empty/],
  ])(
    'bad input %s=%s shows a message beside the field and no result',
    async (field, value, message) => {
      const { page, errors } = await openPage(
        browser(),
        `${PATH}?${field}=${encodeURIComponent(value)}`,
      );
      await calculatorReady(page);
      await expect(page.locator(`[data-error-for="${field}"]`).textContent()).resolves.toMatch(
        message,
      );
      expect(await page.locator('[data-result]').count()).toBe(0);
      await expect(page.locator('.sl-results').textContent()).resolves.not.toMatch(/NaN|Infinity/);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('a hostile N is shown as text, never run as HTML', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { page, errors, dialogs } = await openPage(
      browser(),
      `${PATH}?N=${encodeURIComponent(hostile)}`,
    );
    await calculatorReady(page);
    expect(await page.locator('.sl-calc img, .sl-calc script').count()).toBe(0);
    await expect(page.locator('[data-error-for="N"]').textContent()).resolves.toContain('<script>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
