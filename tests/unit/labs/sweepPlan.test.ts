import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/errors';
import { WIDE_LADDER } from '../../../src/lib/labs/ladder';
import { predictParams } from '../../../src/lib/labs/predictHeldOut';
import { planSweep, sweepParams } from '../../../src/lib/labs/sweepPlan';
import { stepsFor } from '../../../src/lib/labs/trainConfig';
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

describe("ladder=seed-project: the seed project's nano to small", () => {
  it('trains the four seed configs at context 256, each on the token budget (150 steps of 16 × 256)', () => {
    const { values, errors } = parse('ladder=seed-project&backend=webgpu');
    expect(errors).toEqual({});
    const plan = planSweep(values);
    expect(plan.runs.map((r) => [r.name, r.model.nLayer, r.model.dModel, r.model.nCtx])).toEqual([
      ['nano', 2, 64, 256],
      ['micro', 4, 128, 256],
      ['mini', 6, 256, 256],
      ['small', 12, 512, 256],
    ]);
    expect(plan.runs.every((r) => r.train.tokens === 614_400)).toBe(true);
    expect(plan.runs.map((r) => stepsFor(r.model, r.train))).toEqual([150, 150, 150, 150]);
    expect(plan.backend).toBe('webgpu');
  });
  it('asks for a budget of at least one step of its longer context', () => {
    expect(() => planSweep(parse('ladder=seed-project&tokens=2048&batch=16').values)).toThrow(
      /at least one step of 16 × 256 tokens/,
    );
  });
  it('is not offered to predict-and-verify, whose held-out size must be wider than all', () => {
    const ladder = predictParams.find((p) => p.name === 'ladder');
    expect(ladder?.kind === 'choice' && ladder.options.map((o) => o.value)).toEqual([
      'wide',
      'browser',
      'quick',
    ]);
  });
});
