import { describe, expect, it } from 'vitest';
import { SCALING_EXPONENTS } from '../../src/lib/chinchillaExponents';
import { papers } from '../tolerance';

const rows = papers.hoffmann2022_chinchilla.table_2_exponents.rows;

describe('SCALING_EXPONENTS (Hoffmann et al. 2022, Table 2)', () => {
  const cases: [string, number][] = rows.map((r: { approach: string }, i: number) => [
    r.approach,
    i,
  ]);
  it.each(cases)('row "%s" matches the paper', (_name, i) => {
    const paper = rows[i]!;
    const row = SCALING_EXPONENTS[i]!;
    expect(row.approach).toBe(paper.approach.replace(/^\d\. /, ''));
    expect([row.a, row.b]).toEqual([paper.a, paper.b]);
    if (paper.a_p10_p90)
      expect([row.aInterval, row.bInterval]).toEqual([paper.a_p10_p90, paper.b_p10_p90]);
    else expect(row.aInterval).toBeUndefined();
  });
  it("keeps Approach 3's a = 0.46 outside its printed interval, as the paper has it", () => {
    const r = SCALING_EXPONENTS.find((x) => x.id === 'approach3')!;
    expect(r.a).toBeGreaterThan(r.aInterval![1]);
  });
});
