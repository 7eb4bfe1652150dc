import { InputError } from './errors';
import { requireFiniteResult, requirePositive } from './validate';

/**
 * Kaplan et al. 2020 batch-size and training-step constants.
 * B_* = 2e8 tokens and α_B = 0.21 (Eq. 1.4, Sec. 5.1; Appendix Table 5 prints B_* = 2.1e8).
 * L(N, S) fit of Sec. 5.2: α_N 0.077, N_c 6.5e13, α_S 0.76, S_c 2.1e3 steps.
 */
export const KAPLAN_STEPS = {
  bStar: 2e8,
  bStarTable5: 2.1e8,
  alphaB: 0.21,
  alphaN: 0.077,
  Nc: 6.5e13,
  alphaS: 0.76,
  Sc: 2.1e3,
} as const;

/**
 * Critical batch size at loss L: B_crit(L) = B_* / L^(1/α_B), B_* = 2e8 tokens, α_B = 0.21
 * (Kaplan et al. 2020, Eq. 1.4). Pass bStar = 2.1e8 for Appendix Table 5's value. Unit: tokens.
 * @example computeCriticalBatch(3) // ≈ 1.07e6 tokens
 */
export function computeCriticalBatch(L: number, bStar: number = KAPLAN_STEPS.bStar): number {
  requirePositive(L, 'L', 'loss in nats per token');
  requirePositive(bStar, 'bStar', 'number of tokens');
  return requireFiniteResult(bStar / L ** (1 / KAPLAN_STEPS.alphaB), 'B_crit');
}

/**
 * Fewest steps that would reach the same loss with a very large batch:
 * S_min(S) = S/(1 + B_crit(L)/B), with B the batch in tokens (Kaplan et al. 2020, Eq. 5.4). Unit: steps.
 * @example computeMinSteps(1e5, 1e6, 3) // ≈ 4.8e4
 */
export function computeMinSteps(S: number, batchTokens: number, L: number): number {
  requirePositive(S, 'S', 'number of steps');
  requirePositive(batchTokens, 'B', 'batch size in tokens');
  return requireFiniteResult(S / (1 + computeCriticalBatch(L) / batchTokens), 'S_min');
}

/**
 * Least compute that would reach the same loss with a very small batch:
 * C_min(C) = C/(1 + B/B_crit(L)), with C = 6NBS (Kaplan et al. 2020, Eq. 5.5). Same unit as C.
 * @example computeMinCompute(1e20, 1e6, 3) // ≈ 5.2e19
 */
export function computeMinCompute(C: number, batchTokens: number, L: number): number {
  requirePositive(C, 'C', 'amount of compute');
  requirePositive(batchTokens, 'B', 'batch size in tokens');
  return requireFiniteResult(C / (1 + batchTokens / computeCriticalBatch(L)), 'C_min');
}

function lossAtMinSteps(N: number, sMin: number): number {
  const k = KAPLAN_STEPS;
  return (k.Nc / N) ** k.alphaN + (k.Sc / sMin) ** k.alphaS;
}

/**
 * Loss of N non-embedding parameters after S steps: L(N, S) = (N_c/N)^α_N + (S_c/S_min)^α_S with the
 * Sec. 5.2 fit (Kaplan et al. 2020, Eq. 1.6). Without a batch size, S is taken to be S_min. With a batch
 * B in tokens, S_min = S/(1 + B_crit(L)/B) (Eq. 5.4) depends on L itself; the unique L that satisfies
 * both is found by bisection (the right side falls as L rises). Unit: nats/token.
 * @example predictKaplanLossNS(1e9, 1e5) // ≈ 2.40 (S = S_min)
 */
export function predictKaplanLossNS(N: number, S: number, batchTokens?: number): number {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(S, 'S', 'number of steps');
  if (batchTokens === undefined) return requireFiniteResult(lossAtMinSteps(N, S), 'L');
  requirePositive(batchTokens, 'B', 'batch size in tokens');
  // f(L) = L(N, S_min(S, B, L)) falls as L rises (B_crit shrinks, S_min grows) and f(L) ≥ L(N, S), so the
  // fixed point L = f(L) lies in [L(N, S), f(L(N, S))], where L − f(L) goes from ≤ 0 to ≥ 0.
  const f = (L: number) => lossAtMinSteps(N, computeMinSteps(S, batchTokens, L));
  let lo = requireFiniteResult(lossAtMinSteps(N, S), 'L');
  let hi = f(lo);
  if (!Number.isFinite(hi))
    throw new InputError('L is out of range: the result is not a finite number', 'L');
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (mid - f(mid) > 0) hi = mid;
    else lo = mid;
  }
  return requireFiniteResult((lo + hi) / 2, 'L');
}
