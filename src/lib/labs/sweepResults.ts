import { ConvergenceError, InputError } from '../errors';
import { fitPowerLaw } from '../fitPowerLaw';
import { fitSaturatingPowerLaw } from '../fitSaturatingPowerLaw';
import { makeLogGrid } from '../makeLogGrid';

/** One finished model of a sweep, as kept in localStorage and written to CSV. */
export interface SweepRun {
  name: string;
  dModel: number;
  nLayer: number;
  /** Non-embedding N of the built model (weight matrices: 12·n_layer·d_model²). */
  N: number;
  tokens: number;
  steps: number;
  finalTrainLoss: number;
  /** Final held-out loss in nats per token: the y of the scaling law. */
  validationLoss: number;
  elapsedMs: number;
  backend: string;
  /** Training loss curve: tokens seen and mean loss since the previous report. */
  curve: { tokens: number; loss: number }[];
}

/** The fitted law and its quality; `law` says which form was fitted. */
export interface SweepFit {
  law: 'saturating' | 'pure';
  alpha: number;
  Nc: number;
  Linf: number;
  r2: number;
  predict: (N: number) => number;
}

/**
 * Fits L(N) = L∞ + (N_c/N)^α (Kaplan et al. 2020, Eq. 1.5 at D → ∞) to the runs' final
 * validation losses with fitSaturatingPowerLaw; with only two runs, or when the floor cannot
 * be fitted (losses that do not fall with N), the pure power law (L∞ = 0; `law: 'pure'`). Throws an InputError with fewer than two runs.
 * @example fitSweep(runs).alpha // ≈ 0.1–0.3 for the browser ladder
 */
export function fitSweep(runs: readonly SweepRun[]): SweepFit {
  if (runs.length < 2)
    throw new InputError(`A fit needs at least two finished sizes, got ${runs.length}`, 'd_models');
  const points = runs.map((r) => ({ N: r.N, loss: r.validationLoss }));
  if (points.length >= 3) {
    try {
      const f = fitSaturatingPowerLaw(points);
      return {
        law: 'saturating',
        alpha: f.alpha,
        Nc: f.Nc,
        Linf: f.Linf,
        r2: f.r2,
        predict: f.predict,
      };
    } catch (error) {
      // Losses that do not fall with N (runs too short to leave the unigram plateau) have no floor to fit.
      if (!(error instanceof ConvergenceError || error instanceof InputError)) throw error;
    }
  }
  const f = fitPowerLaw(points);
  return { law: 'pure', alpha: f.alpha, Nc: f.Nc, Linf: 0, r2: f.r2, predict: f.predict };
}

/**
 * Points of the fitted curve over [N_min/1.5, N_max·1.5], evenly spaced in log N, for a chart.
 * @example fitCurve(fit, runs, 40).length // 40
 */
export function fitCurve(
  fit: SweepFit,
  runs: readonly SweepRun[],
  count = 40,
): { x: number; y: number }[] {
  return curveOver(
    fit,
    runs.map((r) => r.N),
    count,
  );
}

/**
 * Points of the fitted curve over [min(ns)/1.5, max(ns)·1.5], evenly spaced in log N: the span
 * of the given sizes, such as the fitted runs and a held-out N.
 * @example curveOver(fit, [1536, 98304], 40).length // 40
 */
export function curveOver(
  fit: SweepFit,
  ns: readonly number[],
  count = 40,
): { x: number; y: number }[] {
  return makeLogGrid(Math.min(...ns) / 1.5, Math.max(...ns) * 1.5, count).map((x) => ({
    x,
    y: fit.predict(x),
  }));
}

const CSV_COLUMNS = [
  'name',
  'd_model',
  'n_layer',
  'non_embedding_params',
  'tokens',
  'steps',
  'final_train_loss',
  'final_validation_loss',
  'elapsed_s',
  'backend',
] as const;

/**
 * The runs as CSV, one row per model, losses in nats per token.
 * @example sweepCsv(runs).split('\n')[0] // "name,d_model,n_layer,non_embedding_params,..."
 */
export function sweepCsv(runs: readonly SweepRun[]): string {
  const rows = runs.map((r) =>
    [
      r.name,
      r.dModel,
      r.nLayer,
      r.N,
      r.tokens,
      r.steps,
      r.finalTrainLoss,
      r.validationLoss,
      (r.elapsedMs / 1000).toFixed(2),
      r.backend,
    ].join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

/**
 * Link into /calculators/power-law-fit/ with the runs' N and final losses and the saturating law.
 * @example powerLawFitLink(runs) // "/calculators/power-law-fit/?x=1536,6144&y=2.4,2.2&model=saturating"
 */
export function powerLawFitLink(runs: readonly SweepRun[]): string {
  const x = runs.map((r) => r.N).join(',');
  const y = runs.map((r) => Number(r.validationLoss.toPrecision(5))).join(',');
  return `/calculators/power-law-fit/?x=${x}&y=${y}&model=${runs.length >= 3 ? 'saturating' : 'pure'}`;
}

/**
 * Link into /calculators/fit-runs/ (Chinchilla's Approach 3, Hoffmann et al. 2022 Sec. 3.3)
 * with the runs as N, D (tokens) and final validation loss; repeated (N, D) pairs are kept once.
 * @example fitRunsLink(runs) // "/calculators/fit-runs/?csv=N%2CD%2Closs%0A1536%2C614400%2C2.46…"
 */
export function fitRunsLink(runs: readonly SweepRun[]): string {
  const rows = new Map<string, string>();
  for (const r of runs) {
    const key = `${r.N},${r.tokens}`;
    if (!rows.has(key)) rows.set(key, `${key},${Number(r.validationLoss.toPrecision(5))}`);
  }
  return `/calculators/fit-runs/?csv=${encodeURIComponent(['N,D,loss', ...rows.values()].join('\n'))}`;
}

/**
 * Token budgets among the runs (distinct D): fit-runs needs two or more to separate N from D.
 * @example distinctTokenBudgets(runs) // 1 for one sweep
 */
export function distinctTokenBudgets(runs: readonly SweepRun[]): number {
  return new Set(runs.map((r) => r.tokens)).size;
}
