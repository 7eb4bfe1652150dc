import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every paper a page cites as "Author et al. YEAR", "Author and Author (YEAR)" or "A, B and C (YEAR)"
// must be listed on reference/sources.mdx (issue 11, item 13), keyed by first author and year.

const DOCS = join(__dirname, '../../src/content/docs');
const SOURCES = join(DOCS, 'reference/sources.mdx');
const NAME = String.raw`[A-Z][\p{L}'’-]+`;
const ET_AL = new RegExp(String.raw`(${NAME}) et al\.,? \(?(\d{4})\b`, 'gu');
const AUTHORS = new RegExp(
  String.raw`((?:${NAME}, )*)(${NAME}) (?:&|and) ${NAME},? \(?(\d{4})\b`,
  'gu',
);

function listMdx(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listMdx(path) : path.endsWith('.mdx') ? [path] : [];
  });
}

/** "Surname YEAR" for each citation in a text (line breaks joined, first author of a list). */
function findCitations(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  const keys = [...flat.matchAll(ET_AL)].map((m) => `${m[1]} ${m[2]}`);
  for (const m of flat.matchAll(AUTHORS))
    keys.push(`${m[1] ? m[1].split(', ')[0]! : m[2]} ${m[3]}`);
  return keys;
}

/** "Surname YEAR" for each bullet of the sources page: its first word and the first (YEAR). */
function listSources(text: string): Set<string> {
  const items = text.split(/\n(?=- )/).filter((item) => item.startsWith('- '));
  return new Set(
    items.flatMap((item) => {
      const surname = /^- ([\p{L}'’-]+)/u.exec(item)?.[1];
      const year = /\((\d{4})\)/.exec(item)?.[1];
      return surname && year ? [`${surname} ${year}`] : [];
    }),
  );
}

describe('citations on the pages', () => {
  const sources = listSources(readFileSync(SOURCES, 'utf8'));
  const pages = listMdx(DOCS).filter((p) => p !== SOURCES);

  it('findCitations reads "X et al. 2020", "X et al. (2020, Sec. 2)", "X and Y (2024)" and "X, Y and Z (2023)"', () => {
    expect(
      findCitations(
        'as Kaplan et al. 2020 show; Hoffmann et al. (2022, Eq. 4); Pearce and Song (2024, *R*); Schaeffer, Miranda and\nKoyejo (2023)',
      ),
    ).toEqual(['Kaplan 2020', 'Hoffmann 2022', 'Pearce 2024', 'Schaeffer 2023']);
  });

  it('the sources page lists the papers the issue named (arXiv ids included)', () => {
    for (const key of [
      'Muennighoff 2023',
      'Sardana 2023',
      'Schaeffer 2023',
      'Pearce 2024',
      'Radford 2019',
      'Touvron 2023',
      'Rae 2021',
      'McCandlish 2018',
    ]) {
      expect(sources, key).toContain(key);
    }
    const text = readFileSync(SOURCES, 'utf8');
    for (const id of [
      '2305.16264',
      '2401.00448',
      '2304.15004',
      '2406.12907',
      '2112.11446',
      '2307.09288',
      '1812.06162',
    ])
      expect(text).toContain(`arxiv.org/abs/${id}`);
  });

  it.each(pages.map((p) => [relative(DOCS, p), p]))(
    '%s cites only papers the sources page lists',
    (_, path) => {
      const missing = [...new Set(findCitations(readFileSync(path, 'utf8')))].filter(
        (key) => !sources.has(key),
      );
      expect(missing).toEqual([]);
    },
  );
});
