import {
  type ChinchillaParams,
  type ChinchillaSetName,
  DEFAULT_CHINCHILLA_SET,
  resolveChinchillaParams,
} from './chinchillaLoss';
import { requireFiniteResult, requirePositive } from './validate';

/** The compute-optimal model for one budget under a Chinchilla loss fit. */
export interface ChinchillaOptimum {
  /** Compute-optimal parameters, N_opt. */
  params: number;
  /** Compute-optimal training tokens, D_opt. */
  tokens: number;
  /** D_opt / N_opt. */
  tokensPerParam: number;
  /** Predicted loss L̂(N_opt, D_opt), nats/token. */
  loss: number;
  /** Exponent of N_opt ∝ C^a, a = β/(α+β). */
  a: number;
  /** Exponent of D_opt ∝ C^b, b = α/(α+β). */
  b: number;
  /** G = (αA/(βB))^(1/(α+β)). */
  G: number;
}

/**
 * Frontier exponents a = β/(α+β), b = α/(α+β) and scale G = (αA/(βB))^(1/(α+β)) of a loss fit
 * (Hoffmann et al. 2022, Eq. 4). Computed from the fit, never copied: Table 2's a = 0.46 for
 * Approach 3 does not follow from the printed α, β (0.452).
 * @example computeFrontierExponents('hoffmann2022').a // ≈ 0.4516
 */
export function computeFrontierExponents(
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): { a: number; b: number; G: number } {
  const p = resolveChinchillaParams(set);
  const G = ((p.alpha * p.A) / (p.beta * p.B)) ** (1 / (p.alpha + p.beta));
  return { a: p.beta / (p.alpha + p.beta), b: p.alpha / (p.alpha + p.beta), G };
}

/**
 * Compute-optimal N and D for a budget of C FLOPs, minimising L̂(N, D) subject to C = 6ND:
 * N_opt = G·(C/6)^a, D_opt = G⁻¹·(C/6)^b, G = (αA/(βB))^(1/(α+β)), a = β/(α+β), b = α/(α+β)
 * (Hoffmann et al. 2022, Eq. 4). 6·N_opt·D_opt = C holds exactly (a + b = 1). Units: parameters, tokens.
 * @example chinchillaFrontier(5.76e23).params // ≈ 32.2e9 ('hoffmann2022'; 'hoffmann2022-unrounded' gives ≈ 40.4e9)
 */
export function chinchillaFrontier(
  C: number,
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): ChinchillaOptimum {
  requirePositive(C, 'C', 'number of FLOPs');
  const p = resolveChinchillaParams(set);
  const { a, b, G } = computeFrontierExponents(p);
  // Work in logs so budgets near the double range do not overflow in (C/6)^a before G scales them.
  const logC6 = Math.log(C / 6);
  const params = requireFiniteResult(Math.exp(Math.log(G) + a * logC6), 'N_opt');
  const tokens = requireFiniteResult(Math.exp(b * logC6 - Math.log(G)), 'D_opt');
  const loss = requireFiniteResult(p.E + p.A / params ** p.alpha + p.B / tokens ** p.beta, 'L');
  return { params, tokens, tokensPerParam: tokens / params, loss, a, b, G };
}

/**
 * The budget for which a model of N parameters is compute-optimal: inverts Eq. 4,
 * C = 6·(N/G)^(1/a) (Hoffmann et al. 2022), then returns the frontier at that budget.
 * @example chinchillaOptimumForSize(70e9, 'besiroglu2024').tokens // ≈ 1.29e12 (the frontier at 5.76e23 FLOPs is 72.2B on 1.33T)
 */
export function chinchillaOptimumForSize(
  N: number,
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): ChinchillaOptimum & { flops: number } {
  requirePositive(N, 'N', 'number of parameters');
  const p = resolveChinchillaParams(set);
  const { a, G } = computeFrontierExponents(p);
  const flops = requireFiniteResult(6 * Math.exp((Math.log(N) - Math.log(G)) / a), 'C');
  return { ...chinchillaFrontier(flops, p), flops };
}
