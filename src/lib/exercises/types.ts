import type { QuantityStyle } from '../formatQuantity';
import type { ParamTable, ParamValue } from '../paramTable';

/** A numeric answer, right when |given − expected| ≤ max(abs, rel·|expected|). */
export interface NumberAnswer {
  kind: 'number';
  name: string;
  label: string;
  unit?: string;
  style: QuantityStyle;
  tolerance: { rel?: number; abs?: number };
}

/** An answer picked from options; right when it equals the expected value. */
export interface ChoiceAnswer {
  kind: 'choice';
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
}

export type AnswerSpec = NumberAnswer | ChoiceAnswer;

/** The expected answer for a variant: a number or a choice's value. */
export type Expected = number | string;

/**
 * One self-checking exercise. `params` are the variant's inputs (pre-filled from the URL, so an
 * instructor can hand each student different numbers); `solve` gives the expected answers for
 * them; `givens` is what the page shows the student; prose, hints in words and the worked
 * solution live here too so the index and the checker share one definition.
 */
export interface ExerciseDef {
  /** Stable address below /exercises/, e.g. "planning/02-training-flops". */
  id: string;
  track: 'kaplan' | 'planning';
  title: string;
  difficulty: 1 | 2 | 3 | 4 | 5;
  params: ParamTable;
  givens(values: Readonly<Record<string, ParamValue>>): readonly { label: string; value: string }[];
  answers: readonly AnswerSpec[];
  solve(values: Readonly<Record<string, ParamValue>>): Readonly<Record<string, Expected>>;
  hints: readonly string[];
}

/** The tolerance of a numeric answer in words, for the page ("within 1%", "within ±0.001"). */
export function describeTolerance(answer: NumberAnswer): string {
  const parts = [];
  if (answer.tolerance.rel !== undefined) parts.push(`${answer.tolerance.rel * 100}%`);
  if (answer.tolerance.abs !== undefined) parts.push(`±${answer.tolerance.abs}`);
  return `within ${parts.join(' or ')}`;
}

/**
 * Is a numeric answer right? |given − expected| ≤ max(abs, rel·|expected|).
 * @example isWithinTolerance(3.1e21, 1.8e21 * 1.7, { rel: 0.02 }) // true
 */
export function isWithinTolerance(
  given: number,
  expected: number,
  tolerance: NumberAnswer['tolerance'],
): boolean {
  if (!Number.isFinite(given) || !Number.isFinite(expected)) return false;
  const allowed = Math.max(tolerance.abs ?? 0, (tolerance.rel ?? 0) * Math.abs(expected));
  return Math.abs(given - expected) <= allowed;
}
