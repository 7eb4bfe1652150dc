import { describe, expect, it } from 'vitest';
import {
  distinctTokenBudgets,
  fitCurve,
  fitRunsLink,
  fitSweep,
  powerLawFitLink,
  sweepCsv,
} from '../../../src/lib/labs/sweepResults';
import { run } from './sweepFixture';
import { REL, closeTo } from '../../tolerance';

const ladder = [8, 16, 24, 32, 48].map((d) => run(d));

describe('fitSweep(runs)', () => {
  it('recovers the law the losses were generated with', () => {
    const f = fitSweep(ladder);
    expect(f.law).toBe('saturating');
    expect(Math.abs(f.alpha - 0.4)).toBeLessThan(1e-3);
    expect(Math.abs(f.Linf - 1.2)).toBeLessThan(1e-3);
    expect(f.r2).toBeGreaterThan(1 - REL);
  });
  it('fits the pure power law to two runs', () => {
    const f = fitSweep(ladder.slice(0, 2));
    expect(f.law).toBe('pure');
    expect(f.Linf).toBe(0);
    expect(f.alpha).toBeGreaterThan(0);
  });
  it('fits runs whose losses barely fall (the short e2e sweep) with a positive α', () => {
    const f = fitSweep([run(8, 2.7457), run(16, 2.7687), run(24, 2.6957)]);
    expect(f.alpha).toBeGreaterThan(0);
  });
  it('throws a ConvergenceError for flat losses rather than returning NaN', () => {
    expect(() => fitSweep([run(8, 2.97), run(16, 2.98), run(24, 2.97)])).toThrow(/nearly 0/);
  });
  it('throws with fewer than two runs', () => {
    expect(() => fitSweep([run(8)])).toThrow(/at least two/);
  });
});

describe('fitCurve(fit, runs, count)', () => {
  it('spans the sizes with margin, evenly in log N', () => {
    const pts = fitCurve(fitSweep(ladder), ladder, 10);
    expect(pts).toHaveLength(10);
    closeTo(pts[0]!.x, 1536 / 1.5);
    closeTo(pts[9]!.x, 24 * 48 * 48 * 1.5);
  });
});

describe('sweepCsv(runs) and powerLawFitLink(runs)', () => {
  it('writes a header and one row per run', () => {
    const lines = sweepCsv(ladder.slice(0, 2)).trim().split('\n');
    expect(lines[0]).toBe(
      'name,d_model,n_layer,non_embedding_params,tokens,steps,final_train_loss,final_validation_loss,elapsed_s,backend',
    );
    expect(lines[1]!.split(',').slice(0, 4)).toEqual(['d8', '8', '2', '1536']);
    expect(lines).toHaveLength(3);
  });
  it('links N and losses into the power-law calculator', () => {
    expect(powerLawFitLink([run(8, 2.5), run(16, 2.25), run(24, 2.125)])).toBe(
      '/calculators/power-law-fit/?x=1536,6144,13824&y=2.5,2.25,2.125&model=saturating',
    );
  });
});

describe('fitRunsLink(runs) and distinctTokenBudgets(runs)', () => {
  it('writes N, D and loss once per (N, D) pair into the fit-runs calculator', () => {
    const runs = [run(8, 2.5), run(8, 2.6), { ...run(16, 2.25), tokens: 1_228_800 }];
    const link = fitRunsLink(runs);
    expect(link.startsWith('/calculators/fit-runs/?csv=')).toBe(true);
    expect(decodeURIComponent(link.split('csv=')[1]!)).toBe(
      'N,D,loss\n1536,614400,2.5\n6144,1228800,2.25',
    );
    expect(distinctTokenBudgets(runs)).toBe(2);
    expect(distinctTokenBudgets([run(8), run(16)])).toBe(1);
  });
});
