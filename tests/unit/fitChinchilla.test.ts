import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConvergenceError, InputError } from '../../src/lib/errors';
import { fitChinchilla, type ChinchillaFit } from '../../src/lib/fitChinchilla';
import { makeChinchillaGrid } from '../../src/lib/makeChinchillaGrid';
import { makeChinchillaObjective } from '../../src/lib/makeChinchillaObjective';
import { parseRunsCsv, type Run } from '../../src/lib/parseRunsCsv';
import { epochLikeCsv, syntheticRuns } from '../fixtures/syntheticRuns';
import { EPOCH_CSV_MISSING, closeTo, findEpochCsv, papers } from '../tolerance';

const epoch = papers.besiroglu2024_epoch_replication.paper_table_1_estimates;
const hoffmann = papers.hoffmann2022_chinchilla.parametric_fit;
const epochCsv = findEpochCsv();
if (!epochCsv) console.log(`fitChinchilla.test.ts: ${EPOCH_CSV_MISSING}`);
/** Epoch drop the 5 highest-loss runs and fit the other 240 (Besiroglu et al. 2024, Sec. 2). */
const dropHighest = (runs: readonly Run[]) => [...runs].sort((p, q) => q.loss - p.loss).slice(5);
const epochRuns = epochCsv ? dropHighest(parseRunsCsv(readFileSync(epochCsv, 'utf8'))) : [];
/** 245 seeded runs shaped like Epoch's (same columns and ranges), from Epoch's own estimates with 1% noise. */
const lookalikeRuns = dropHighest(parseRunsCsv(epochLikeCsv(epoch, 245, 0.01, 7)));
/** Every other value of the paper's grid in each dimension: 3·3·3·3·3 = 243 starts. */
const coarseGrid = makeChinchillaGrid().filter(
  (s) => s.alpha % 1 === 0 && s.beta % 1 === 0 && s.e % 1 === 0 && s.a % 10 === 0 && s.b % 10 === 0,
);

describe.skipIf(!epochCsv)("fitChinchilla(runs) on Epoch's 240 digitised runs, full grid", () => {
  let fit: ChinchillaFit;
  beforeAll(() => {
    fit = fitChinchilla(epochRuns);
  });
  it.each([
    ['E', 0.005],
    ['alpha', 0.01],
    ['beta', 0.01],
    ['A', 0.02],
    ['B', 0.05], // weakly identified: Epoch's own standard error is 1,293 on 2,085
  ] as const)("reproduces Besiroglu et al.'s %s within %s (relative)", (name, rel) => {
    closeTo(fit[name], epoch[name], rel);
  });
  it('implies frontier exponents a = β/(α+β) ≈ 0.51, b = α/(α+β) ≈ 0.49, summing to 1', () => {
    closeTo(fit.a, epoch.beta / (epoch.alpha + epoch.beta), 0.01);
    closeTo(fit.a + fit.b, 1);
  });
  it('converges, summing (not averaging) the Huber terms, and returns finite log-space residuals', () => {
    expect(['gradient', 'function']).toContain(fit.convergence.reason);
    expect(fit.convergence.starts).toBe(4500);
    expect(fit.convergence.gradientNorm).toBeLessThan(1e-6);
    expect(fit.residuals).toHaveLength(240);
    expect(fit.residuals.every(Number.isFinite)).toBe(true);
    const objective = makeChinchillaObjective(epochRuns, 1e-3);
    closeTo(
      objective(
        Float64Array.of(fit.logA, fit.logB, fit.logE, fit.alpha, fit.beta),
        new Float64Array(5),
      ),
      fit.objective,
      1e-12,
    );
  });
  it('reaches the objective 1.018274·10⁻³ to 6 digits, the optimum SciPy’s L-BFGS-B reaches (issue 15)', () => {
    expect(fit.objective.toExponential(6)).toBe('1.018274e-3');
  });
  it('lists its distinct local minima lowest first, itself the first', () => {
    expect(fit.minima[0]!.objective).toBe(fit.objective);
    expect(fit.minima[0]!.start).toEqual({
      a: fit.logA,
      b: fit.logB,
      e: fit.logE,
      alpha: fit.alpha,
      beta: fit.beta,
    });
    const objectives = fit.minima.map((m) => m.objective);
    expect(objectives).toEqual([...objectives].sort((p, q) => p - q));
    expect(new Set(objectives.map((f) => f.toPrecision(6))).size).toBe(objectives.length);
  });
  it("beats Hoffmann et al.'s published parameters on the objective (their optimiser stopped early)", () => {
    const objective = makeChinchillaObjective(epochRuns, 1e-3);
    const u = hoffmann.unrounded_from_TeX_source;
    const theirs = objective(
      Float64Array.of(u.a_lnA, u.b_lnB, u.e_lnE, u.alpha, u.beta),
      new Float64Array(5),
    );
    expect(fit.objective).toBeLessThan(theirs);
  });
  it('predict(N, D) = E + A/N^α + B/D^β', () => {
    closeTo(
      fit.predict(70e9, 1.4e12),
      fit.E + fit.A / 70e9 ** fit.alpha + fit.B / 1.4e12 ** fit.beta,
    );
  });
});

describe('fitChinchilla(runs, { strategy }) finds the best optimum on the grid', () => {
  it('screened equals exhaustive on 240 seeded Epoch-shaped runs with the 243-start coarse grid', () => {
    const exhaustive = fitChinchilla(lookalikeRuns, { starts: coarseGrid, strategy: 'exhaustive' });
    const screened = fitChinchilla(lookalikeRuns, { starts: coarseGrid });
    closeTo(screened.objective, exhaustive.objective, 1e-10);
    closeTo(screened.alpha, exhaustive.alpha, 1e-6);
  });
  it.skipIf(!epochCsv)(
    "screened equals exhaustive (every start run to convergence) on Epoch's runs with the 243-start coarse grid",
    () => {
      const exhaustive = fitChinchilla(epochRuns, { starts: coarseGrid, strategy: 'exhaustive' });
      const screened = fitChinchilla(epochRuns, { starts: coarseGrid });
      closeTo(screened.objective, exhaustive.objective, 1e-10);
      closeTo(screened.alpha, exhaustive.alpha, 1e-6);
      expect(exhaustive.convergence.refined).toBe(243);
    },
  );
});

describe('fitChinchilla(runs) on synthetic runs', () => {
  const truth = {
    E: hoffmann.E,
    A: hoffmann.A,
    B: hoffmann.B,
    alpha: hoffmann.alpha,
    beta: hoffmann.beta,
  };
  it("recovers Hoffmann et al.'s parameters exactly (1e-6) from 300 noise-free runs, full grid", () => {
    const fit = fitChinchilla(syntheticRuns(truth, 300, 0, 11));
    for (const name of ['E', 'A', 'B', 'alpha', 'beta'] as const)
      closeTo(fit[name], truth[name], 1e-6);
  });
  it("recovers Epoch's constants from 240 seeded Epoch-shaped runs with 1% noise, full 4,500-start grid", () => {
    const fit = fitChinchilla(lookalikeRuns);
    expect(fit.convergence.starts).toBe(4500);
    closeTo(fit.E, epoch.E, 0.02);
    closeTo(fit.alpha, epoch.alpha, 0.03);
    closeTo(fit.beta, epoch.beta, 0.03);
    closeTo(fit.a, epoch.beta / (epoch.alpha + epoch.beta), 0.01);
  });
  it('recovers them within a few percent (α, β, E) from 300 runs with 1% noise', () => {
    const fit = fitChinchilla(syntheticRuns(truth, 300, 0.01, 12), { starts: coarseGrid });
    closeTo(fit.E, truth.E, 0.03);
    closeTo(fit.alpha, truth.alpha, 0.05);
    closeTo(fit.beta, truth.beta, 0.05);
  });
});

describe('fitChinchilla(runs) rejects bad input', () => {
  const ok: Run = { N: 1e8, D: 1e9, loss: 3 };
  it.each([
    [[ok, ok, ok], 'fitChinchilla needs at least 5 points for its 5 parameters, got 3', 'points'],
    [
      [ok, ok, ok, ok, { ...ok, N: -3 }],
      'N must be a positive number of parameters, got -3 at point 5',
      'N',
    ],
    [
      [ok, ok, ok, ok, { ...ok, loss: NaN }],
      'loss must be a positive loss, got NaN at point 5',
      'loss',
    ],
    [
      [ok, ok, ok, ok, { ...ok, N: 2e8 }],
      'fitChinchilla needs at least 2 distinct values of D, got 1',
      'points',
    ],
  ])('fitChinchilla(%j) throws "%s"', (runs, message, field) => {
    expect(() => fitChinchilla(runs)).toThrow(new InputError(message, field));
  });
  it.each([
    [{ delta: 0 }, 'delta must be a positive Huber threshold, got 0'],
    [{ starts: [] }, 'fitChinchilla needs at least one starting point'],
    [{ keep: 1.5 }, 'keep must be a positive whole number, got 1.5'],
  ])('fitChinchilla(runs, %j) throws "%s"', (options, message) => {
    expect(() => fitChinchilla(lookalikeRuns.slice(0, 20), options)).toThrow(message);
  });
  it('throws a ConvergenceError, not garbage, when L-BFGS runs out of iterations', () => {
    const start = [{ a: 25, b: 25, e: 1, alpha: 0, beta: 0 }];
    expect(() =>
      fitChinchilla(lookalikeRuns, { starts: start, strategy: 'exhaustive', maxIterations: 5 }),
    ).toThrow(ConvergenceError);
  });
});
