import { describe, expect, it } from 'vitest';
import {
  KAPLAN_EXERCISES,
  OVERFITTING_SWEEP_SIZES,
  countBlock,
  makeKaplanSweep,
  makeOverfittingSweep,
} from '../../../src/lib/exercises/kaplan';
import { judgeAnswer } from '../../../src/lib/exercises/judge';
import { findExercise } from '../../../src/lib/exercises';
import { computeOverfittingPenalty } from '../../../src/lib/kaplanLossND';
import { flopsToPfDays } from '../../../src/lib/computeUnits';
import { expectDefaultsJudged, solveFor } from './variant';
import { closeTo } from '../../tolerance';

const def = (id: string) => findExercise(`kaplan/${id}`)!;

describe('Kaplan track', () => {
  it('lists five exercises in order, each with 2–4 hints and a stable id', () => {
    expect(KAPLAN_EXERCISES.map((e) => e.id)).toEqual([
      'kaplan/01-power-law-fitter',
      'kaplan/02-6n-estimator',
      'kaplan/03-overfitting-detector',
      'kaplan/04-gpt3-predictor',
      'kaplan/05-minimal-scaling-transformer',
    ]);
    for (const e of KAPLAN_EXERCISES) expect(e.hints.length).toBeGreaterThanOrEqual(2);
    for (const e of KAPLAN_EXERCISES) expect(e.hints.length).toBeLessThanOrEqual(4);
  });

  it.each(KAPLAN_EXERCISES.map((e) => [e.id, e] as const))(
    '%s: default answers judge right, clearly wrong ones wrong',
    (_, e) => {
      expectDefaultsJudged(e);
    },
  );
});

describe('kaplan/01-power-law-fitter', () => {
  it('solve(defaults) recovers α_N within 1e-3 of Kaplan’s 0.076 from noisy, seeded data', () => {
    const { alpha } = solveFor(def('01-power-law-fitter'));
    expect(Math.abs(Number(alpha) - 0.076)).toBeLessThan(1e-3);
    expect(judgeAnswer(def('01-power-law-fitter').answers[0]!, '0.076', alpha).right).toBe(true);
  });

  it('makeKaplanSweep(sizes, 0, seed) is Eq. 1.1 exactly, and the same seed gives the same data', () => {
    closeTo(makeKaplanSweep([1e9], 0, 1)[0]!.loss, 2.3756, 2e-5);
    expect(makeKaplanSweep([1e3, 1e6], 0.01, 7)).toEqual(makeKaplanSweep([1e6, 1e3, 1e6], 0.01, 7));
  });

  it('follows the variant: another seed and noise change the expected α', () => {
    const base = solveFor(def('01-power-law-fitter')).alpha;
    expect(
      Math.abs(
        Number(solveFor(def('01-power-law-fitter'), 'noise=0.02&seed=3').alpha) - Number(base),
      ),
    ).toBeGreaterThan(5e-4);
  });

  it('gives no right answer (NaN) when the sizes collapse to one', () => {
    expect(solveFor(def('01-power-law-fitter'), 'sizes=1e6,1e6').alpha).toBeNaN();
  });
});

describe('kaplan/02-6n-estimator', () => {
  it('solve(defaults) is 6·175e9·300e9 FLOPs, ≈ 3,646 PF-days, exascale', () => {
    const a = solveFor(def('02-6n-estimator'));
    closeTo(Number(a.C), 6 * 175e9 * 300e9);
    closeTo(Number(a.pfDays), flopsToPfDays(3.15e23));
    expect(a.scale).toBe('exascale');
  });

  it('follows the variant: GPT-3 XL is petascale', () => {
    expect(solveFor(def('02-6n-estimator'), 'N=1.3e9&D=300e9').scale).toBe('petascale');
    expect(solveFor(def('02-6n-estimator'), 'N=1e12&D=1e15').scale).toBe('beyond');
  });
});

describe('kaplan/03-overfitting-detector', () => {
  it('solve(defaults): the knee of the D = 1e9 sweep is 10^7.5 parameters, needing 5e3·N^0.74 tokens', () => {
    const a = solveFor(def('03-overfitting-detector'));
    closeTo(Number(a.knee), 10 ** 7.5);
    closeTo(Number(a.tokens), 5e3 * 10 ** (7.5 * 0.74));
    expect(Number(a.tokens)).toBeGreaterThan(1e9);
  });

  it('the shown gap is the library’s overfitting penalty up to the 4-decimal rounding', () => {
    for (const row of makeOverfittingSweep(1e9))
      expect(Math.abs(row.gap - computeOverfittingPenalty(row.N, 1e9))).toBeLessThan(5e-5);
    expect(OVERFITTING_SWEEP_SIZES).toHaveLength(9);
  });

  it('every allowed D from 1e8 to 1e10 has a knee inside the sweep, and more data moves it up', () => {
    const knees = [1e8, 1e9, 1e10].map((D) =>
      Number(solveFor(def('03-overfitting-detector'), `D=${D}`).knee),
    );
    for (const knee of knees) expect(Number.isFinite(knee)).toBe(true);
    expect(knees[0]).toBeLessThan(knees[1]!);
    expect(knees[1]).toBeLessThan(knees[2]!);
  });
});

describe('kaplan/04-gpt3-predictor', () => {
  it('solve(defaults): α from L(1e6), L(1e8) ≈ 0.076 and L(1.75e11) ≈ 1.604', () => {
    const a = solveFor(def('04-gpt3-predictor'));
    closeTo(Number(a.alpha), 0.076, 6e-3);
    closeTo(Number(a.loss), 1.6044, 3e-4);
  });

  it('follows the variant: a smaller forecast size gives a higher loss', () => {
    expect(Number(solveFor(def('04-gpt3-predictor'), 'N=1.3e9').loss)).toBeGreaterThan(
      Number(solveFor(def('04-gpt3-predictor')).loss),
    );
  });
});

describe('kaplan/05-minimal-scaling-transformer', () => {
  it('solve(defaults): d = 768 has 4d² + 8d² weights, 13d others, and misses 99.9%', () => {
    const a = solveFor(def('05-minimal-scaling-transformer'));
    expect(a.attention).toBe(4 * 768 ** 2);
    expect(a.feedForward).toBe(8 * 768 ** 2);
    expect(a.extra).toBe(13 * 768);
    closeTo(Number(a.share), 1 / (1 + 13 / (12 * 768)));
    expect(a.within).toBe('no');
  });

  it('countBlock(d, false) has weight matrices of 12·d² exactly; the 99.9% mark is crossed at d = 1,083', () => {
    const block = countBlock(1000, false);
    expect(block.attention + block.feedForward).toBe(12 * 1000 ** 2);
    expect(solveFor(def('05-minimal-scaling-transformer'), 'd=1082').within).toBe('no');
    expect(solveFor(def('05-minimal-scaling-transformer'), 'd=1083').within).toBe('yes');
  });
});
