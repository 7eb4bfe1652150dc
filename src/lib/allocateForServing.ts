import {
  type ChinchillaParams,
  type ChinchillaSetName,
  resolveChinchillaParams,
} from './chinchillaLoss';
import { chinchillaFrontier } from './chinchillaFrontier';
import { solveTokensForLoss } from './chinchillaTokensForLoss';
import { requireNonNegative, requirePositive } from './validate';

/** The inference-aware allocation: the model of the budget's quality that is cheapest over its life. */
export interface ServingAwareAllocation {
  params: number;
  tokens: number;
  /** The loss held fixed: the compute-optimal model's at the budget, nats/token. */
  loss: number;
  /** 6·N·D of this model: more than the budget once anything is served. */
  trainingFlops: number;
  /** 6·N·D + 2·N·served. */
  lifetimeFlops: number;
  /** The compute-optimal model of the same loss, for comparison. */
  computeOptimal: { params: number; tokens: number; lifetimeFlops: number };
}

/**
 * Sardana et al. 2023 (Beyond Chinchilla-Optimal, Sec. 2): of all (N, D) that reach the loss ℓ of
 * the compute-optimal model for C FLOPs (Hoffmann et al. 2022, Eq. 2 and 4), the one that minimises
 * lifetime compute 6·N·D + 2·N·D_inf for D_inf served tokens. With D(N) = (B/(ℓ − E − A/N^α))^(1/β)
 * the derivative is 6·D·(1 − αA/(β·N^α·(ℓ − E − A/N^α))) + 2·D_inf, which rises from −∞ at the
 * smallest N that can reach ℓ to 2·D_inf at the compute-optimal N; its root is found by bisection in
 * ln N (hand-written: 200 halvings of a bracketed root need no library). D_inf = 0 gives the
 * compute-optimal model back. Units: parameters, tokens, FLOPs.
 * @example allocateForServing(5.76e23, 2e13, 'hoffmann2022-unrounded').params // smaller than the 40.4e9 of the frontier
 */
export function allocateForServing(
  C: number,
  servedTokens: number,
  set: ChinchillaSetName | ChinchillaParams,
): ServingAwareAllocation {
  requirePositive(C, 'C', 'number of FLOPs');
  requireNonNegative(servedTokens, 'served', 'number of tokens');
  const p = resolveChinchillaParams(set);
  const optimum = chinchillaFrontier(C, p);
  const loss = optimum.loss;
  const lifetime = (N: number, D: number) => 6 * N * D + 2 * N * servedTokens;
  const computeOptimal = {
    params: optimum.params,
    tokens: optimum.tokens,
    lifetimeFlops: lifetime(optimum.params, optimum.tokens),
  };
  const slope = (N: number) => {
    const gap = loss - p.E - p.A / N ** p.alpha;
    const D = (p.B / gap) ** (1 / p.beta);
    return 6 * D * (1 - (p.alpha * p.A) / (p.beta * N ** p.alpha * gap)) + 2 * servedTokens;
  };
  let N = optimum.params;
  if (servedTokens > 0) {
    // The smallest size that reaches ℓ with unlimited data: E + A/N^α = ℓ.
    const floor = (p.A / (loss - p.E)) ** (1 / p.alpha);
    let lo = Math.log(floor);
    let hi = Math.log(optimum.params);
    for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
      const mid = (lo + hi) / 2;
      const s = slope(Math.exp(mid));
      if (Number.isNaN(s) || s < 0) lo = mid;
      else hi = mid;
    }
    N = Math.exp(hi);
  }
  const tokens = N === optimum.params ? optimum.tokens : solveTokensForLoss(N, loss, p);
  return {
    params: N,
    tokens,
    loss,
    trainingFlops: 6 * N * tokens,
    lifetimeFlops: lifetime(N, tokens),
    computeOptimal,
  };
}
