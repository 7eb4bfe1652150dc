import { InputError } from './errors';

/** Short, readable rendering of a rejected value for error messages. */
function shown(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  return JSON.stringify(value) ?? String(value);
}

/**
 * Returns `value` if it is a finite number > 0, else throws an InputError naming it:
 * "N must be a positive number of parameters, got -3".
 * @example requirePositive(175e9, 'N', 'number of parameters') // 175e9
 */
export function requirePositive(value: number, name: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InputError(`${name} must be a positive ${what}, got ${shown(value)}`, name);
  }
  return value;
}

/**
 * Returns `value` if it is a finite number ≥ 0, else throws an InputError naming it.
 * @example requireNonNegative(0, 'served', 'number of tokens') // 0
 */
export function requireNonNegative(value: number, name: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InputError(`${name} must be a non-negative ${what}, got ${shown(value)}`, name);
  }
  return value;
}

/**
 * Returns `value` if 0 < value ≤ 1 (a utilisation or probability), else throws.
 * @example requireFraction(0.4, 'mfu', 'utilisation') // 0.4
 */
export function requireFraction(value: number, name: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw new InputError(`${name} must be a ${what} between 0 and 1, got ${shown(value)}`, name);
  }
  return value;
}

/**
 * Returns `value` if it is a positive integer, else throws.
 * @example requirePositiveInteger(1024, 'gpus', 'number of GPUs') // 1024
 */
export function requirePositiveInteger(value: number, name: string, what: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new InputError(`${name} must be a positive whole ${what}, got ${shown(value)}`, name);
  }
  return value;
}

/**
 * Returns `value` if it is finite; guards results so no NaN or Infinity leaves the library.
 * @example requireFiniteResult(1e300 * 10, 'C') // throws: the result is too large
 */
export function requireFiniteResult(value: number, name: string): number {
  if (!Number.isFinite(value)) {
    throw new InputError(`${name} is out of range: the result is not a finite number`, name);
  }
  return value;
}
