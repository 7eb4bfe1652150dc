import { InputError } from './errors';
import { fitPowerLaw } from './fitPowerLaw';

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
  /** Measured minus predicted loss at the knee, nats/token. */
  excess: number | null;
  /** α and N_c of L = (N_c/N)^α fitted to the sizes below the knee (all of them if none). */
  alpha: number;
  Nc: number;
  /** The sweep sorted by size. */
  sorted: SweepPoint[];
}

/** Kaplan et al. 2020's run-to-run loss noise, about 0.02 nats (Sec. 4.2): the default knee threshold. */
export const KAPLAN_RUN_NOISE_NATS = 0.02;

/**
 * The overfitting knee of a sweep at fixed D: walking up in size, the first model whose loss
 * exceeds the pure power law L = (N_c/N)^α fitted to all smaller models by more than `tol` nats
 * (default 0.02, Kaplan et al. 2020 Sec. 4.2's run-to-run noise). Needs at least 3 sizes.
 * @example findOverfittingKnee(points, 0.02).N // 1e9 where the data wall starts
 */
export function findOverfittingKnee(points: readonly SweepPoint[], tol = KAPLAN_RUN_NOISE_NATS): Knee {
  if (!(Number.isFinite(tol) && tol > 0)) throw new InputError(`tol must be a positive loss in nats, got ${tol}`, 'tol');
  if (points.length < 3) throw new InputError(`A sweep needs at least 3 sizes to find a knee, got ${points.length}`, 'x');
  const sorted = [...points].sort((a, b) => a.N - b.N);
  for (let k = 2; k < sorted.length; k++) {
    const below = fitPowerLaw(sorted.slice(0, k));
    const point = sorted[k]!;
    const excess = point.loss - below.predict(point.N);
    if (excess > tol) return { index: k, N: point.N, excess, alpha: below.alpha, Nc: below.Nc, sorted };
  }
  const all = fitPowerLaw(sorted);
  return { index: null, N: null, excess: null, alpha: all.alpha, Nc: all.Nc, sorted };
}
