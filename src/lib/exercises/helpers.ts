import { list, need } from '../calculator';
import { InputError } from '../errors';
import { formatQuantity } from '../formatQuantity';
import type { ListParam, ParamValue } from '../paramTable';

/** Parsed values of an exercise's parameters, as its solve and givens receive them. */
export type Values = Readonly<Record<string, ParamValue>>;

/** A list parameter (`x=1e2,1e3`) with its default; `extra` adds bounds or item counts. */
export function listParam(
  name: string,
  label: string,
  unit: string,
  value: string,
  extra: Partial<ListParam> = {},
): ListParam {
  return { kind: 'list', name, label, unit, default: value, minItems: 2, maxItems: 12, ...extra };
}

/**
 * A parsed number; never NaN. An absent one throws an InputError naming the field (need), which
 * resolveVariant turns into a problem line and the default variant, rather than a checker that
 * silently accepts nothing.
 * @example numberOf({ N: 3e9 }, 'N') // 3e9
 */
export const numberOf = (values: Values, name: string): number => need(values, name);

/** A parsed list (empty when absent). */
export const listOf = (values: Values, name: string): readonly number[] => list(values, name) ?? [];

/**
 * A loss as the page shows it, rounded to 4 decimals: the Kaplan checkers work from the shown
 * numbers, as the student does.
 * @example shownLoss(2.345678) // 2.3457
 */
export const shownLoss = (loss: number): number => Number(loss.toFixed(4));

/** A list for people: each item with `digits` significant digits, comma-separated. */
export const formatList = (values: readonly number[], digits = 4): string =>
  values.map((v) => formatQuantity(v, 'plain', digits)).join(', ');

/**
 * Runs `fn` and returns its value, or the message of the InputError it threw: list parameters that
 * are fine one by one can still disagree (lengths differ, a loss below its floor), and the page
 * must say so instead of breaking.
 * @example tryInputs(() => computeResiduals([1], [1, 2])) // { ok: false, message: 'observed and predicted must have the same length, …' }
 */
export function tryInputs<T>(fn: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The line a variant's box shows when its numbers do not make an exercise. */
export const problemLine = (message: string) => ({
  label: 'These numbers do not fit together',
  value: `${message}. Ask for a corrected link.`,
});

/**
 * A number as TeX for worked solutions, with `digits` significant digits: m \times 10^{n} when
 * |n| ≥ 4 (10^{n} when m is 1), else plain with {,} grouping (KaTeX would space a bare comma).
 * @example texNumber(3.15e23) // "3.15 \\times 10^{23}"; texNumber(3645.8) // "3{,}650"
 */
export function texNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '\\text{--}';
  if (value === 0) return '0';
  const [mantissa = '0', exponent = '0'] = value.toExponential(digits - 1).split('e');
  const n = Number(exponent);
  if (Math.abs(n) >= 4)
    return Number(mantissa) === 1 ? `10^{${n}}` : `${String(Number(mantissa))} \\times 10^{${n}}`;
  const plain = new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits }).format(value);
  return plain.replace(/,/g, '{,}');
}

/**
 * A whole count as TeX with {,} thousands separators, for exact parameter counts.
 * @example texCount(2359296) // "2{,}359{,}296"
 */
export const texCount = (value: number): string =>
  Math.round(value).toLocaleString('en-US').replace(/,/g, '{,}');
