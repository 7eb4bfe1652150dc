import { expect } from 'vitest';
import { judgeAnswer, parseVariant } from '../../../src/lib/exercises/judge';
import type { ExerciseDef, Expected } from '../../../src/lib/exercises/types';
import { readParams } from '../../../src/lib/paramTable';

/** The expected answers of an exercise for a query string ('' gives the defaults); fails on a rejected value. */
export function solveFor(def: ExerciseDef, query = ''): Readonly<Record<string, Expected>> {
  const { values, problems } = parseVariant(
    def,
    readParams(def.params, new URLSearchParams(query)),
  );
  expect(problems).toEqual([]);
  return def.solve(values);
}

/** A clearly wrong answer to one spec: another option, or a number far outside any tolerance. */
export function wrongAnswer(def: ExerciseDef, name: string, expected: Expected): string {
  const spec = def.answers.find((a) => a.name === name)!;
  if (spec.kind === 'choice') return spec.options.find((o) => o.value !== expected)!.value;
  return String(Number(expected) * 1.5 + 1);
}

/** Every answer of the defaults judges right as given, and wrong when clearly off. */
export function expectDefaultsJudged(def: ExerciseDef): void {
  const expected = solveFor(def);
  for (const spec of def.answers) {
    const value = expected[spec.name];
    expect(value, `${def.id}: ${spec.name}`).toBeDefined();
    expect(judgeAnswer(spec, String(value), value).right, `${def.id}: ${spec.name} right`).toBe(
      true,
    );
    expect(
      judgeAnswer(spec, wrongAnswer(def, spec.name, value!), value).right,
      `${def.id}: ${spec.name} wrong`,
    ).toBe(false);
  }
}
