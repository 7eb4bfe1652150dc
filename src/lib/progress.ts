/** Version of the stored progress format; a store of another version is ignored, never fatal. */
export const PROGRESS_VERSION = 1;
/** The localStorage key progress is kept under. */
export const PROGRESS_KEY = 'scaling-lab:progress';

/** One exercise's progress: solved or not, and how many hints were shown. */
export interface ExerciseProgress {
  solved: boolean;
  hintsUsed: number;
}

/** Every exercise's progress in this browser, as stored under PROGRESS_KEY. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  exercises: Record<string, ExerciseProgress>;
}

/** Longest exercise id and most hints a store may hold; anything beyond is not ours. */
const MAX_ID_LENGTH = 200;
const MAX_HINTS = 100;

/** A store with nothing solved. */
export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, exercises: {} });

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** One stored entry with only its two known fields, or undefined when it has the wrong shape. */
function readEntry(entry: unknown): ExerciseProgress | undefined {
  if (!isRecord(entry)) return undefined;
  const { solved, hintsUsed } = entry;
  if (typeof solved !== 'boolean') return undefined;
  if (typeof hintsUsed !== 'number' || !Number.isInteger(hintsUsed)) return undefined;
  if (hintsUsed < 0 || hintsUsed > MAX_HINTS) return undefined;
  return { solved, hintsUsed };
}

/**
 * Reads stored progress; corrupted JSON, another version or a wrong shape give empty progress.
 * A reader's storage may hold anything, so every field is checked. Checked by hand rather than
 * with zod: zod is 33 KB gzipped, and every exercise page would fetch it before it is ready, for
 * a shape of two fields (src/lib/checklistStore.ts does the same for the cheat sheet).
 * @example readProgress('{"version":0}') // { version: 1, exercises: {} }
 */
export function readProgress(stored: string | null | undefined): Progress {
  if (!stored) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return emptyProgress();
  }
  if (!isRecord(data) || data['version'] !== PROGRESS_VERSION || !isRecord(data['exercises']))
    return emptyProgress();
  const entries: [string, ExerciseProgress][] = [];
  for (const [id, entry] of Object.entries(data['exercises'])) {
    const read = readEntry(entry);
    if (id.length > MAX_ID_LENGTH || !read) return emptyProgress();
    // No exercise is called "__proto__": dropped, as zod dropped it, never a prototype.
    if (id !== '__proto__') entries.push([id, read]);
  }
  return { version: PROGRESS_VERSION, exercises: Object.fromEntries(entries) };
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
