import { requireFiniteResult, requirePositive } from './validate';

/**
 * Compute-efficient allocation fitted by Kaplan et al. 2020 (Appendix A, Table 6; Fig. 14), C_min in PF-days:
 * N_opt = 1.3e9·C_min^0.73 (non-embedding parameters), B = 2e6·C_min^0.24 (tokens),
 * S_min = 5.4e3·C_min^0.03 (steps), D_opt = 2e10·C_min^0.27 (tokens, one epoch).
 * Eq. 6.7 gives D = 4e10·C_min^0.26 instead: it trains at the critical batch, where C = 2·C_min; Table 6 is the default.
 */
export const KAPLAN_TABLE_6 = {
  params: { coefficient: 1.3e9, exponent: 0.73 },
  batchTokens: { coefficient: 2e6, exponent: 0.24 },
  minSteps: { coefficient: 5.4e3, exponent: 0.03 },
  tokens: { coefficient: 2e10, exponent: 0.27 },
} as const;

/** Kaplan's compute-efficient model size, batch, steps and data for one budget. */
export interface KaplanAllocation {
  /** Non-embedding parameters, N_opt. */
  params: number;
  /** Batch size in tokens, B. */
  batchTokens: number;
  /** Minimum number of steps, S_min. */
  minSteps: number;
  /** Training tokens, D_opt. */
  tokens: number;
}

/**
 * Kaplan's compute-efficient allocation for a budget of C_min PF-days (Kaplan et al. 2020, Table 6):
 * N_opt = 1.3e9·C^0.73, B = 2e6·C^0.24, S_min = 5.4e3·C^0.03, D_opt = 2e10·C^0.27. These are four
 * separate fits, so 6·N_opt·D_opt is not exactly C (at 1 PF-day it is about 1.8 PF-days).
 * @example allocateKaplanCompute(1).params // 1.3e9
 */
export function allocateKaplanCompute(cMinPfDays: number): KaplanAllocation {
  requirePositive(cMinPfDays, 'C_min', 'amount of compute in PF-days');
  const t = KAPLAN_TABLE_6;
  const at = (law: { coefficient: number; exponent: number }, name: string) =>
    requireFiniteResult(law.coefficient * cMinPfDays ** law.exponent, name);
  return {
    params: at(t.params, 'N_opt'),
    batchTokens: at(t.batchTokens, 'B'),
    minSteps: at(t.minSteps, 'S_min'),
    tokens: at(t.tokens, 'D_opt'),
  };
}

/**
 * Theoretical compute exponent α_C^min = 1/(1/α_S + 1/α_B + 1/α_N) (Kaplan et al. 2020, Eq. 1.8 and
 * App. B Eq. B.7). With α_S 0.76, α_B 0.21, α_N 0.076 it is 0.0520 (the paper prints ≈ 0.054 in Eq. 6.4
 * and ≈ 0.052 in Eq. B.7). Dimensionless.
 * @example computeAlphaCMin() // ≈ 0.0520
 */
export function computeAlphaCMin(alphaS = 0.76, alphaB = 0.21, alphaN = 0.076): number {
  requirePositive(alphaS, 'alphaS', 'exponent');
  requirePositive(alphaB, 'alphaB', 'exponent');
  requirePositive(alphaN, 'alphaN', 'exponent');
  return 1 / (1 / alphaS + 1 / alphaB + 1 / alphaN);
}
