import { KAPLAN_EXERCISES } from './kaplan';
import { PLANNING_EXERCISES } from './planning';
import { type ParamValue, readParams } from '../paramTable';
import { parseVariant } from './judge';
import type { ExerciseDef, Expected } from './types';

export { KAPLAN_EXERCISES } from './kaplan';
export { PLANNING_EXERCISES } from './planning';

/** Every exercise, in the order the index lists them: the Kaplan track, then the planning track. */
export const EXERCISES: readonly ExerciseDef[] = [...KAPLAN_EXERCISES, ...PLANNING_EXERCISES];

/** Looks an exercise up by its id (its address below /exercises/). */
export function findExercise(id: string): ExerciseDef | undefined {
  return EXERCISES.find((e) => e.id === id);
}

/**
 * The default variant of an exercise and its expected answers, for the worked solution on its page.
 * Throws for an unknown id, so a mistyped page fails the build.
 */
export function solveDefaults(id: string): {
  values: Record<string, ParamValue>;
  answers: Readonly<Record<string, Expected>>;
} {
  const def = findExercise(id);
  if (!def) throw new Error(`No exercise with id "${id}"`);
  const { values } = parseVariant(def, readParams(def.params, new URLSearchParams()));
  return { values, answers: def.solve(values) };
}
