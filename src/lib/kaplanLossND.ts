import { InputError } from './errors';
import { requireFiniteResult, requirePositive } from './validate';

/** Constants of Kaplan's L(N, D): exponents α_N, α_D and scales N_c (non-embedding parameters), D_c (tokens). */
export interface KaplanNDConstants {
  alphaN: number;
  alphaD: number;
  Nc: number;
  Dc: number;
}

/**
 * Two constant sets for Eq. 1.5 (Kaplan et al. 2020):
 * - 'sec4.2' (default): the joint fit of L(N, D) in Sec. 4.2 ("Fits to L(N, D)"): α_N 0.076, α_D 0.103,
 *   N_c 6.4e13, D_c 1.8e13. It is the fit of this very equation, and the overfitting criterion
 *   D ≳ 5·10³·N^0.74 comes from it (0.076/0.103 = 0.738).
 * - 'sec1': the single-variable laws of Eqs. 1.1–1.2: α_N 0.076, α_D 0.095, N_c 8.8e13, D_c 5.4e13.
 */
export const KAPLAN_ND_CONSTANTS = {
  'sec4.2': { alphaN: 0.076, alphaD: 0.103, Nc: 6.4e13, Dc: 1.8e13 },
  sec1: { alphaN: 0.076, alphaD: 0.095, Nc: 8.8e13, Dc: 5.4e13 },
} as const satisfies Record<string, KaplanNDConstants>;

/** Name of a Kaplan L(N, D) constant set. */
export type KaplanNDSet = keyof typeof KAPLAN_ND_CONSTANTS;

function constantsFor(set: KaplanNDSet): KaplanNDConstants {
  const c = (KAPLAN_ND_CONSTANTS as Record<string, KaplanNDConstants>)[set];
  if (c === undefined) {
    throw new InputError(`set must be 'sec4.2' or 'sec1', got ${JSON.stringify(set)}`, 'set');
  }
  return c;
}

/**
 * Loss of N non-embedding parameters trained on D tokens with early stopping:
 * L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D (Kaplan et al. 2020, Eq. 1.5 = Eq. 4.1). Unit: nats/token.
 * @example predictKaplanLossND(1e9, 1e10) // ≈ 2.42 with the Sec. 4.2 fit
 */
export function predictKaplanLossND(N: number, D: number, set: KaplanNDSet = 'sec4.2'): number {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(D, 'D', 'number of tokens');
  const c = constantsFor(set);
  return requireFiniteResult(((c.Nc / N) ** (c.alphaN / c.alphaD) + c.Dc / D) ** c.alphaD, 'L');
}

/**
 * Overfitting penalty, the relative excess of L(N, D) over L(N, ∞):
 * δL(N, D) = L(N, D)/L(N, ∞) − 1 = (1 + (N/N_c)^(α_N/α_D)·D_c/D)^α_D − 1 (Kaplan et al. 2020, Sec. 4.2).
 * Dimensionless, ≥ 0.
 * @example computeOverfittingPenalty(1e9, 1e10) // ≈ 0.0435
 */
export function computeOverfittingPenalty(
  N: number,
  D: number,
  set: KaplanNDSet = 'sec4.2',
): number {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(D, 'D', 'number of tokens');
  const c = constantsFor(set);
  // Math.log1p/expm1 keep small penalties (large D) accurate instead of rounding to 0.
  const x = (N / c.Nc) ** (c.alphaN / c.alphaD) * (c.Dc / D);
  return requireFiniteResult(Math.expm1(c.alphaD * Math.log1p(x)), 'δL');
}

/**
 * The overfitting penalty Kaplan et al. 2020 tolerate, δL = L(N, D)/L(N, ∞) − 1 ≤ 0.02 (Sec. 4.2):
 * relative, not nats. Only the relative reading gives the rule's coefficient: δL = 0.02 at
 * D = c·N^0.74 solves to c ≈ 5.5·10³ with the Sec. 4.2 fit (printed as 5·10³), whereas 0.02 nats
 * at L ≈ 3 would be δL ≈ 0.007 and c ≈ 1.5–2·10⁴. Dimensionless.
 */
export const KAPLAN_PENALTY_TOLERANCE = 0.02;

/** Coefficient and exponent of Kaplan's data rule D ≳ 5·10³·N^0.74 (Kaplan et al. 2020, Sec. 4.2). Units: tokens, parameters. */
export const KAPLAN_DATA_RULE = { coefficient: 5e3, exponent: 0.74 } as const;

/**
 * Tokens needed to keep the overfitting penalty δL within KAPLAN_PENALTY_TOLERANCE (0.02, relative):
 * D ≳ 5·10³·N^0.74 (Kaplan et al. 2020, Sec. 4.2; the 0.74 is α_N/α_D of the Sec. 4.2 fit).
 * Unit: tokens.
 * @example minTokensToAvoidOverfitting(1e9) // ≈ 2.3e10
 */
export function minTokensToAvoidOverfitting(N: number): number {
  requirePositive(N, 'N', 'number of parameters');
  return requireFiniteResult(KAPLAN_DATA_RULE.coefficient * N ** KAPLAN_DATA_RULE.exponent, 'D');
}
