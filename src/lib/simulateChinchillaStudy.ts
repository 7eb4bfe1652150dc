import { type ChinchillaParams, CHINCHILLA_PARAMETER_SETS } from './chinchillaLoss';
import { chinchillaFrontier } from './chinchillaFrontier';
import type { IsoFlopPoint } from './fitIsoFlop';
import { FIGURE4_BUDGETS, FIGURE4_SIZES } from './makeFigure4Replica';
import { makeLogGrid } from './makeLogGrid';
import { makeNormal, makeRandom } from './random';
import { requireNonNegative, requirePositiveInteger } from './validate';

/** One model's training curve: its loss after D tokens (C = 6·N·D FLOPs) at each point. */
export interface TrainingCurve {
  N: number;
  points: { D: number; C: number; loss: number }[];
}

/** A synthetic study with a known law: training curves for Approach 1, IsoFLOP runs for 2 and 3. */
export interface ChinchillaStudy {
  truth: ChinchillaParams;
  curves: TrainingCurve[];
  /** Final losses at fixed budgets: IsoFLOP profiles (Approach 2) and the runs Approach 3 fits. */
  isoflop: IsoFlopPoint[];
}

/** Options of `simulateChinchillaStudy`; every field has a default. */
export interface StudyOptions {
  /** The true law (default Hoffmann et al. 2022's printed fit). */
  truth?: ChinchillaParams;
  /** Log-normal noise on every loss, loss·exp(noise·z) (default 0). */
  noise?: number;
  /** Model sizes with training curves, log-spaced over 70M–16B (default 40). */
  sizes?: number;
  /** Runs per IsoFLOP budget, log-spaced over N_opt(C)/8 to 8·N_opt(C) (default 9). */
  perBudget?: number;
  seed?: number;
}

/**
 * A synthetic Chinchilla study from a known L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022,
 * Eq. 2): training curves for `sizes` models over 70M–16B parameters, each read at 40 log-spaced
 * budgets 10¹⁸–10²² FLOPs (D = C/6N), and `perBudget` final losses at each of Fig. 3's nine
 * IsoFLOP budgets (6·10¹⁸–3·10²¹). Every loss gets seeded log-normal noise. A curve point is the
 * law at (N, D), as if each length were its own tuned run: Hoffmann et al. matched the cosine
 * schedule to each run's length (Sec. 3.1), which this idealises.
 * @example simulateChinchillaStudy({ noise: 0.01, seed: 3 }).isoflop.length // 81
 */
export function simulateChinchillaStudy(options: StudyOptions = {}): ChinchillaStudy {
  const truth = options.truth ?? CHINCHILLA_PARAMETER_SETS.hoffmann2022;
  const noise = requireNonNegative(options.noise ?? 0, 'noise', 'noise level');
  const sizes = requirePositiveInteger(options.sizes ?? 40, 'sizes', 'number of sizes');
  const perBudget = requirePositiveInteger(options.perBudget ?? 9, 'perBudget', 'number of runs');
  const normal = makeNormal(makeRandom(options.seed ?? 1));
  const loss = (N: number, D: number) =>
    (truth.E + truth.A / N ** truth.alpha + truth.B / D ** truth.beta) * Math.exp(noise * normal());
  const curves = makeLogGrid(FIGURE4_SIZES[0], FIGURE4_SIZES[1], Math.max(2, sizes)).map((N) => ({
    N,
    points: makeLogGrid(1e18, 1e22, 40).map((C) => {
      const D = C / (6 * N);
      return { D, C, loss: loss(N, D) };
    }),
  }));
  const isoflop = FIGURE4_BUDGETS.flatMap((C) => {
    const centre = chinchillaFrontier(C, truth).params;
    return makeLogGrid(centre / 8, centre * 8, Math.max(3, perBudget)).map((N) => ({
      N,
      C,
      loss: loss(N, C / (6 * N)),
    }));
  });
  return { truth, curves, isoflop };
}
