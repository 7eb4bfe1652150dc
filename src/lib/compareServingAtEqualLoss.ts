import {
  type ChinchillaParams,
  type ChinchillaSetName,
  DEFAULT_CHINCHILLA_SET,
  predictChinchillaLoss,
} from './chinchillaLoss';
import { computeOptimalTokensForParams, solveTokensForLoss } from './chinchillaTokensForLoss';
import { type LifetimeFlops, computeLifetimeFlops } from './inferenceCost';
import { InputError } from './errors';

/** A compute-optimal model against a smaller one trained to the same loss, over one lifetime demand. */
export interface EqualLossComparison {
  /** Training tokens of the larger, compute-optimal model (Eq. 4 inverted). */
  largeTokens: number;
  /** Training tokens the smaller model needs to reach the same loss (Eq. 2 solved for D). */
  smallTokens: number;
  large: LifetimeFlops;
  small: LifetimeFlops;
  /** large.total − small.total, FLOPs (positive: the smaller model is cheaper over its life). */
  saved: number;
  /** saved / large.total. */
  savedFraction: number;
}

/**
 * Sardana et al. 2023's comparison (Beyond Chinchilla-Optimal, Fig. 1: a 13B model against a 7B of
 * the same quality at 2T tokens of demand saves 1.7e22 FLOPs, 17%): the larger model trained to its
 * compute optimum, the smaller trained to the same Chinchilla loss, each costing 6·N·D + 2·N·D_inf.
 * The answer depends on the fit: 16% with the unrounded Hoffmann constants, 9% as printed, 28% with
 * Epoch's refit. Units: parameters, tokens, FLOPs.
 * @example compareServingAtEqualLoss(13e9, 7e9, 2e12, 'hoffmann2022-unrounded').savedFraction // ≈ 0.163
 */
export function compareServingAtEqualLoss(
  largeParams: number,
  smallParams: number,
  servedTokens: number,
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): EqualLossComparison {
  if (!(smallParams < largeParams)) {
    throw new InputError(
      `the smaller model must have fewer parameters than ${largeParams}, got ${smallParams}`,
      'smallParams',
    );
  }
  const largeTokens = computeOptimalTokensForParams(largeParams, set);
  const smallTokens = solveTokensForLoss(
    smallParams,
    predictChinchillaLoss(largeParams, largeTokens, set),
    set,
  );
  const large = computeLifetimeFlops(largeParams, largeTokens, servedTokens);
  const small = computeLifetimeFlops(smallParams, smallTokens, servedTokens);
  const saved = large.total - small.total;
  return { largeTokens, smallTokens, large, small, saved, savedFraction: saved / large.total };
}
