import type { Run } from './parseRunsCsv';
import { ConvergenceError, InputError } from './errors';
import { makeChinchillaObjective } from './makeChinchillaObjective';
import { makeChinchillaGrid, type ChinchillaStart } from './makeChinchillaGrid';
import type { LbfgsResult } from './minimizeLbfgs';
import { minimizeFromStarts, type MultiStartOptions } from './minimizeFromStarts';
import { requirePositive, requirePositiveInteger } from './validate';

/** Options of `fitChinchilla`; every field has a default. */
export interface ChinchillaFitOptions extends MultiStartOptions {
  /** Huber threshold δ on log-loss residuals (default 10⁻³, Hoffmann et al. 2022 Sec. 3.3). */
  delta?: number;
  /** Starting points (default: the paper's 4,500-point grid, `makeChinchillaGrid()`). */
  starts?: readonly ChinchillaStart[];
}

/** Result of `fitChinchilla`: L̂(N, D) = E + A/N^α + B/D^β. */
export interface ChinchillaFit {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
  /** ln A, ln B, ln E: the parameters the optimiser works in. */
  logA: number;
  logB: number;
  logE: number;
  /** Compute-optimal exponents N_opt ∝ C^a, D_opt ∝ C^b: a = β/(α+β), b = α/(α+β) (Eq. 4). */
  a: number;
  b: number;
  /** Σᵢ Huber_δ(ln L̂ᵢ − ln Lᵢ) at the optimum (a sum, not a mean). */
  objective: number;
  /**
   * The distinct local minima the starts run to convergence reached, lowest objective first
   * (`minima[0]` is this fit): where a warm-started refit of resampled runs begins
   * (`makeWarmRefit`). Two minima are one when their objectives agree to 10⁻⁷ (relative).
   */
  minima: { start: ChinchillaStart; objective: number }[];
  /** ln Lᵢ − ln L̂ᵢ, observed minus fitted, in log space, in input order. */
  residuals: number[];
  /** How the optimum was found. */
  convergence: {
    starts: number;
    refined: number;
    iterations: number;
    evaluations: number;
    gradientNorm: number;
    reason: LbfgsResult['reason'];
  };
  predict: (N: number, D: number) => number;
}

/** Default Huber threshold δ (Hoffmann et al. 2022, Sec. 3.3). */
export const CHINCHILLA_HUBER_DELTA = 1e-3;

function requireRuns(points: readonly Run[]): void {
  if (!Array.isArray(points))
    throw new InputError('fitChinchilla needs an array of { N, D, loss } points', 'points');
  points.forEach((p, i) => {
    for (const [key, what] of [
      ['N', 'number of parameters'],
      ['D', 'number of tokens'],
      ['loss', 'loss'],
    ] as const) {
      const v = p?.[key];
      if (!(Number.isFinite(v) && v > 0))
        throw new InputError(`${key} must be a positive ${what}, got ${v} at point ${i + 1}`, key);
    }
  });
  if (points.length < 5)
    throw new InputError(
      `fitChinchilla needs at least 5 points for its 5 parameters, got ${points.length}`,
      'points',
    );
  for (const key of ['N', 'D'] as const) {
    if (new Set(points.map((p) => p[key])).size < 2) {
      throw new InputError(
        `fitChinchilla needs at least 2 distinct values of ${key}, got 1`,
        'points',
      );
    }
  }
}

/**
 * Fits L̂(N, D) = E + A/N^α + B/D^β (N parameters, D tokens, L in nats per token) by Approach 3 of
 * Hoffmann et al. 2022 (Sec. 3.3, Eq. 3; App. D.2): minimise Σᵢ Huber_δ(LSE(a − α·ln Nᵢ,
 * b − β·ln Dᵢ, e) − ln Lᵢ), δ = 10⁻³, with A, B, E = eᵃ, eᵇ, eᵉ, by L-BFGS from the paper's
 * 4,500-point grid, keeping the best optimum. The Huber terms are summed, not averaged: Besiroglu et
 * al. 2024 (Epoch) show averaging made the original optimiser stop early.
 *
 * The best optimum on the grid is found by `minimizeFromStarts` (screened multi-start L-BFGS),
 * which says why it agrees with running every start to convergence, and how that was checked.
 * @example fitChinchilla(epochRuns) // { E: ≈1.82, A: ≈478, B: ≈2.1e3, alpha: ≈0.347, beta: ≈0.367, ... }
 */
export function fitChinchilla(
  points: readonly Run[],
  options: ChinchillaFitOptions = {},
): ChinchillaFit {
  requireRuns(points);
  const delta = requirePositive(
    options.delta ?? CHINCHILLA_HUBER_DELTA,
    'delta',
    'Huber threshold',
  );
  for (const key of ['screenIterations', 'keep', 'maxIterations'] as const) {
    const value = options[key];
    if (value !== undefined) requirePositiveInteger(value, key, 'number');
  }
  const starts = options.starts ?? makeChinchillaGrid();
  if (starts.length === 0)
    throw new InputError('fitChinchilla needs at least one starting point', 'starts');
  const vectors = starts.map((s, i) => {
    const v = [s.a, s.b, s.e, s.alpha, s.beta];
    if (!v.every(Number.isFinite))
      throw new InputError(
        `starting point ${i + 1} has a non-finite value: ${v.join(', ')}`,
        'starts',
      );
    return v;
  });
  const { best, refined, evaluations, optima } = minimizeFromStarts(
    makeChinchillaObjective(points, delta),
    vectors,
    options,
  );
  if (!best)
    throw new ConvergenceError('fitChinchilla: the objective is not finite at any starting point');
  if (best.reason === 'iterations') {
    throw new ConvergenceError(
      `fitChinchilla did not converge in ${options.maxIterations ?? 3000} L-BFGS iterations (gradient ${best.gradientNorm.toExponential(2)})`,
    );
  }
  const [logA, logB, logE, alpha, beta] = Array.from(best.x) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [A, B, E] = [Math.exp(logA), Math.exp(logB), Math.exp(logE)];
  if (![A, B, E].every((v) => Number.isFinite(v) && v > 0) || !(alpha + beta !== 0)) {
    throw new ConvergenceError(
      `fitChinchilla: the optimum is out of range (ln A = ${logA}, ln B = ${logB}, ln E = ${logE})`,
    );
  }
  const predict = (N: number, D: number) => E + A / N ** alpha + B / D ** beta;
  return {
    E,
    A,
    B,
    alpha,
    beta,
    logA,
    logB,
    logE,
    a: beta / (alpha + beta),
    b: alpha / (alpha + beta),
    objective: best.f,
    minima: distinctMinima(optima),
    residuals: points.map((p) => Math.log(p.loss) - Math.log(predict(p.N, p.D))),
    convergence: {
      starts: starts.length,
      refined,
      iterations: best.iterations,
      evaluations,
      gradientNorm: best.gradientNorm,
      reason: best.reason,
    },
    predict,
  };
}

/** Same minimum when the objectives agree to this (relative): L-BFGS stops at 10⁻¹³ relative decrease. */
const SAME_MINIMUM = 1e-7;

/** The finite optima with one per objective value (to SAME_MINIMUM), lowest first. */
function distinctMinima(optima: readonly LbfgsResult[]): ChinchillaFit['minima'] {
  const sorted = optima.filter((r) => Number.isFinite(r.f)).sort((p, q) => p.f - q.f);
  const kept: LbfgsResult[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (!last || r.f - last.f > SAME_MINIMUM * Math.abs(last.f)) kept.push(r);
  }
  return kept.map((r) => {
    const [a, b, e, alpha, beta] = Array.from(r.x) as [number, number, number, number, number];
    return { start: { a, b, e, alpha, beta }, objective: r.f };
  });
}
