import { describe, expect, it } from 'vitest';
import { findOverfittingKnee } from '../../src/lib/findOverfittingKnee';
import {
  KAPLAN_PENALTY_TOLERANCE,
  computeOverfittingPenalty,
  minTokensToAvoidOverfitting,
} from '../../src/lib/kaplanLossND';
import { calculatorReady, useBrowser, openPage, resultValue, expectFieldError } from './browser';

const PATH = '/calculators/data-wall/';
const browser = useBrowser();

describe('data-wall calculator', () => {
  it('?N=1e9&D=5e9 gives the criterion, the penalty and the verdict', async () => {
    const { page, errors } = await openPage(browser(), `${PATH}?N=1e9&D=5e9`);
    await calculatorReady(page);
    expect(await resultValue(page, 'dMin')).toBeCloseTo(minTokensToAvoidOverfitting(1e9), 0);
    expect(await resultValue(page, 'overfitPenalty')).toBeCloseTo(
      computeOverfittingPenalty(1e9, 5e9),
      12,
    );
    expect(await resultValue(page, 'bottlenecked')).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds the knee of a sweep and rings it on the chart', async () => {
    const x = [1e6, 1e7, 1e8, 1e9, 1e10];
    const y = [4.9, 4.1, 3.45, 3.2, 3.25];
    const { page } = await openPage(
      browser(),
      `${PATH}?N=1e9&D=1e9&x=${x.join(',')}&y=${y.join(',')}`,
    );
    await calculatorReady(page);
    const knee = findOverfittingKnee(
      x.map((N, i) => ({ N, loss: y[i]! })),
      KAPLAN_PENALTY_TOLERANCE,
    );
    expect(await resultValue(page, 'kneeN')).toBe(knee.N);
    await page.locator('[data-plot] svg').first().waitFor();
    await page.context().close();
  });

  it.each([
    ['?x=1e6,1e7,1e8&y=3,2.9,2.8,2.7', 'y', /must pair up/],
    ['?tol=-1', 'tol', /greater than 0/],
    ['?N=abc', 'N', /must be a number/],
  ])('bad input %s: message on %s', (query, field, message) =>
    expectFieldError(browser(), `${PATH}${query}`, field, message),
  );
});
