import type { RunConfig } from './trainConfig';
import type { SweepRun } from './sweepResults';

/** localStorage key of finished sweeps (versioned: a new shape starts afresh). */
export const SWEEP_STORAGE_KEY = 'scaling-lab:sweep:v2';

/**
 * Where v1 kept its sweeps, keyed by widths, token budget, batch and seed but not learning rate
 * (d_models=8,16,24,32,48 and the browser ladder, whose hand-typed rates differed, shared a key).
 * Which rates trained those runs cannot be told, so they are dropped with a notice, never reused.
 */
export const LEGACY_SWEEP_STORAGE_KEY = 'scaling-lab:sweep:v1';

/** `value` with every object's fields in sorted order, so JSON of it does not depend on how it was written. */
const sortFields = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortFields)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, sortFields((value as Record<string, unknown>)[k])]),
        )
      : value;

/**
 * The key a plan's finished runs are stored under: the lab and every run's whole config (name,
 * model shape and every training setting, learning rate included), as JSON with sorted fields.
 * Two plans share stored runs only when they would train the same models the same way. The
 * backend is left out: each stored run records its own. The model's fields are written under
 * the names they had when runs were first stored (vocabSize, contextLength, nHead), so runs kept
 * before ModelConfig took DecoderConfig's names (nVocab, nCtx, nHeads) still match.
 * @example runsKey('scaling-sweep', [ladderRun('d8', 8)]) // '{"lab":"scaling-sweep","runs":[{"model":{…},"name":"d8","train":{…}}]}'
 */
export function runsKey(lab: string, runs: readonly RunConfig[]): string {
  const stored = runs.map(({ model: { nVocab, nCtx, nHeads, ...shape }, ...run }) => ({
    ...run,
    model: { ...shape, vocabSize: nVocab, contextLength: nCtx, nHead: nHeads },
  }));
  return JSON.stringify({ lab, runs: sortFields(stored) });
}

/**
 * The one-line notice for runs found under LEGACY_SWEEP_STORAGE_KEY (its saved text), or
 * undefined when it holds no valid run.
 * @example legacyRunsNotice(localStorage.getItem(LEGACY_SWEEP_STORAGE_KEY)) // 'Dropped 5 runs …'
 */
export function legacyRunsNotice(text: string | null): string | undefined {
  const count = readAllStoredRuns(text).reduce((n, s) => n + s.runs.length, 0);
  if (count === 0) return undefined;
  const runs = count === 1 ? '1 run' : `${count} runs`;
  return `Dropped ${runs} saved by an earlier version of this site: it did not record their learning rate, so they could not be matched to any settings.`;
}

const isRun = (r: unknown): r is SweepRun => {
  const o = r as Partial<SweepRun> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.name === 'string' &&
    typeof o.backend === 'string' &&
    Array.isArray(o.curve) &&
    [
      o.dModel,
      o.nLayer,
      o.N,
      o.tokens,
      o.steps,
      o.finalTrainLoss,
      o.validationLoss,
      o.elapsedMs,
    ].every((v) => typeof v === 'number' && Number.isFinite(v))
  );
};

/**
 * Finished runs stored under `key` (a SweepPlan key) in the saved text; [] for missing,
 * corrupt or foreign data, so a damaged store never breaks the page.
 * @example readStoredRuns(localStorage.getItem(SWEEP_STORAGE_KEY), plan.key) // SweepRun[]
 */
export function readStoredRuns(text: string | null, key: string): SweepRun[] {
  try {
    const all = JSON.parse(text ?? '{}') as Record<string, unknown>;
    const runs = all[key];
    return Array.isArray(runs) ? runs.filter(isRun) : [];
  } catch {
    return [];
  }
}

/**
 * The saved text with `runs` stored under `key`; keeps at most `keep` sweeps (the newest).
 * @example localStorage.setItem(SWEEP_STORAGE_KEY, storeRuns(old, plan.key, runs))
 */
export function storeRuns(
  text: string | null,
  key: string,
  runs: readonly SweepRun[],
  keep = 8,
): string {
  let all: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(text ?? '{}') as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      all = parsed as Record<string, unknown>;
  } catch {
    // a corrupt store is replaced
  }
  delete all[key];
  const entries = [...Object.entries(all), [key, runs] as const].slice(-keep);
  return JSON.stringify(Object.fromEntries(entries));
}

/** One stored sweep: the key of the plan that trained it and its finished runs. */
export interface StoredSweep {
  key: string;
  runs: SweepRun[];
}

/**
 * Every sweep in the saved text, oldest first, each with only its valid runs; [] for missing or
 * corrupt data. The dashboard draws these.
 * @example readAllStoredRuns(localStorage.getItem(SWEEP_STORAGE_KEY)).flatMap((s) => s.runs)
 */
export function readAllStoredRuns(text: string | null): StoredSweep[] {
  try {
    const all = JSON.parse(text ?? '{}') as unknown;
    if (typeof all !== 'object' || all === null || Array.isArray(all)) return [];
    return Object.entries(all as Record<string, unknown>)
      .map(([key, runs]) => ({ key, runs: Array.isArray(runs) ? runs.filter(isRun) : [] }))
      .filter((s) => s.runs.length > 0);
  } catch {
    return [];
  }
}

/**
 * What Start trains: the stored runs that belong to `runs` (done) and the sizes still to train
 * (todo), smallest first. When every size is already stored, Start trains them all again, so
 * done is empty and todo is every run. The pre-Start estimate times the same todo.
 * @example splitFinished(plan.runs, stored).todo.map((r) => r.name) // the unfinished sizes
 */
export function splitFinished(
  runs: readonly RunConfig[],
  stored: readonly SweepRun[],
): { done: SweepRun[]; todo: RunConfig[] } {
  const mine = stored.filter((s) => runs.some((r) => r.name === s.name));
  const done = mine.length === runs.length ? [] : mine;
  return { done, todo: runs.filter((r) => !done.some((s) => s.name === r.name)) };
}
