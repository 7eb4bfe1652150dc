import type { SweepRun } from './sweepResults';

/** localStorage key of finished sweeps (versioned: a new shape starts afresh). */
export const SWEEP_STORAGE_KEY = 'scaling-lab:sweep:v1';

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
