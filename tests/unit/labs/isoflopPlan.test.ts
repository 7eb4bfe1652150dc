import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/errors';
import {
  ISOFLOP_MAX_STEPS,
  ISOFLOP_MIN_STEPS,
  isoflopParams,
  isoflopSteps,
  planIsoFlop,
  shortBudget,
} from '../../../src/lib/labs/isoflopPlan';
import { runsKey } from '../../../src/lib/labs/storedRuns';
import { learningRateFor } from '../../../src/lib/labs/ladder';
import { parseParams, readParams } from '../../../src/lib/paramTable';
import { stepsFor } from '../../../src/lib/labs/trainConfig';
import { closeTo } from '../../tolerance';

const parse = (query: string) =>
  parseParams(isoflopParams, readParams(isoflopParams, new URLSearchParams(query)));

describe('planIsoFlop(values)', () => {
  it('defaults to C = 3e10 and 6e10 over widths 8–24, keeping the widths that get 50–2,000 steps', () => {
    const { values, errors } = parse('');
    expect(errors).toEqual({});
    const plan = planIsoFlop(values);
    expect(plan.budgets).toEqual([3e10, 6e10]);
    expect(plan.runs.map((r) => r.name)).toEqual([
      '3e10/d8',
      '3e10/d12',
      '3e10/d16',
      '3e10/d24',
      '6e10/d12',
      '6e10/d16',
      '6e10/d24',
    ]);
    // d8 at 6e10 would take 3,179 steps of 32 × 64 tokens.
    expect(plan.skipped).toEqual([{ budget: 6e10, dModel: 8, steps: 3179 }]);
    expect(plan.backend).toBeUndefined();
    expect(JSON.parse(plan.key)).toMatchObject({ lab: 'isoflop' });
    expect(plan.key).toBe(runsKey('isoflop', plan.runs));
  });

  it('gives each run D = C/(6N) with N = 24·d², the width’s learning rate and the budget it belongs to', () => {
    const plan = planIsoFlop(
      parse('budgets=3e10&d_models=12,16,24&batch=16&seed=9&backend=wasm').values,
    );
    for (const r of plan.runs) {
      const N = 24 * r.model.dModel ** 2;
      expect(r.budget).toBe(3e10);
      closeTo(r.train.tokens, 3e10 / (6 * N));
      expect(r.train.learningRate).toBe(learningRateFor(r.model.dModel));
      expect(r.train).toMatchObject({ batchSize: 16, seed: 9 });
      const steps = stepsFor(r.model, r.train);
      expect(steps).toBe(isoflopSteps(3e10, r.model.dModel, 16));
      expect(steps).toBeGreaterThanOrEqual(ISOFLOP_MIN_STEPS);
      expect(steps).toBeLessThanOrEqual(ISOFLOP_MAX_STEPS);
    }
    expect(plan.backend).toBe('wasm');
  });

  it.each([
    ['budgets=1e8', 'budgets', /only 0 of the widths get 50–2000 steps \(d8: 6,/],
    ['budgets=3e10,3e10', 'budgets', /must all differ/],
    ['d_models=8,8,16', 'd_models', /must all differ/],
    ['d_models=8,12.5,16', 'd_models', /whole numbers/],
  ])('%s: an InputError on %s', (query, field, text) => {
    const run = () => planIsoFlop(parse(query).values);
    expect(run).toThrow(InputError);
    expect(run).toThrow(text);
    try {
      run();
    } catch (error) {
      expect((error as InputError).field).toBe(field);
    }
  });

  it('rejects a budget of zero and a single width before planning', () => {
    expect(parse('budgets=0').errors['budgets']).toMatch(/at least/);
    expect(parse('d_models=8').errors['d_models']).toMatch(/at least 3 items/);
  });
});

describe('shortBudget(C)', () => {
  it.each([
    [3e10, '3e10'],
    [1.5e11, '1.5e11'],
    [1e9, '1e9'],
  ])('%d → %s', (C, text) => expect(shortBudget(C)).toBe(text));
});
