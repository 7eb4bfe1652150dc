import { describe, expect, it } from 'vitest';
import { isoflop } from '../../../src/lib/calculators/isoflop';
import { chinchillaFrontier } from '../../../src/lib/chinchillaFrontier';
import { searchIsoFlopMinimum } from '../../../src/lib/searchIsoFlopMinimum';
import { closeTo, papers } from '../../tolerance';
import { checkPlain, errorsOf, resultsOf } from './runQuery';

const fit = papers.hoffmann2022_chinchilla.parametric_fit;

describe('isoflop.compute(values)', () => {
  it.each(['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const)(
    'closed form and grid search agree with the library (%s)',
    (set) => {
      const r = resultsOf(isoflop, `C=5.76e23&fit=${set}`);
      const closed = chinchillaFrontier(5.76e23, set);
      closeTo(r.nOpt, closed.params);
      closeTo(r.dOpt, closed.tokens);
      closeTo(r.lossMin, closed.loss);
      closeTo(r.tokensPerParam, closed.tokensPerParam);
      closeTo(r.nOptGrid, searchIsoFlopMinimum(5.76e23, set).params);
      closeTo(r.nOptGrid, r.nOpt, 1e-6);
      closeTo(r.lossMinGrid, r.lossMin, 1e-12);
      closeTo(6 * r.nOpt * r.dOpt, 5.76e23, 1e-12);
      checkPlain(isoflop, r);
    },
  );

  it('rounded vs unrounded constants move N_opt at Gopher’s budget from 32.2B to 40.4B (papers: discrepancies)', () => {
    expect(papers.discrepancies.some((d: string) => d.includes('32.2B to 40.4B'))).toBe(true);
    closeTo(resultsOf(isoflop, 'C=5.76e23&fit=hoffmann2022').nOpt / 1e9, 32.2, 1e-3);
    closeTo(resultsOf(isoflop, 'C=5.76e23&fit=hoffmann2022-unrounded').nOpt / 1e9, 40.4, 1e-3);
  });

  it('a custom fit with the printed constants gives the printed set’s answer', () => {
    const q = `fit=custom&E=${fit.E}&A=${fit.A}&B=${fit.B}&alpha=${fit.alpha}&beta=${fit.beta}`;
    const custom = resultsOf(isoflop, q);
    const printed = resultsOf(isoflop, 'fit=hoffmann2022');
    closeTo(custom.nOpt, printed.nOpt);
    closeTo(custom.nOptGrid, printed.nOptGrid);
  });

  it('draws five profiles with their minima, your budget labelled', () => {
    const r = resultsOf(isoflop, 'C=1e21');
    expect(r.profiles).toHaveLength(5);
    expect(r.minima.filter((m) => m.label === 'your budget')).toEqual([
      { x: r.nOpt, y: r.lossMin, label: 'your budget' },
    ]);
    for (const [i, p] of r.profiles.entries()) {
      const lowest = Math.min(...p.points.map((q) => q.y));
      expect(lowest).toBeGreaterThanOrEqual(r.minima[i]!.y - 1e-12);
    }
  });

  it.each([
    ['C=-1', 'C', /at least 60/],
    ['C=1e999', 'C', /too large/],
    ['C=lots', 'C', /must be a number/],
    ['fit=kaplan', 'fit', /must be one of/],
    ['fit=custom', 'E', /custom loss model needs the irreducible loss E/],
    ['fit=custom&E=1.69&A=406.4&B=410.7&alpha=0.34', 'beta', /needs the exponent β/],
    ['fit=custom&E=1.69&A=406.4&B=410.7&alpha=-0.34&beta=0.28', 'alpha', /greater than 0/],
  ])('?%s gives a message on %s', (query, field, message) => {
    expect(errorsOf(isoflop, query)[field]).toMatch(message);
  });
});
