import { InputError } from './errors';
import { requireFiniteResult, requirePositiveInteger } from './validate';

/**
 * Upper confidence bound on a success rate after 0 successes in n trials. Exact (Clopper–Pearson,
 * one-sided): the rate q with (1 − q)^n = 1 − confidence, q = 1 − (1 − confidence)^(1/n); and the
 * rule of three, 3/n, its large-n approximation at 95% (−ln 0.05 ≈ 3; Hanley & Lippman-Hand 1983).
 * Dimensionless rates.
 * @example boundZeroSuccesses(200).exact // ≈ 0.0149 (rule of three: 0.015)
 */
export function boundZeroSuccesses(
  n: number,
  confidence = 0.95,
): { exact: number; ruleOfThree: number } {
  requirePositiveInteger(n, 'n', 'number of trials');
  if (!(confidence > 0 && confidence < 1)) {
    throw new InputError(`confidence must be between 0 and 1, got ${confidence}`, 'confidence');
  }
  return {
    exact: requireFiniteResult(-Math.expm1(Math.log1p(-confidence) / n), 'q'),
    ruleOfThree: 3 / n,
  };
}

/**
 * Per-token accuracy that gives an exact-match rate q on k-token answers, the inverse of
 * EM = p^k (Schaeffer et al. 2023): p = q^(1/k). Dimensionless.
 * @example perTokenAccuracyFor(0.0149, 10) // ≈ 0.657
 */
export function perTokenAccuracyFor(exactMatch: number, k: number): number {
  if (!(exactMatch >= 0 && exactMatch <= 1)) {
    throw new InputError(
      `exact-match rate must be between 0 and 1, got ${exactMatch}`,
      'exactMatch',
    );
  }
  requirePositiveInteger(k, 'k', 'number of tokens');
  return exactMatch ** (1 / k);
}
