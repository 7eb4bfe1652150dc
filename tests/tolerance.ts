import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The one relative tolerance the unit tests share for values that go through floating point. */
export const REL = 1e-9;

/** Paper numbers with their sources, from the project's own fixture (a fresh clone needs nothing beside it). */
export { papers } from './fixtures/papers';

/** Where the team's shared folder would sit beside this checkout (present here and in CI, absent in a fresh clone). */
const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** Path of the shared reference papers.json when it is present, else undefined. */
export function findSharedReference(): string | undefined {
  const path = `${SHARED}reference/papers.json`;
  return existsSync(path) ? path : undefined;
}

/**
 * Path of Epoch's digitised Chinchilla runs (Besiroglu et al. 2024, Fig. 4 of Hoffmann et al.
 * 2022) when present: $EPOCH_CSV, else ../shared/data/. The file carries no licence, so the
 * project never ships it; tests that read it run only when it is found.
 */
export function findEpochCsv(): string | undefined {
  const candidates = [process.env['EPOCH_CSV'], `${SHARED}data/chinchilla-figure4-epoch.csv`];
  return candidates.find(
    (path): path is string => path !== undefined && path !== '' && existsSync(path),
  );
}

/** One line a test prints when it skips what needs Epoch's CSV, saying why. */
export const EPOCH_CSV_MISSING =
  'skipped: Epoch’s digitised Chinchilla runs not found (set EPOCH_CSV or place chinchilla-figure4-epoch.csv in ../shared/data/); the same behaviour is tested on seeded synthetic runs';

/** Asserts |actual − expected| ≤ rel·|expected| with a readable message. */
export function closeTo(actual: number, expected: number, rel = REL): void {
  const tol = rel * Math.abs(expected);
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`expected ${actual} to be within ${rel} (relative) of ${expected}`);
  }
}
