import { InputError } from '../errors';
import { type ParamValue, type RawParams, parseParam, parseParams } from '../paramTable';
import { parseQuantity } from '../parseQuantity';
import { type AnswerSpec, type ExerciseDef, type Expected, describeTolerance, isWithinTolerance } from './types';

/** Whether one answer is right, and what to tell the student. */
export interface Verdict {
  right: boolean;
  message: string;
}

/**
 * Judges a typed answer against the expected one; unreadable input is wrong with a reason.
 * @example judgeAnswer({ kind: 'number', ..., tolerance: { rel: 0.01 } }, '1.8e21', 1.8e21).right // true
 */
export function judgeAnswer(answer: AnswerSpec, text: string, expected: Expected | undefined): Verdict {
  if (answer.kind === 'choice') {
    if (!text) return { right: false, message: 'Choose an answer.' };
    return text === expected ? { right: true, message: 'Right.' } : { right: false, message: 'Not quite.' };
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
export function parseVariant(def: ExerciseDef, raw: RawParams): { values: Record<string, ParamValue>; problems: string[] } {
  const { values, errors } = parseParams(def.params, raw);
  for (const spec of def.params) {
    if (errors[spec.name] && spec.default !== undefined) values[spec.name] = parseParam(spec, spec.default);
  }
  return { values, problems: Object.values(errors).map((m) => `${m}; the default is used instead`) };
}
