import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSharedReference, papers } from '../tolerance';

const reference = findSharedReference();
if (!reference)
  console.log(
    'fixtures.test.ts: skipped: ../shared/reference/papers.json not found beside the checkout, so the fixture is not cross-checked',
  );

/** Every leaf of `fixture` as [path, value]; lists of plain strings are compared by membership. */
function leaves(value: unknown, path: string[] = []): [string[], unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function at(root: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[key]
        : undefined,
    root,
  );
}

describe('tests/fixtures/papers.ts', () => {
  it('gives every number beside a source (a source, basis or citation on it or an enclosing object)', () => {
    const unsourced = leaves(papers)
      .filter(([, v]) => typeof v === 'number')
      .map(([path]) => path)
      .filter(
        (path) =>
          !path.some((_, i) =>
            ['source', 'basis', 'citation'].some(
              (m) => typeof at(papers, [...path.slice(0, i), m]) === 'string',
            ),
          ),
      );
    expect(unsourced.map((p) => p.join('.'))).toEqual([]);
  });

  it.skipIf(!reference)(
    'agrees with the shared reference ../shared/reference/papers.json, value for value',
    () => {
      const shared: unknown = JSON.parse(readFileSync(reference!, 'utf8'));
      const disagreements: string[] = [];
      for (const [path, value] of leaves(papers)) {
        const theirs = at(shared, path);
        const agrees = Array.isArray(value)
          ? Array.isArray(theirs) && value.every((s) => theirs.includes(s))
          : Object.is(theirs, value);
        if (!agrees)
          disagreements.push(
            `${path.join('.')}: fixture ${JSON.stringify(value)}, reference ${JSON.stringify(theirs)}`,
          );
      }
      expect(disagreements).toEqual([]);
      expect(leaves(papers).length).toBeGreaterThan(150);
    },
  );
});
