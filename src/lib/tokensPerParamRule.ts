import { requireFiniteResult, requirePositive } from './validate';

/**
 * About 20 training tokens per parameter at the compute optimum. Not stated as a rule in Hoffmann et al.
 * 2022: read off Table 3 (20.0–22.4 tokens per parameter across its rows, see findTable3RatioRange) and Chinchilla itself
 * (1.4T tokens / 70B = 20). Status: derived.
 */
export const CHINCHILLA_TOKENS_PER_PARAM = 20;

/**
 * Compute-optimal N and D under a fixed tokens-per-parameter ratio r: with C = 6·N·D and D = r·N,
 * N = sqrt(C/(6r)) and D = r·N (r = 20: N = sqrt(C/120)). Units: parameters, tokens.
 * @example allocateByTokensPerParam(1.92e19) // { params: 4e8, tokens: 8e9 } (Hoffmann et al. 2022 Table 3, first row)
 */
export function allocateByTokensPerParam(
  C: number,
  tokensPerParam: number = CHINCHILLA_TOKENS_PER_PARAM,
): { params: number; tokens: number } {
  requirePositive(C, 'C', 'number of FLOPs');
  requirePositive(tokensPerParam, 'tokensPerParam', 'ratio of tokens to parameters');
  const params = requireFiniteResult(Math.sqrt(C / (6 * tokensPerParam)), 'N');
  return { params, tokens: requireFiniteResult(tokensPerParam * params, 'D') };
}
