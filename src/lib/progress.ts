import { z } from 'zod';

/** Version of the stored progress format; a store of another version is ignored, never fatal. */
export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = 'scaling-lab:progress';

// zod validates what comes back from localStorage: a reader's storage may hold anything.
const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  exercises: z.record(
    z.string().max(200),
    z.object({ solved: z.boolean(), hintsUsed: z.number().int().min(0).max(100) }),
  ),
});

export type Progress = z.infer<typeof ProgressSchema>;
export type ExerciseProgress = Progress['exercises'][string];

/** A store with nothing solved. */
export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, exercises: {} });

/**
 * Reads stored progress; corrupted JSON, another version or a wrong shape give empty progress.
 * @example readProgress('{"version":0}') // { version: 1, exercises: {} }
 */
export function readProgress(stored: string | null | undefined): Progress {
  if (!stored) return emptyProgress();
  try {
    const parsed = ProgressSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/** One exercise's progress (unsolved, no hints when absent). */
export function progressOf(progress: Progress, id: string): ExerciseProgress {
  return progress.exercises[id] ?? { solved: false, hintsUsed: 0 };
}

/**
 * Progress with one exercise's entry updated (a new object; the input is left alone).
 * @example updateProgress(emptyProgress(), 'planning/02-training-flops', { solved: true }).exercises
 */
export function updateProgress(
  progress: Progress,
  id: string,
  change: Partial<ExerciseProgress>,
): Progress {
  return {
    ...progress,
    exercises: { ...progress.exercises, [id]: { ...progressOf(progress, id), ...change } },
  };
}
