import { formatQuantity } from '../formatQuantity';
import { type Verdict, judgeAnswer } from './judge';
import type { AnswerSpec, Expected } from './types';

/**
 * Judges every answer of an exercise at once (judgeAnswer per field; a field left empty is wrong).
 * @example checkAnswers([spec], { C: '1.8e21' }, { C: 1.8e21 }).C.right // true
 */
export function checkAnswers(
  answers: readonly AnswerSpec[],
  given: Readonly<Record<string, string>>,
  expected: Readonly<Record<string, Expected>>,
): Record<string, Verdict> {
  return Object.fromEntries(
    answers.map((a) => [a.name, judgeAnswer(a, given[a.name] ?? '', expected[a.name])]),
  );
}

/**
 * Whether every verdict is right; undefined before the first Check.
 * @example isAllRight({ a: { right: true, message: 'Right.' } }) // true
 */
export function isAllRight(verdicts: Readonly<Record<string, Verdict>> | undefined) {
  return verdicts ? Object.values(verdicts).every((v) => v.right) : undefined;
}

/**
 * The expected answer as the page shows it: a choice's label, or the number to 4 significant
 * digits in the answer's style (formatQuantity).
 * @example showExpected({ kind: 'choice', options: [{ value: 'b', label: 'Bigger' }], ... }, 'b') // 'Bigger'
 */
export function showExpected(answer: AnswerSpec, value: Expected | undefined): string {
  return answer.kind === 'choice'
    ? (answer.options.find((o) => o.value === value)?.label ?? String(value))
    : formatQuantity(Number(value), answer.style, 4);
}
