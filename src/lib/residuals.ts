import { InputError } from './errors';
import { requireFiniteResult } from './validate';

function requireSeries(values: readonly number[], field: string): void {
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new InputError(`${field}[${i}] must be a finite number, got ${String(v)}`, field);
    }
  });
}

/**
 * Residuals of a prediction, r_i = observed_i − predicted_i (positive: the model predicted too low).
 * Same unit as the inputs.
 * @example computeResiduals([2.5, 2.1], [2.4, 2.2]) // [0.1, -0.1] (up to rounding)
 */
export function computeResiduals(
  observed: readonly number[],
  predicted: readonly number[],
): number[] {
  if (observed.length !== predicted.length) {
    throw new InputError(
      `observed and predicted must have the same length, got ${observed.length} and ${predicted.length}`,
      'predicted',
    );
  }
  if (observed.length === 0)
    throw new InputError('observed must have at least one value, got none', 'observed');
  requireSeries(observed, 'observed');
  requireSeries(predicted, 'predicted');
  return observed.map((o, i) => requireFiniteResult(o - predicted[i]!, 'residual'));
}

/**
 * The residual largest in absolute value, with its index (the first one on ties).
 * @example findLargestResidual([2.5, 2.1, 3.0], [2.4, 2.2, 2.7]) // { index: 2, residual: ≈ 0.3, absolute: ≈ 0.3 }
 */
export function findLargestResidual(
  observed: readonly number[],
  predicted: readonly number[],
): { index: number; residual: number; absolute: number } {
  const residuals = computeResiduals(observed, predicted);
  let index = 0;
  residuals.forEach((r, i) => {
    if (Math.abs(r) > Math.abs(residuals[index]!)) index = i;
  });
  const residual = residuals[index]!;
  return { index, residual, absolute: Math.abs(residual) };
}
