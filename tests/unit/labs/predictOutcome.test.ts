import { describe, expect, it } from 'vitest';
import { planPredict, predictParams } from '../../../src/lib/labs/predictHeldOut';
import { PREDICT_WAITING, predictOutcome } from '../../../src/lib/labs/predictOutcome';
import { parseParams, readParams } from '../../../src/lib/paramTable';
import { closeTo } from '../../tolerance';
import { law, run } from './sweepFixture';

// The browser ladder held out at d64, so the fixture's five widths and law stay as they were.
const plan = planPredict(
  parseParams(
    predictParams,
    readParams(predictParams, new URLSearchParams('ladder=browser&target=64')),
  ).values,
);
const smaller = [8, 16, 24, 32, 48].map((d) => run(d));

describe('predictOutcome(runs, plan)', () => {
  it('waits without a plan, or until every smaller size has finished', () => {
    expect(predictOutcome(smaller, undefined)).toMatchObject({
      ok: false,
      errors: { _: PREDICT_WAITING },
      fitted: [],
    });
    const o = predictOutcome(smaller.slice(0, 4), plan);
    expect(o).toMatchObject({ ok: false, errors: { _: PREDICT_WAITING }, curve: [] });
    expect(o.fitted).toHaveLength(4);
  });

  it('forecasts d64 from the five smaller sizes on L = 1.2 + (3000/N)^0.4, before it trains', () => {
    const o = predictOutcome(smaller, plan);
    if (!o.ok) throw new Error(o.errors['_']);
    expect(Math.abs(o.results.predicted - law(98_304))).toBeLessThan(1e-3);
    expect(o.results.predictedLo).toBeLessThanOrEqual(o.results.predicted);
    expect(o.results.predictedHi).toBeGreaterThanOrEqual(o.results.predicted);
    expect(Math.abs(o.results.alpha - 0.4)).toBeLessThan(1e-3);
    expect(o.results.measured).toBeUndefined();
    expect(o.heldOut).toBeUndefined();
    // The curve spans the fitted sizes and the held-out N: [1536/1.5, 98304·1.5].
    closeTo(o.curve[0]!.x, 1536 / 1.5);
    closeTo(o.curve.at(-1)!.x, 98_304 * 1.5);
  });

  it('once d64 has trained, compares: 100·(forecast − measured)/measured', () => {
    const measured = 1.45;
    const o = predictOutcome([...smaller, run(64, measured)], plan);
    if (!o.ok) throw new Error(o.errors['_']);
    expect(o.heldOut?.name).toBe('d64');
    expect(o.fitted).toHaveLength(5);
    expect(o.results.measured).toBe(measured);
    closeTo(o.results.errorPercent!, (100 * (o.results.predicted - measured)) / measured);
    closeTo(o.results.elapsedSeconds, 192); // elapsedMs = 1000·d: Σ d over d = 8…64
  });
});
