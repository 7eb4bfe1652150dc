import { type ChinchillaParams, CHINCHILLA_PARAMETER_SETS } from './chinchillaLoss';
import { chinchillaFrontier } from './chinchillaFrontier';
import { makeLogGrid } from './makeLogGrid';
import type { Run } from './parseRunsCsv';
import { makeNormal, makeRandom } from './random';

/**
 * The nine IsoFLOP budgets of Hoffmann et al. 2022, Fig. 3 (6·10¹⁸ to 3·10²¹ FLOPs), whose runs
 * Fig. 4 plots and Epoch digitised.
 */
export const FIGURE4_BUDGETS = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21] as const;

/** Smallest and largest model in Fig. 4 (Hoffmann et al. 2022; Besiroglu et al. 2024, Sec. 2): 70M and 16B parameters. */
export const FIGURE4_SIZES = [7e7, 1.6e10] as const;

/**
 * A synthetic replica of the design of Hoffmann et al. 2022, Fig. 4 (not its data): at each of
 * FIGURE4_BUDGETS, `perBudget` sizes log-spaced over N_opt(C)/15 to 15·N_opt(C) under `truth`
 * (clipped to 70M–16B), D = C/(6N), loss = L̂(N, D)·exp(noise·z) with z seeded standard normal.
 * The default truth is Epoch's refit (Besiroglu et al. 2024, Table 1), so the replica has the
 * optimum Epoch found; 27 sizes × 9 budgets = 243 runs, near Epoch's 245.
 * @example makeFigure4Replica().length // 243
 */
export function makeFigure4Replica(
  options: { truth?: ChinchillaParams; perBudget?: number; noise?: number; seed?: number } = {},
): Run[] {
  const truth = options.truth ?? CHINCHILLA_PARAMETER_SETS.besiroglu2024;
  const normal = makeNormal(makeRandom(options.seed ?? 1));
  const noise = options.noise ?? 0.01;
  return FIGURE4_BUDGETS.flatMap((C) => {
    const centre = chinchillaFrontier(C, truth).params;
    const lo = Math.max(FIGURE4_SIZES[0], centre / 15);
    const hi = Math.min(FIGURE4_SIZES[1], centre * 15);
    return makeLogGrid(lo, hi, options.perBudget ?? 27).map((N) => {
      const D = C / (6 * N);
      const loss = truth.E + truth.A / N ** truth.alpha + truth.B / D ** truth.beta;
      return { N, D, loss: loss * Math.exp(noise * normal()) };
    });
  });
}
