import { tokensFromComputeExercise, trainingFlopsExercise } from './planning';
import type { ExerciseDef } from './types';

/** Every exercise, in the order the index lists them. */
export const EXERCISES: readonly ExerciseDef[] = [trainingFlopsExercise, tokensFromComputeExercise];

/** Looks an exercise up by its id (its address below /exercises/). */
export function findExercise(id: string): ExerciseDef | undefined {
  return EXERCISES.find((e) => e.id === id);
}
