import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/errors';
import { WIDE_LADDER } from '../../../src/lib/labs/ladder';
import { planSweep, sweepParams } from '../../../src/lib/labs/sweepPlan';
import { parseParams, readParams } from '../../../src/lib/paramTable';

const parse = (query: string) =>
  parseParams(sweepParams, readParams(sweepParams, new URLSearchParams(query)));

describe('planSweep(values)', () => {
  it('defaults to the two-decade ladder with its tuned learning rates, fastest backend', () => {
    const { values, errors } = parse('');
    expect(errors).toEqual({});
    const plan = planSweep(values);
    expect(plan.runs.map((r) => r.model.dModel)).toEqual([6, 12, 16, 24, 32, 48]);
    expect(plan.runs.map((r) => r.model.nLayer)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(plan.runs.map((r) => r.train.learningRate)).toEqual(
      WIDE_LADDER.map((r) => r.train.learningRate),
    );
    expect(plan.runs[0]!.train.reportEvery).toBe(10);
    expect(plan.backend).toBeUndefined();
  });

  it('d_models replaces the ladder, sorted, with budget, batch, seed and backend from the URL', () => {
    const plan = planSweep(
      parse('ladder=quick&d_models=24,8,16&tokens=4096&batch=4&seed=7&backend=webgpu').values,
    );
    expect(plan.runs.map((r) => r.name)).toEqual(['d8', 'd16', 'd24']);
    expect(
      plan.runs.every(
        (r) => r.train.tokens === 4096 && r.train.batchSize === 4 && r.train.seed === 7,
      ),
    ).toBe(true);
    expect(plan.runs[0]!.train.reportEvery).toBe(2); // 16 steps: a report every 2
    expect(plan.backend).toBe('webgpu');
  });

  it('d_models=8,16,24,32,48 shares the browser ladder’s key only because it trains the same configs', () => {
    const ladder = planSweep(parse('ladder=browser').values);
    const typed = planSweep(parse('d_models=8,16,24,32,48').values);
    expect(typed.runs).toEqual(ladder.runs);
    expect(typed.key).toBe(ladder.key);
    expect(planSweep(parse('d_models=8,16,24,32').values).key).not.toBe(ladder.key);
  });

  it('the key changes with the seed and not with the backend', () => {
    const a = planSweep(parse('seed=1&backend=wasm').values).key;
    expect(planSweep(parse('seed=1&backend=cpu').values).key).toBe(a);
    expect(planSweep(parse('seed=2&backend=wasm').values).key).not.toBe(a);
  });

  it.each([
    ['tokens=0', 'tokens', /greater than 0/],
    ['d_models=8', 'd_models', /at least 2 items/],
    ['seed=abc', 'seed', /number/],
    ['d_models=8,300', 'd_models', /at most 256/],
    ['backend=tpu', 'backend', /must be one of/],
  ])('parse(%s) flags %s', (query, field, message) => {
    expect(parse(query).errors[field]).toMatch(message);
  });

  it.each([
    ['d_models=8,8', 'd_models', /must all differ/],
    ['d_models=8,16.5', 'd_models', /whole numbers/],
    ['tokens=100', 'tokens', /at least one step/],
  ])('planSweep(%s) throws an InputError on %s', (query, field, message) => {
    const { values } = parse(query);
    expect(() => planSweep(values)).toThrow(message);
    try {
      planSweep(values);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe(field);
    }
  });
});
