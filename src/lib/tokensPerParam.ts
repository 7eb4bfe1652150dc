import { CHINCHILLA_TOKENS_PER_PARAM } from './tokensPerParamRule';
import { requireFiniteResult, requirePositive } from './validate';

/**
 * Training tokens per parameter, D/N. Dimensionless.
 * @example computeTokensPerParam(70e9, 1.4e12) // 20 (Chinchilla)
 */
export function computeTokensPerParam(N: number, D: number): number {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(D, 'D', 'number of tokens');
  return requireFiniteResult(D / N, 'D/N');
}

/**
 * Whether a model saw fewer tokens per parameter than the compute-optimal ~20 (Hoffmann et al. 2022,
 * read off Table 3): D/N < threshold.
 * @example isUndertrained(175e9, 300e9) // true (GPT-3: 1.7 tokens per parameter)
 */
export function isUndertrained(
  N: number,
  D: number,
  threshold: number = CHINCHILLA_TOKENS_PER_PARAM,
): boolean {
  requirePositive(threshold, 'threshold', 'ratio of tokens to parameters');
  return computeTokensPerParam(N, D) < threshold;
}
