import { describe, expect, it } from 'vitest';
import { emergence } from '../../../src/lib/calculators/emergence';
import { applyThresholdMetric, predictExactMatch } from '../../../src/lib/emergence';
import { measureLateRise } from '../../../src/lib/measureLateRise';
import { closeTo } from '../../tolerance';
import { checkPlain, errorsOf, resultsOf } from './runQuery';

const X = [1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11, 3e11, 1e12];
const P = [0.5, 0.64, 0.75, 0.832, 0.888, 0.927, 0.952, 0.969, 0.98];

describe('emergence.compute(values)', () => {
  it('scores the default smooth curve with p^k and a threshold, as the library does', () => {
    const r = resultsOf(emergence, '');
    closeTo(r.exactMatchAtSmallest, predictExactMatch(0.5, 20));
    closeTo(r.exactMatchAtLargest, predictExactMatch(0.98, 20));
    closeTo(r.lateRisePerToken, measureLateRise(X, P)!);
    closeTo(
      r.lateRiseExactMatch!,
      measureLateRise(
        X,
        P.map((p) => p ** 20),
      )!,
    );
    const first = applyThresholdMetric(P, 0.9).indexOf(1);
    expect(r.emergenceSize).toBe(X[first]);
    checkPlain(emergence, r);
  });

  it('makes Schaeffer et al. 2023’s point: p rises early, p^k late', () => {
    const r = resultsOf(emergence, '');
    expect(r.lateRisePerToken).toBeLessThan(0.3);
    expect(r.lateRiseExactMatch).toBeGreaterThan(0.8);
  });

  it('with k = 1 exact match is the per-token accuracy', () => {
    const r = resultsOf(emergence, 'k=1');
    closeTo(r.lateRiseExactMatch!, r.lateRisePerToken);
    closeTo(r.exactMatchAtLargest, 0.98);
  });

  it('the thresholded line is a step: it jumps straight up at the first size past the threshold', () => {
    const steps = resultsOf(emergence, '').curves[2]!.points;
    const jump = steps.findIndex((p, i) => i > 0 && p.y !== steps[i - 1]!.y);
    expect(steps[jump]!.x).toBe(steps[jump - 1]!.x);
    expect(steps.map((p) => p.y).filter((y) => y !== 0 && y !== 1)).toEqual([]);
  });

  it('says so when p never reaches the threshold, instead of a size', () => {
    const r = resultsOf(emergence, 'threshold=0.99');
    expect(r.emergenceSize).toBeUndefined();
    expect(r.note).toMatch(/never reaches the threshold 0\.99/);
  });

  it.each([
    ['p=0.5,0.6', 'p', /9 sizes but 2 accuracies/],
    ['x=1,3,2,4,5,6,7,8,9', 'x', /must increase: item 3/],
    ['p=0.5,0.6,0.7,0.8,0.9,0.95,0.97,0.98,1.2', 'p', /item 9.*at most 1/],
    ['k=2.5', 'k', /whole number/],
    ['k=0', 'k', /at least 1/],
    ['k=1e999', 'k', /too large/],
    ['threshold=-0.1', 'threshold', /at least 0/],
    ['x=a,b', 'x', /must be a number/],
    ['p=0.9,0.8,0.7,0.6,0.5,0.4,0.3,0.2,0.1', 'p', /must rise/],
    ['x=1e8&p=0.5', 'x', /at least 2 items/],
  ])('?%s gives a message on %s', (query, field, message) => {
    expect(errorsOf(emergence, query)[field]).toMatch(message);
  });
});
