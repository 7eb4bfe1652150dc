import { ConvergenceError, InputError } from './errors';
import { fitLinear } from './fitLinear';
import { solveLinearSystem } from './solveLinearSystem';

/** One run of an IsoFLOP profile: N parameters trained with C FLOPs to a final loss. */
export interface IsoFlopPoint {
  N: number;
  C: number;
  loss: number;
}

/** The vertex of one budget's parabola. */
export interface IsoFlopMinimum {
  C: number;
  /** Loss-minimising model size e^{x*}, x* = −p₁/(2p₂). */
  nOpt: number;
  /** Tokens at the optimum, D = C/(6·N_opt). */
  dOpt: number;
  /** Parabola value at the vertex. */
  lossMin: number;
  /** Number of runs at this budget. */
  runs: number;
  /** The fitted parabola's loss at size N, for drawing it. */
  lossAt: (N: number) => number;
}

/** Result of `fitIsoFlop`: N_opt = k·C^a through the per-budget minima. */
export interface IsoFlopFit {
  minima: IsoFlopMinimum[];
  a: number;
  k: number;
  /** D_opt ∝ C^b with b = 1 − a, since D = C/(6N). */
  b: number;
  /** Standard error of a; null with 2 budgets. */
  aSe: number | null;
  /** R² of ln N_opt against ln C (log space). */
  r2: number;
  predict: (C: number) => number;
}

/** Budgets whose C differ by less than this (relative) are one budget. */
const SAME_BUDGET = 1e-6;

/**
 * Approach 2 of Hoffmann et al. 2022 (Sec. 3.2, Fig. 3): at each compute budget C, fit a parabola
 * L = p₀ + p₁·x + p₂·x² in x = ln N by least squares and take its vertex as N_opt(C); then fit
 * N_opt = k·C^a by least squares in log space. Points are grouped by C (equal to 1 part in 10⁶).
 * Throws an InputError when a budget has fewer than 3 sizes, its parabola opens downward, or its
 * vertex lies outside the sizes it sampled (the minimum would be extrapolated).
 * @example fitIsoFlop(runs).a // Hoffmann et al. 2022 find 0.49 (Table 2, Approach 2)
 */
export function fitIsoFlop(points: readonly IsoFlopPoint[]): IsoFlopFit {
  if (!Array.isArray(points))
    throw new InputError('fitIsoFlop needs an array of { N, C, loss } points', 'points');
  points.forEach((p, i) => {
    for (const key of ['N', 'C', 'loss'] as const) {
      const v = p?.[key];
      if (!(Number.isFinite(v) && v > 0))
        throw new InputError(`${key} must be a positive number, got ${v} at point ${i + 1}`, key);
    }
  });
  const sorted = [...points].sort((p, q) => p.C - q.C);
  const budgets: IsoFlopPoint[][] = [];
  for (const p of sorted) {
    const last = budgets[budgets.length - 1];
    if (last && p.C <= last[0]!.C * (1 + SAME_BUDGET)) last.push(p);
    else budgets.push([p]);
  }
  if (budgets.length < 2)
    throw new InputError(
      `fitIsoFlop needs at least 2 compute budgets, got ${budgets.length}`,
      'points',
    );
  const minima = budgets.map(findIsoFlopMinimum);
  const line = fitLinear(
    minima.map((m) => Math.log(m.C)),
    minima.map((m) => Math.log(m.nOpt)),
    'fitIsoFlop',
  );
  const a = line.slope;
  const k = Math.exp(line.intercept);
  if (!Number.isFinite(k) || k === 0)
    throw new ConvergenceError(`fitIsoFlop: k = e^${line.intercept} is out of range`);
  return { minima, a, k, b: 1 - a, aSe: line.slopeSe, r2: line.r2, predict: (C) => k * C ** a };
}

/**
 * The vertex of the least-squares parabola of loss against ln N for one budget's runs.
 * @example findIsoFlopMinimum([{ N: 1e8, C: 6e18, loss: 3.1 }, { N: 4e8, C: 6e18, loss: 3.0 }, { N: 1.6e9, C: 6e18, loss: 3.1 }]).nOpt // 4e8
 */
export function findIsoFlopMinimum(runs: readonly IsoFlopPoint[]): IsoFlopMinimum {
  const C = runs[0]?.C;
  if (C === undefined)
    throw new InputError('An IsoFLOP minimum needs the runs of one budget, got none', 'points');
  const where = `the budget C = ${C.toPrecision(3)}`;
  const xs = runs.map((r) => Math.log(r.N));
  if (new Set(xs).size < 3) {
    throw new InputError(
      `${where} needs runs at 3 or more model sizes to fit a parabola, got ${new Set(xs).size}`,
      'points',
    );
  }
  // Centre x for conditioning: ln N ≈ 20, so x² ≈ 400 would swamp the normal equations.
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sums = [0, 0, 0, 0, 0];
  const rhs = [0, 0, 0];
  runs.forEach((r, i) => {
    const x = xs[i]! - mean;
    for (let p = 0; p <= 4; p++) sums[p] = sums[p]! + x ** p;
    for (let p = 0; p <= 2; p++) rhs[p] = rhs[p]! + r.loss * x ** p;
  });
  const s = sums as [number, number, number, number, number];
  const coefficients = solveLinearSystem(
    [
      [s[0], s[1], s[2]],
      [s[1], s[2], s[3]],
      [s[2], s[3], s[4]],
    ],
    rhs,
  );
  if (!coefficients)
    throw new ConvergenceError(`${where}: the parabola's normal equations are singular`);
  const [p0, p1, p2] = coefficients as [number, number, number];
  if (!(p2 > 0)) {
    throw new InputError(
      `${where}: the loss parabola opens downward (curvature ${p2.toPrecision(3)}), so it has no minimum`,
      'points',
    );
  }
  const vertex = -p1 / (2 * p2);
  const [lo, hi] = [Math.min(...xs) - mean, Math.max(...xs) - mean];
  if (vertex < lo || vertex > hi) {
    const nOpt = Math.exp(vertex + mean);
    throw new InputError(
      `${where}: the parabola's minimum N = ${nOpt.toPrecision(3)} lies outside the sampled sizes ` +
        `${Math.exp(lo + mean).toPrecision(3)}–${Math.exp(hi + mean).toPrecision(3)}; add runs beyond it`,
      'points',
    );
  }
  const nOpt = Math.exp(vertex + mean);
  return {
    C,
    nOpt,
    dOpt: C / (6 * nOpt),
    lossMin: p0 + p1 * vertex + p2 * vertex * vertex,
    runs: runs.length,
    lossAt: (N) => {
      const x = Math.log(N) - mean;
      return p0 + p1 * x + p2 * x * x;
    },
  };
}
