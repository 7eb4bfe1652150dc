import { describe, expect, it } from 'vitest';
import { kaplan } from '../../../src/lib/calculators/kaplan';
import { allocateKaplanCompute } from '../../../src/lib/kaplanAllocation';
import {
  predictKaplanLossCmin,
  predictKaplanLossD,
  predictKaplanLossN,
} from '../../../src/lib/kaplanLoss';
import {
  computeOverfittingPenalty,
  minTokensToAvoidOverfitting,
  predictKaplanLossND,
} from '../../../src/lib/kaplanLossND';
import { computeCriticalBatch, predictKaplanLossNS } from '../../../src/lib/kaplanSteps';
import { closeTo, papers } from '../../tolerance';
import { checkPlain, errorsOf, resultsOf } from './runQuery';

const k = papers.kaplan2020;

describe('kaplan.compute(values)', () => {
  it('gives every law of the library at the defaults', () => {
    const r = resultsOf(kaplan, '');
    closeTo(r.lossN, predictKaplanLossN(1e9));
    closeTo(r.lossD, predictKaplanLossD(22.9e9));
    closeTo(r.lossC, predictKaplanLossCmin(1));
    closeTo(r.lossND, predictKaplanLossND(1e9, 22.9e9, 'sec4.2'));
    closeTo(r.lossNS, predictKaplanLossNS(1e9, 250e3, 524288));
    closeTo(r.criticalBatch, computeCriticalBatch(r.lossNS));
    closeTo(r.dMin, minTokensToAvoidOverfitting(1e9));
    closeTo(r.overfitPenalty, computeOverfittingPenalty(1e9, 22.9e9, 'sec4.2'));
    closeTo(r.nOpt, allocateKaplanCompute(1).params);
    checkPlain(kaplan, r);
  });

  it('matches the paper: L(N = 1e9) = 2.3756 (Eq. 1.1), N_opt(1 PF-day) = 1.3e9 (Table 6), B_crit = B_*/L^(1/α_B) (Eq. 1.4)', () => {
    const r = resultsOf(kaplan, 'N=1e9&Cmin=1');
    closeTo(r.lossN, papers.example_checks.kaplan_L_of_N_1e9.loss, 2e-6);
    closeTo(r.nOpt, k.optimal_allocation_empirical.table_6_compute_efficient_constants.N_opt.N_e);
    closeTo(
      r.criticalBatch,
      k.power_laws.alpha_B.B_star_tokens / r.lossNS ** (1 / k.power_laws.alpha_B.value),
    );
    closeTo(r.lossC, (k.power_laws.alpha_C_min.C_c_min / 1) ** k.power_laws.alpha_C_min.value);
  });

  it('dMin is 5·10³·N^0.74 (Sec. 4.2), where the Sec. 4.2 penalty is near the 0.02 noise level', () => {
    const N = 1e9;
    const r = resultsOf(kaplan, `N=${N}&D=${minTokensToAvoidOverfitting(N)}`);
    closeTo(r.dMin, 5e3 * N ** 0.74);
    expect(r.overfitPenalty).toBeGreaterThan(0.015);
    expect(r.overfitPenalty).toBeLessThan(0.025);
  });

  it('the switch changes L(N, D) and δL to the Sec. 1 constants, and nothing else', () => {
    const a = resultsOf(kaplan, 'set=sec4.2');
    const b = resultsOf(kaplan, 'set=sec1');
    closeTo(b.lossND, predictKaplanLossND(1e9, 22.9e9, 'sec1'));
    closeTo(b.overfitPenalty, computeOverfittingPenalty(1e9, 22.9e9, 'sec1'));
    expect(b.lossND).not.toBe(a.lossND);
    for (const name of [
      'lossN',
      'lossD',
      'lossC',
      'lossNS',
      'criticalBatch',
      'dMin',
      'nOpt',
    ] as const)
      expect(b[name]).toBe(a[name]);
  });

  it('without a batch, S is taken as S_min (Eq. 1.6)', () => {
    closeTo(resultsOf(kaplan, 'B=&S=1e5').lossNS, predictKaplanLossNS(1e9, 1e5));
  });

  it('lines for the charts pass through the reader’s model', () => {
    const r = resultsOf(kaplan, 'N=3e9&D=1e11');
    expect(r.curvesN).toHaveLength(2);
    expect(r.markN).toEqual({ x: 3e9, y: r.lossND, label: 'your N, D' });
    expect(r.markD.x).toBe(1e11);
    const xs = r.curvesN[0]!.points.map((p) => p.x);
    expect(xs[0]).toBeLessThanOrEqual(3e9);
    expect(xs[xs.length - 1]).toBeGreaterThanOrEqual(3e9);
    expect(r.curvesD.flatMap((c) => c.points).every((p) => Number.isFinite(p.y) && p.y > 0)).toBe(
      true,
    );
  });

  it.each([
    ['N=-3', 'N', /greater|at least/],
    ['N=abc', 'N', /must be a number/],
    ['D=1e999', 'D', /too large/],
    ['Cmin=0', 'Cmin', /greater than 0/],
    ['S=0.5', 'S', /at least 1/],
    ['B=-1', 'B', /at least 1/],
    ['set=sec9', 'set', /must be one of/],
    ['N=1e30', 'N', /at most/],
  ])('?%s gives a message on %s', (query, field, message) => {
    expect(errorsOf(kaplan, query)[field]).toMatch(message);
  });
});
