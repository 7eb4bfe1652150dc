import { describe, expect, it } from 'vitest';
import {
  forecastErrorPercent,
  forecastHeldOut,
  PREDICT_TOKENS,
  planPredict,
  predictParams,
} from '../../../src/lib/labs/predictHeldOut';
import type { SweepRun } from '../../../src/lib/labs/sweepResults';
import { parseParams, readParams } from '../../../src/lib/paramTable';
import { runsKey } from '../../../src/lib/labs/storedRuns';
import { HELD_OUT_RUN, learningRateFor } from '../../../src/lib/labs/ladder';
import { closeTo } from '../../tolerance';

const parse = (query: string) =>
  parseParams(predictParams, readParams(predictParams, new URLSearchParams(query))).values;
const law = (N: number) => 1.2 + (3e3 / N) ** 0.4;
const run = (d: number, noise = 0): SweepRun => {
  const N = 24 * d * d;
  return {
    name: `d${d}`,
    dModel: d,
    nLayer: 2,
    N,
    tokens: 1,
    steps: 1,
    finalTrainLoss: law(N),
    validationLoss: law(N) * (1 + noise),
    elapsedMs: 1,
    backend: 'wasm',
    curve: [],
  };
};

describe('planPredict(values)', () => {
  it('appends the held-out d_model 72 with its tuned learning rate to the two-decade ladder, 1,228,800 tokens each', () => {
    const plan = planPredict(parse(''));
    expect(plan.runs.map((r) => r.name)).toEqual([
      'd6L1',
      'd12L1',
      'd16',
      'd24',
      'd32',
      'd48',
      'd72',
    ]);
    expect(plan.runs.at(-1)!.train.learningRate).toBe(HELD_OUT_RUN.train.learningRate);
    expect(plan.runs.every((r) => r.train.tokens === PREDICT_TOKENS)).toBe(true);
    expect(PREDICT_TOKENS).toBe(1_228_800);
    expect(plan.target).toBe(72);
    expect(plan.targetN).toBe(124_416); // 12·2·72², 2.25× d48's 55,296
  });
  it('keys its stored runs by every run, the held-out one included', () => {
    const plan = planPredict(parse(''));
    expect(plan.runs.at(-1)!.train.learningRate).toBe(learningRateFor(72));
    expect(plan.key).toBe(runsKey('predict-and-verify', plan.runs));
    expect(planPredict(parse('target=96')).key).not.toBe(plan.key);
  });
  it('carries the budget and seed to the held-out run', () => {
    const plan = planPredict(parse('d_models=8,16,24&target=32&tokens=8192&batch=8&seed=4'));
    expect(plan.runs.at(-1)!.train).toMatchObject({ tokens: 8192, batchSize: 8, seed: 4 });
  });
  it.each([
    ['d_models=8,16&target=32', /at least three/],
    ['d_models=8,16,24&target=16', /must exceed the widest fitted one \(24\)/],
  ])('planPredict(%s) throws', (query, message) => {
    expect(() => planPredict(parse(query))).toThrow(message);
  });
});

describe('forecastHeldOut(runs, N, seed)', () => {
  it('predicts the law it was generated from, inside its interval', () => {
    const runs = [8, 16, 24, 32, 48].map((d, i) =>
      run(d, [0.004, -0.003, 0.002, -0.004, 0.003][i]),
    );
    const N = 24 * 64 * 64;
    const f = forecastHeldOut(runs, N, 1);
    expect(Math.abs(forecastErrorPercent(f.predicted, law(N)))).toBeLessThan(3);
    expect(f.lo).toBeLessThanOrEqual(f.predicted);
    expect(f.hi).toBeGreaterThanOrEqual(f.predicted);
    const again = forecastHeldOut(runs, N, 1); // seeded: the same numbers
    expect([again.predicted, again.lo, again.hi, again.fit.alpha]).toEqual([
      f.predicted,
      f.lo,
      f.hi,
      f.fit.alpha,
    ]);
  });
});

describe('forecastErrorPercent(predicted, measured)', () => {
  it.each([
    [1.545, 1.5, 3],
    [1.5, 1.5, 0],
    [1.47, 1.5, -2],
  ])('forecastErrorPercent(%d, %d) = %d', (p, m, e) => closeTo(forecastErrorPercent(p, m), e));
  it('throws for a measured loss that is not positive', () =>
    expect(() => forecastErrorPercent(1, 0)).toThrow(/positive/));
});
