import { describe, expect, it } from 'vitest';
import { findExercise } from '../../../src/lib/exercises';
import { judgeAnswer, parseVariant, resolveVariant } from '../../../src/lib/exercises/judge';
import type { AnswerSpec, ExerciseDef } from '../../../src/lib/exercises/types';
import { quantityParam, readParams } from '../../../src/lib/paramTable';

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

describe('judgeAnswer(answer, text, expected)', () => {
  it.each([
    [number, '1.8e21', 1.8e21, true, 'Right.'],
    [number, '1.81 × 10^21', 1.8e21, true, 'Right.'],
    [number, '1.9e21', 1.8e21, false, 'Not within tolerance (within 1%).'],
    [choice, 'yes', 'yes', true, 'Right.'],
    [choice, 'no', 'yes', false, 'Not quite.'],
    [choice, '', 'yes', false, 'Choose an answer.'],
  ] as const)('judgeAnswer(%s, %j, %s) is right: %s', (answer, text, expected, right, message) => {
    expect(judgeAnswer(answer, text, expected)).toEqual({ right, message });
  });
  it('an unreadable number is wrong, with the parser’s reason naming the answer', () => {
    const verdict = judgeAnswer(number, 'lots', 1.8e21);
    expect(verdict.right).toBe(false);
    expect(verdict.message).toMatch(/^Training compute C/);
  });
  it('no expected value (an unsolvable variant) judges nothing right', () => {
    expect(judgeAnswer(number, '1.8e21', undefined).right).toBe(false);
  });
});

const trainingFlops = findExercise('planning/02-training-flops')!;
const effectiveTokens = findExercise('planning/06-effective-tokens')!;

describe('parseVariant(def, raw)', () => {
  it('keeps good values and reports each bad one, replaced by its default', () => {
    const { values, problems } = parseVariant(
      trainingFlops,
      readParams(trainingFlops.params, new URLSearchParams('N=7e9&D=-1')),
    );
    expect(values).toEqual({ N: 7e9, D: 100e9 });
    expect(problems).toEqual([
      'Training tokens must be greater than 0, got -1; the default is used instead',
    ]);
  });
});

describe('resolveVariant(def, raw)', () => {
  it('solves the variant a link asks for, with its givens', () => {
    const v = resolveVariant(trainingFlops, { N: '7e9', D: '140e9' });
    expect(v.problems).toEqual([]);
    expect(v.answers['C']).toBe(6 * 7e9 * 140e9);
    expect(v.givens.map((g) => g.label)).toEqual(['Parameters N', 'Training tokens D']);
  });
  it('falls back to the defaults, saying why, when values that parse one by one do not go together', () => {
    const v = resolveVariant(effectiveTokens, { tokens: '100,200,50', quality: '1,1' });
    expect(v.values).toEqual({ tokens: [100, 200, 50], quality: [1.2, 0.7, 1.5] });
    expect(v.problems).toHaveLength(1);
    expect(v.problems[0]).toMatch(
      /^These numbers do not go together: the answer \w+ cannot be computed from them; the default numbers are used instead$/,
    );
    expect(Number.isFinite(v.answers['effective'])).toBe(true);
  });
  it('turns a missing number into a problem instead of NaN (numberOf throws an InputError)', () => {
    const v = resolveVariant(
      {
        ...trainingFlops,
        params: [
          quantityParam('N', 'Parameters', 'parameters', '3e9', { optional: true }),
          ...trainingFlops.params.slice(1),
        ],
      },
      { N: '', D: '1e11' },
    );
    expect(v.problems).toEqual([
      'These numbers do not go together: N needs a number; the default numbers are used instead',
    ]);
    expect(v.answers['C']).toBe(1.8e21);
  });
  it('throws when the defaults themselves cannot be solved: a bug in the exercise, not bad input', () => {
    const broken: ExerciseDef = {
      ...trainingFlops,
      id: 'planning/99-broken',
      solve: () => ({ C: NaN }),
    };
    expect(() => resolveVariant(broken, {})).toThrow(
      /Exercise planning\/99-broken: the default variant cannot be solved/,
    );
  });
});
