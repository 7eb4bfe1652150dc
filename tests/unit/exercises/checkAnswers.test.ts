import { describe, expect, it } from 'vitest';
import { checkAnswers, isAllRight, showExpected } from '../../../src/lib/exercises/checkAnswers';
import type { AnswerSpec } from '../../../src/lib/exercises/types';

const number: AnswerSpec = {
  kind: 'number',
  name: 'C',
  label: 'Training compute C',
  unit: 'FLOPs',
  style: 'scientific',
  tolerance: { rel: 0.01 },
};
const choice: AnswerSpec = {
  kind: 'choice',
  name: 'under',
  label: 'Undertrained?',
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
};
const expected = { C: 1.8e21, under: 'yes' };

describe('checkAnswers(answers, given, expected)', () => {
  it('judges every field, a missing one as empty', () => {
    expect(checkAnswers([number, choice], { C: '1.8e21' }, expected)).toEqual({
      C: { right: true, message: 'Right.' },
      under: { right: false, message: 'Choose an answer.' },
    });
  });
  it('gives one verdict per answer, all right for the expected values', () => {
    const verdicts = checkAnswers([number, choice], { C: '1.81e21', under: 'yes' }, expected);
    expect(Object.keys(verdicts)).toEqual(['C', 'under']);
    expect(isAllRight(verdicts)).toBe(true);
  });
});

describe('isAllRight(verdicts)', () => {
  it.each([
    [undefined, undefined],
    [{}, true],
    [{ a: { right: true, message: '' } }, true],
    [{ a: { right: true, message: '' }, b: { right: false, message: '' } }, false],
  ])('isAllRight(%j) is %j', (verdicts, all) => {
    expect(isAllRight(verdicts)).toBe(all);
  });
});

describe('showExpected(answer, value)', () => {
  it.each([
    [choice, 'no', 'No'],
    [choice, 'maybe', 'maybe'],
    [number, 1.8e21, '1.8 × 10²¹'],
    [number, 1.23456e21, '1.235 × 10²¹'],
  ] as const)('shows %j’s %j as %j', (answer, value, shown) => {
    expect(showExpected(answer, value)).toBe(shown);
  });
});
