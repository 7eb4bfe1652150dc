import type { ChinchillaParams } from './chinchillaLoss';
import { InputError } from './errors';
import { requireFiniteResult, requirePositive } from './validate';

/** The data-constrained law's loss parameters plus the decay constants of repeated data and excess parameters. */
export interface DataConstrainedParams extends ChinchillaParams {
  /** R_D*: repetitions after which repeated tokens are worth 1/e of fresh ones (≈ 15.4). */
  rDStar: number;
  /** R_N*: the same for parameters beyond the compute-optimal size for the unique data (≈ 5.3). */
  rNStar: number;
}

/**
 * Fitted constants of Muennighoff et al. 2023, Scaling Data-Constrained Language Models (NeurIPS 2023),
 * from the authors' repository (huggingface/datablations, README "Parametric Fit"): R_D* = 15.387756,
 * R_N* = 5.309743 (fitted to their repeated-data runs); E, A, B, α = β fitted to Chinchilla's C4
 * isoFLOP points (ln A 6.255414, ln B 7.3049974, ln E 0.6254804, α = β = 0.3526596).
 */
export const MUENNIGHOFF_2023: DataConstrainedParams = {
  E: Math.exp(0.6254804),
  A: Math.exp(6.255414),
  B: Math.exp(7.3049974),
  alpha: 0.3526596,
  beta: 0.3526596,
  rDStar: 15.387756,
  rNStar: 5.309743,
  source:
    'Muennighoff et al. 2023, data-constrained scaling law; fitted constants from huggingface/datablations',
};

/** e-folding "saturating" value: U + U·R*·(1 − e^(−R/R*)), written with expm1 for accuracy at small R. */
function saturate(unique: number, repeats: number, rStar: number): number {
  return unique - unique * rStar * Math.expm1(-repeats / rStar);
}

/**
 * Effective data of D tokens drawn from U unique ones: D′ = U + U·R_D*·(1 − e^(−R_D/R_D*)), with
 * R_D = D/U − 1 repetitions (epochs − 1) and R_D* ≈ 15.4 (Muennighoff et al. 2023; form and R_D* as in
 * huggingface/datablations, README "Parametric Fit").
 * U ≤ D′ ≤ D. Unit: tokens.
 * @example computeEffectiveData(100e9, 25e9) // ≈ 93.1e9 (4 epochs are worth about 3.7 fresh ones)
 */
export function computeEffectiveData(
  D: number,
  U: number,
  rDStar: number = MUENNIGHOFF_2023.rDStar,
): number {
  requirePositive(D, 'D', 'number of tokens');
  requirePositive(U, 'U', 'number of unique tokens');
  requirePositive(rDStar, 'rDStar', 'number of repetitions');
  if (U > D)
    throw new InputError(`U (unique tokens, ${U}) cannot exceed D (total tokens, ${D})`, 'U');
  return requireFiniteResult(saturate(U, D / U - 1, rDStar), "D'");
}

/**
 * Effective parameters N′ = U_N + U_N·R_N*·(1 − e^(−R_N/R_N*)), where U_N = min(N, compute-optimal N for
 * U tokens) and R_N = N/U_N − 1 (Muennighoff et al. 2023; as in huggingface/datablations). The compute-optimal N for D tokens
 * inverts Chinchilla's frontier: N = G·(D·G)^(β/α), G = (αA/(βB))^(1/(α+β)). Unit: parameters.
 * @example computeEffectiveParams(6.34e9, 25e9).uniqueParams // ≈ 1.27e9
 */
export function computeEffectiveParams(
  N: number,
  U: number,
  params: DataConstrainedParams = MUENNIGHOFF_2023,
): { effectiveParams: number; uniqueParams: number; excessRatio: number } {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(U, 'U', 'number of unique tokens');
  const { A, B, alpha, beta, rNStar } = params;
  const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
  const optimalForU = G * (U * G) ** (beta / alpha);
  const uniqueParams = Math.min(N, requireFiniteResult(optimalForU, 'U_N'));
  const excessRatio = Math.max(N / uniqueParams - 1, 0);
  return {
    effectiveParams: requireFiniteResult(saturate(uniqueParams, excessRatio, rNStar), "N'"),
    uniqueParams,
    excessRatio,
  };
}

/**
 * Loss with repeated data: L = E + A/N′^α + B/D′^β (Muennighoff et al. 2023: Chinchilla's form with N′, D′),
 * with D′ from computeEffectiveData and N′ from computeEffectiveParams. Unit: nats/token.
 * @example predictDataConstrainedLoss(6.34e9, 242e9, 25e9) // ≈ 2.22564 (the datablations README example)
 */
export function predictDataConstrainedLoss(
  N: number,
  D: number,
  U: number,
  params: DataConstrainedParams = MUENNIGHOFF_2023,
): number {
  const effectiveData = computeEffectiveData(D, U, params.rDStar);
  const { effectiveParams } = computeEffectiveParams(N, U, params);
  return requireFiniteResult(
    params.E + params.A / effectiveParams ** params.alpha + params.B / effectiveData ** params.beta,
    'L',
  );
}
