import { InputError } from '../errors';
import { findNonFinite } from '../findNonFinite';
import {
  type ParamValue,
  type RawParams,
  parseParam,
  parseParams,
  readParams,
} from '../paramTable';
import { parseQuantity } from '../parseQuantity';
import {
  type AnswerSpec,
  type ExerciseDef,
  type Expected,
  describeTolerance,
  isWithinTolerance,
} from './types';

/** Whether one answer is right, and what to tell the student. */
export interface Verdict {
  right: boolean;
  message: string;
}

/**
 * Judges a typed answer against the expected one; unreadable input is wrong with a reason.
 * @example judgeAnswer({ kind: 'number', ..., tolerance: { rel: 0.01 } }, '1.8e21', 1.8e21).right // true
 */
export function judgeAnswer(
  answer: AnswerSpec,
  text: string,
  expected: Expected | undefined,
): Verdict {
  if (answer.kind === 'choice') {
    if (!text) return { right: false, message: 'Choose an answer.' };
    return text === expected
      ? { right: true, message: 'Right.' }
      : { right: false, message: 'Not quite.' };
  }
  let value: number;
  try {
    value = parseQuantity(text, answer.label);
  } catch (error) {
    if (error instanceof InputError) return { right: false, message: error.message };
    throw error;
  }
  return isWithinTolerance(value, Number(expected), answer.tolerance)
    ? { right: true, message: 'Right.' }
    : { right: false, message: `Not within tolerance (${describeTolerance(answer)}).` };
}

/**
 * The variant an exercise link asks for: each bad URL value is reported and replaced by its
 * default, so a mistyped or hostile link still gives a working exercise.
 */
export function parseVariant(
  def: ExerciseDef,
  raw: RawParams,
): { values: Record<string, ParamValue>; problems: string[] } {
  const { values, errors } = parseParams(def.params, raw);
  for (const spec of def.params) {
    if (errors[spec.name] && spec.default !== undefined)
      values[spec.name] = parseParam(spec, spec.default);
  }
  return {
    values,
    problems: Object.values(errors).map((m) => `${m}; the default is used instead`),
  };
}

/** A variant ready to show: its values, the problems reported, its answers and its givens. */
export interface ResolvedVariant {
  values: Record<string, ParamValue>;
  problems: string[];
  answers: Readonly<Record<string, Expected>>;
  givens: readonly { label: string; value: string }[];
}

/**
 * The variant a link asks for, solved. Values that parse one by one may still not go together
 * (lists of different lengths, a floor above the losses, a product past 10³⁰⁸); then the
 * default variant is used instead and a problem says why, so a student never sees NaN.
 * @example resolveVariant(def, { N: '1e308', D: '1e308' }).problems // ["… the default numbers are used instead"]
 */
export function resolveVariant(def: ExerciseDef, raw: RawParams): ResolvedVariant {
  const asked = parseVariant(def, raw);
  const solved = trySolve(def, asked.values);
  if ('answers' in solved) return { ...asked, ...solved };
  const fallback = parseVariant(def, readParams(def.params, new URLSearchParams()));
  const solvedDefault = trySolve(def, fallback.values);
  // The defaults are the page's own worked example; failing them is a bug, not bad input.
  if (!('answers' in solvedDefault))
    throw new Error(
      `Exercise ${def.id}: the default variant cannot be solved: ${solvedDefault.reason}`,
    );
  return {
    ...fallback,
    ...solvedDefault,
    problems: [...asked.problems, `${solved.reason}; the default numbers are used instead`],
  };
}

function trySolve(
  def: ExerciseDef,
  values: Record<string, ParamValue>,
): Pick<ResolvedVariant, 'answers' | 'givens'> | { reason: string } {
  try {
    const answers = def.solve(values);
    const givens = def.givens(values);
    const bad = findNonFinite(answers);
    return bad === undefined
      ? { answers, givens }
      : {
          reason: `These numbers do not go together: the answer ${bad} cannot be computed from them`,
        };
  } catch (error) {
    if (error instanceof InputError)
      return { reason: `These numbers do not go together: ${error.message}` };
    throw error;
  }
}
