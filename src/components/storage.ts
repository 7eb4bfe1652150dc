import { PROGRESS_KEY, type Progress, emptyProgress, readProgress } from '../lib/progress';

/** Stored exercise progress; empty when storage is blocked, corrupted or of another version. */
export function loadProgress(): Progress {
  try {
    return readProgress(window.localStorage.getItem(PROGRESS_KEY));
  } catch {
    return emptyProgress(); // storage disabled (private mode, sandboxed iframe)
  }
}

/** Saves progress; a full or blocked storage loses it quietly rather than breaking the page. */
export function saveProgress(progress: Progress): void {
  try {
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // nothing to do: progress is a convenience
  }
}
