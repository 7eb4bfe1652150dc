/** The one relative tolerance the unit tests share for values that go through floating point. */
export const REL = 1e-9;

/** Reference numbers from the papers (../shared/reference/papers.json), read at test time, never copied into src. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** Parsed ../shared/reference/papers.json. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const papers: any = JSON.parse(readFileSync(`${SHARED}reference/papers.json`, 'utf8'));

/** Absolute path of a file in ../shared/data/. */
export const sharedData = (name: string) => `${SHARED}data/${name}`;

/** Asserts |actual − expected| ≤ rel·|expected| with a readable message. */
export function closeTo(actual: number, expected: number, rel = REL): void {
  const tol = rel * Math.abs(expected);
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`expected ${actual} to be within ${rel} (relative) of ${expected}`);
  }
}
