import { InputError } from './errors';
import { fitPowerLaw } from './fitPowerLaw';
import { KAPLAN_PENALTY_TOLERANCE } from './kaplanLossND';

/** One model of a sweep at fixed data: its size and measured loss. */
export interface SweepPoint {
  N: number;
  loss: number;
}

/** Where a sweep leaves its power law, and the law fitted below that point. */
export interface Knee {
  /** Index (in size order) of the first point above the fit by more than `tol`; null if none. */
  index: number | null;
  N: number | null;
  /** Relative excess of the measured over the predicted loss at the knee, loss/predicted − 1 (dimensionless, like δL). */
  excess: number | null;
  /** α and N_c of L = (N_c/N)^α fitted to the sizes below the knee (all of them if none). */
  alpha: number;
  Nc: number;
  /** The sweep sorted by size. */
  sorted: SweepPoint[];
}

/**
 * The overfitting knee of a sweep at fixed D: walking up in size, the first model whose loss
 * exceeds the pure power law L = (N_c/N)^α fitted to all smaller models by a relative excess
 * loss/L − 1 above `tol`, the same measure as Kaplan's δL = L(N, D)/L(N, ∞) − 1 (default 0.02,
 * KAPLAN_PENALTY_TOLERANCE, Kaplan et al. 2020 Sec. 4.2). Dimensionless. Needs at least 3 sizes.
 * @example findOverfittingKnee(points).N // the first size more than 2% above the law of the smaller ones
 */
export function findOverfittingKnee(
  points: readonly SweepPoint[],
  tol = KAPLAN_PENALTY_TOLERANCE,
): Knee {
  if (!(Number.isFinite(tol) && tol > 0))
    throw new InputError(`tol must be a positive relative excess (0.02 = 2%), got ${tol}`, 'tol');
  if (points.length < 3)
    throw new InputError(
      `A sweep needs at least 3 sizes to find a knee, got ${points.length}`,
      'x',
    );
  const sorted = [...points].sort((a, b) => a.N - b.N);
  for (let k = 2; k < sorted.length; k++) {
    const below = fitPowerLaw(sorted.slice(0, k));
    const point = sorted[k]!;
    const excess = point.loss / below.predict(point.N) - 1;
    if (excess > tol)
      return { index: k, N: point.N, excess, alpha: below.alpha, Nc: below.Nc, sorted };
  }
  const all = fitPowerLaw(sorted);
  return { index: null, N: null, excess: null, alpha: all.alpha, Nc: all.Nc, sorted };
}
