import type { SweepRun } from '../../lib/labs/sweepResults';
import {
  type StoredSweep,
  LEGACY_SWEEP_STORAGE_KEY,
  SWEEP_STORAGE_KEY,
  legacyRunsNotice,
  readAllStoredRuns,
  readStoredRuns,
  storeRuns,
} from '../../lib/labs/storedRuns';

// The labs' finished runs live in localStorage: a few kilobytes of JSON, read and written whole,
// so a storage library (IndexedDB wrappers) would add weight without adding anything. The
// parsing and validation are pure and tested in src/lib/labs/storedRuns.ts.

/** Finished runs stored for a plan's key; [] when storage is blocked. */
export function loadRuns(key: string): SweepRun[] {
  try {
    return readStoredRuns(window.localStorage.getItem(SWEEP_STORAGE_KEY), key);
  } catch {
    return [];
  }
}

/** Every stored sweep of every lab, oldest first; [] when storage is blocked. */
export function loadAllRuns(): StoredSweep[] {
  try {
    return readAllStoredRuns(window.localStorage.getItem(SWEEP_STORAGE_KEY));
  } catch {
    return [];
  }
}

/** Stores `runs` under `key`; storage that is full or blocked leaves them on the page only. */
export function saveRuns(key: string, runs: readonly SweepRun[]): void {
  try {
    window.localStorage.setItem(
      SWEEP_STORAGE_KEY,
      storeRuns(window.localStorage.getItem(SWEEP_STORAGE_KEY), key, runs),
    );
  } catch {
    // storage full or blocked: the runs stay on the page until it closes
  }
}

/**
 * Removes the runs an earlier version stored without their full settings (they are never shown
 * beside or instead of runs of known settings) and returns the one-line notice saying so, if any.
 */
export function dropLegacyRuns(): string | undefined {
  try {
    const notice = legacyRunsNotice(window.localStorage.getItem(LEGACY_SWEEP_STORAGE_KEY));
    window.localStorage.removeItem(LEGACY_SWEEP_STORAGE_KEY);
    return notice;
  } catch {
    return undefined;
  }
}
