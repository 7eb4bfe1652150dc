import {
  type ChinchillaParams,
  type ChinchillaSetName,
  DEFAULT_CHINCHILLA_SET,
  resolveChinchillaParams,
} from './chinchillaLoss';
import { chinchillaOptimumForSize } from './chinchillaFrontier';
import { InputError } from './errors';
import { requireFiniteResult, requirePositive } from './validate';

/**
 * Tokens N parameters need to reach loss L under L̂(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022,
 * Eq. 2), solved for D: D = (B / (L − E − A/N^α))^(1/β). Throws when L is at or below what N can reach
 * with infinite data (E + A/N^α). The "same quality, smaller model" comparison of Sardana et al. 2023.
 * Units: tokens, from parameters and nats/token.
 * @example solveTokensForLoss(70e9, predictChinchillaLoss(70e9, 1.4e12)) // ≈ 1.4e12
 */
export function solveTokensForLoss(
  N: number,
  L: number,
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): number {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(L, 'L', 'loss in nats per token');
  const p = resolveChinchillaParams(set);
  const floor = p.E + p.A / N ** p.alpha;
  if (!(L > floor)) {
    throw new InputError(
      `A model of ${N.toPrecision(3)} parameters cannot reach loss ${L.toPrecision(4)}: even unlimited data leaves ${floor.toPrecision(4)}`,
      'N',
    );
  }
  return requireFiniteResult((p.B / (L - floor)) ** (1 / p.beta), 'D');
}

/**
 * Tokens that make N parameters compute-optimal, inverting Hoffmann et al. 2022 Eq. 4
 * (N_opt = G·(C/6)^a, D_opt = G⁻¹·(C/6)^b, a + b = 1): C/6 = (N/G)^(1/a), so D = (C/6)/N.
 * Unit: tokens.
 * @example computeOptimalTokensForParams(13e9, 'hoffmann2022-unrounded') // ≈ 6.17e11
 */
export function computeOptimalTokensForParams(
  N: number,
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): number {
  return chinchillaOptimumForSize(N, set).tokens;
}
