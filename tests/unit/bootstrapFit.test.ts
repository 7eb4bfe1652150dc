import { describe, expect, it } from 'vitest';
import { bootstrapFit, makeBootstrap, quantileSorted } from '../../src/lib/bootstrapFit';
import { ConvergenceError, InputError } from '../../src/lib/errors';
import { fitPowerLaw } from '../../src/lib/fitPowerLaw';
import { fitSaturatingPowerLaw } from '../../src/lib/fitSaturatingPowerLaw';
import { makeNormal, makeRandom } from '../../src/lib/random';
import { closeTo } from '../tolerance';

const normal = makeNormal(makeRandom(21));
const points = Array.from({ length: 30 }, (_, i) => 10 ** (7 + i / 10)).map((N) => ({
  N,
  loss: (1.69 + (1e8 / N) ** 0.3) * Math.exp(0.01 * normal()),
}));

describe('quantileSorted(values, q)', () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[10, 20, 30, 40, 50], 0.1, 14],
    [[7], 0.9, 7],
  ])('quantileSorted(%j, %s) = %s (type 7)', (values, q, expected) => {
    closeTo(quantileSorted(values, q), expected);
  });
});

describe('bootstrapFit(points, fit, options)', () => {
  const fit = (s: typeof points) => {
    const f = fitSaturatingPowerLaw(s);
    return { Linf: f.Linf, alpha: f.alpha };
  };
  it('gives a 10%–90% interval of L∞ and α around the truth, the same for the same seed', () => {
    const result = bootstrapFit(points, fit, { seed: 3, resamples: 60 });
    expect(result.quantiles).toEqual([0.1, 0.5, 0.9]);
    expect(result.succeeded + result.failed).toBe(60);
    const [lo, median, hi] = result.percentiles.alpha;
    expect(lo).toBeLessThan(median!);
    expect(median).toBeLessThan(hi!);
    expect(lo).toBeLessThan(0.3 + 0.02);
    expect(hi).toBeGreaterThan(0.3 - 0.02);
    expect(bootstrapFit(points, fit, { seed: 3, resamples: 60 })).toEqual(result);
    expect(bootstrapFit(points, fit, { seed: 4, resamples: 60 }).percentiles.alpha).not.toEqual(
      result.percentiles.alpha,
    );
  });
  it('skips and counts resamples whose fit fails, and throws if none fits', () => {
    let calls = 0;
    const flaky = (s: typeof points) => {
      if (calls++ % 2 === 0) throw new ConvergenceError('no');
      return { alpha: fitPowerLaw(s).alpha };
    };
    const result = bootstrapFit(points, flaky, { resamples: 10, quantiles: [0.025, 0.975] });
    expect([result.succeeded, result.failed]).toEqual([5, 5]);
    expect(result.percentiles.alpha).toHaveLength(2);
    expect(() =>
      bootstrapFit(
        points,
        () => {
          throw new InputError('bad');
        },
        { resamples: 3 },
      ),
    ).toThrow('bootstrapFit: none of the 3 resamples could be fitted');
  });
  it('lets programming errors through', () => {
    expect(() =>
      bootstrapFit(points, () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
  it.each([
    [{ resamples: 0 }, 'resamples must be a positive whole number of resamples, got 0'],
    [{ quantiles: [1.5] }, 'quantiles must lie between 0 and 1, got 1.5'],
    [{ fraction: 0 }, 'fraction must be between 0 and 1, got 0'],
  ])('bootstrapFit(points, fit, %j) throws "%s"', (options, message) => {
    expect(() => bootstrapFit(points, fit, options)).toThrow(
      new InputError(message, Object.keys(options)[0]),
    );
  });
});

describe('makeBootstrap(points, fit, options): one resample per step()', () => {
  const fit = (s: typeof points) => ({ alpha: fitPowerLaw(s).alpha });
  it('ends with what bootstrapFit gives for the same options, and gives the quantiles so far on the way', () => {
    const options = { seed: 5, resamples: 40, quantiles: [0.1, 0.9] };
    const boot = makeBootstrap(points, fit, options);
    expect([boot.total, boot.done()]).toEqual([40, 0]);
    expect(boot.result()).toBeUndefined();
    for (let i = 0; i < 10; i++) expect(boot.step()).toBe(true);
    expect(boot.done()).toBe(10);
    expect(boot.result()).toEqual(bootstrapFit(points, fit, { ...options, resamples: 10 }));
    while (boot.step());
    expect(boot.step()).toBe(false);
    expect(boot.done()).toBe(40);
    expect(boot.result()).toEqual(bootstrapFit(points, fit, options));
  });
  it('has no result while every resample so far has failed', () => {
    const boot = makeBootstrap(points, () => {
      throw new ConvergenceError('no');
    });
    boot.step();
    expect(boot.result()).toBeUndefined();
  });
});
