import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../src/lib/calculator';
import { computeFrontierExponents } from '../../../src/lib/chinchillaFrontier';
import {
  CHINCHILLA_BUDGET,
  describeChoices,
  fitChoicesParams,
  replicaCsv,
} from '../../../src/lib/labs/fitChoices';
import { computeFitChoices } from '../../../src/lib/labs/computeFitChoices';
import { readParams } from '../../../src/lib/paramTable';
import { parseRunsCsv } from '../../../src/lib/parseRunsCsv';
import { closeTo, papers } from '../../tolerance';

const raw = (query: string) => readParams(fitChoicesParams, new URLSearchParams(query));
const run = (query: string) => runPlan(fitChoicesParams, (v) => computeFitChoices(v), raw(query));
const hoffmann = papers.hoffmann2022_chinchilla.parametric_fit;
const FAST = 'stop=tight&starts=single';

describe('the fit-choices lab', () => {
  it('defaults to the synthetic Fig. 4 replica: 243 runs, 70M–16B parameters', () => {
    const runs = parseRunsCsv(replicaCsv());
    expect(runs).toHaveLength(243);
    for (const r of runs) {
      expect(r.N).toBeGreaterThanOrEqual(7e7 * 0.9999);
      expect(r.N).toBeLessThanOrEqual(1.6e10 * 1.0001);
    }
  });
  it('reads every choice from the link, with the issue’s defaults', () => {
    const r = raw('');
    expect([r['objective'], r['delta'], r['stop'], r['starts'], r['drop'], r['report']]).toEqual([
      'sum',
      '1e-3',
      'scipy',
      'grid',
      '5',
      'unrounded',
    ]);
    expect(describeChoices(raw('objective=mean'))).toBe(
      'mean · δ 1e-3 · scipy · grid · drop 5 · unrounded',
    );
  });
  it('shows Hoffmann et al.’s printed fit and Epoch’s refit as reference rows on the same runs', () => {
    const out = run(FAST);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const [theirs, epoch] = out.results.references;
    expect(theirs!.row.alpha).toBe(hoffmann.alpha);
    closeTo(theirs!.row.a, computeFrontierExponents('hoffmann2022').a);
    closeTo(epoch!.row.a, 0.3658 / (0.3478 + 0.3658));
    expect(out.results.runs).toBe(238);
    expect(theirs!.row.objective).toBeGreaterThan(out.results.objective);
  });
  it('report=rounded prints E, α, β to two decimals and A, B to one, as the paper did', () => {
    const out = run(`${FAST}&report=rounded`);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const { E, A, B, alpha, beta } = out.results;
    expect([E, alpha, beta].map((v) => Number(v.toFixed(2)))).toEqual([E, alpha, beta]);
    expect([A, B].map((v) => Number(v.toFixed(1)))).toEqual([A, B]);
    expect(out.results.tokensPerParam).toBeGreaterThan(0);
    expect(CHINCHILLA_BUDGET).toBe(
      papers.hoffmann2022_chinchilla.models.shared_training_flops.value,
    );
  });
  it.each([
    ['a bad cell', 'csv=N,D,loss%0A1e9,2e10,2.5%0A2e9,x,2.4', 'csv', /Line 3, column "D"/],
    ['a missing column', 'csv=N,D%0A1e9,2e10', 'csv', /needs columns for loss/],
    ['too many dropped', `${FAST}&drop=300`, 'drop', /must leave some/],
    ['δ of 0', 'delta=0', 'delta', /./],
  ])('puts %s beside its field', (_, query, field, message) => {
    const out = run(query);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[field]).toMatch(message);
  });
});
