import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import { dataWall } from '../../../src/lib/calculators/dataWall';
import {
  computeOverfittingPenalty,
  minTokensToAvoidOverfitting,
} from '../../../src/lib/kaplanLossND';
import { readParams } from '../../../src/lib/paramTable';

const run = (query: string) =>
  runCalculator(dataWall, readParams(dataWall.params, new URLSearchParams(query)));

describe('data-wall calculator', () => {
  it('gives Kaplan’s criterion and penalty, and flags a model below the criterion', () => {
    const out = run('N=1e9&D=5e9');
    expect(out.ok && out.results.dMin).toBe(minTokensToAvoidOverfitting(1e9));
    expect(out.ok && out.results.overfitPenalty).toBe(computeOverfittingPenalty(1e9, 5e9));
    expect(out.ok && out.results.bottlenecked).toBe(1);
    expect(
      run('N=1e6&D=1e12').ok &&
        (run('N=1e6&D=1e12') as { results: { bottlenecked: number } }).results.bottlenecked,
    ).toBe(0);
  });
  it('every preset computes, and the synthetic sweep has a knee', () => {
    for (const preset of dataWall.presets)
      expect(run(new URLSearchParams(preset.values).toString()).ok).toBe(true);
    const sweep = run(new URLSearchParams(dataWall.presets[0]!.values).toString());
    expect(sweep.ok && sweep.results.kneeN).toBeGreaterThan(1e6);
  });
  it.each([
    ['x=1e6,1e7,1e8&y=3,2.9,2.8,2.7', 'y', /must pair up: 3 sizes but 4 losses/],
    ['x=1e6,1e7,1e8&y=', 'y', /must pair up: 3 sizes but 0 losses/],
    ['x=1e6,1e7&y=3,2.9', 'x', /at least 3 items/],
    ['tol=0', 'tol', /greater than 0/],
    ['N=-1', 'N', /at least 1/],
    ['N=1e308', 'N', /at most 1 × 10³⁰/],
    ['D=1e999', 'D', /too large/],
  ])('?%s reports on %s', (query, field, message) => {
    const out = run(query);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[field]).toMatch(message);
  });
});
