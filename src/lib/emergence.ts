import { InputError } from './errors';
import { requireFiniteResult, requirePositiveInteger } from './validate';

/**
 * Exact match of a k-token answer when each token is right independently with probability p: p^k.
 * A smooth rise in p looks like a sudden jump in p^k for long answers, the "emergence" that Schaeffer
 * et al. 2023 (Are Emergent Abilities of Large Language Models a Mirage?, Sec. 2) attribute to the metric.
 * Unit: probability, 0–1.
 * @example predictExactMatch(0.9, 10) // ≈ 0.349
 */
export function predictExactMatch(p: number, k: number): number {
  if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) {
    throw new InputError(`p must be a per-token accuracy between 0 and 1, got ${String(p)}`, 'p');
  }
  requirePositiveInteger(k, 'k', 'number of tokens');
  return requireFiniteResult(p ** k, 'exactMatch');
}

/**
 * Binary threshold metric: 1 where score ≥ threshold, else 0, for each score (Schaeffer et al. 2023:
 * a discontinuous metric turns a smooth curve over scale into a step).
 * @example applyThresholdMetric([0.2, 0.5, 0.9], 0.5) // [0, 1, 1]
 */
export function applyThresholdMetric(scores: readonly number[], threshold: number): number[] {
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
    throw new InputError(
      `threshold must be a finite number, got ${String(threshold)}`,
      'threshold',
    );
  }
  return scores.map((score, i) => {
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      throw new InputError(`scores[${i}] must be a finite number, got ${String(score)}`, 'scores');
    }
    return score >= threshold ? 1 : 0;
  });
}
