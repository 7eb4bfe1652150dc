import { describe, expect, it } from 'vitest';
import { benchmarkParams, planBenchmark } from '../../../src/lib/labs/benchmarkPlan';
import { parseParams, readParams } from '../../../src/lib/paramTable';

const parse = (query: string) =>
  parseParams(benchmarkParams, readParams(benchmarkParams, new URLSearchParams(query)));

describe('planBenchmark(values)', () => {
  it('defaults to all four backends over the sweep ladder and the held-out d72, 3 timed steps', () => {
    const { values, errors } = parse('');
    expect(errors).toEqual({});
    const plan = planBenchmark(values);
    expect(plan.backends).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(plan.runs.map((r) => r.name)).toEqual(['d8', 'd16', 'd24', 'd32', 'd48', 'd72']);
    expect(plan.runs.every((r) => r.train.batchSize === 16 && r.model.nCtx === 64)).toBe(true);
    expect(plan.timed).toBe(3);
  });

  it('measures one backend when the URL names it', () => {
    expect(planBenchmark(parse('backend=wasm&timed=7').values)).toMatchObject({
      backends: ['wasm'],
      timed: 7,
    });
  });

  it.each([
    ['timed=0', 'timed'],
    ['timed=abc', 'timed'],
    ['timed=1e999', 'timed'],
    ['backend=<script>', 'backend'],
  ])('%s: an error beside %s', (query, field) => {
    expect(parse(query).errors[field]).toBeTruthy();
  });
});
