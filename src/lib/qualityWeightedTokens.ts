import { InputError } from './errors';
import { requireFiniteResult, requireNonNegative } from './validate';

/**
 * Quality-weighted effective tokens of a data mix: Σ tokens_i·quality_i, where quality_i ≥ 0 says how
 * much one token of source i is worth relative to a reference token (1 = as good). A bookkeeping device
 * for the data-mix exercises, not a law from a paper. Unit: tokens.
 * @example computeQualityWeightedTokens([410e9, 19e9], [0.5, 1]) // 2.24e11
 */
export function computeQualityWeightedTokens(
  tokens: readonly number[],
  quality: readonly number[],
): number {
  if (tokens.length !== quality.length) {
    throw new InputError(
      `tokens and quality must have the same length, got ${tokens.length} and ${quality.length}`,
      'quality',
    );
  }
  if (tokens.length === 0)
    throw new InputError('tokens must list at least one source, got none', 'tokens');
  let sum = 0;
  tokens.forEach((t, i) => {
    requireNonNegative(t, `tokens[${i}]`, 'number of tokens');
    sum += t * requireNonNegative(quality[i]!, `quality[${i}]`, 'quality weight');
  });
  return requireFiniteResult(sum, 'tokens');
}
