import { describe, expect, it } from 'vitest';
import { HOFFMANN_TABLE_3, findTable3RatioRange } from '../../src/lib/hoffmannTable3';
import { closeTo } from '../tolerance';

describe('findTable3RatioRange(rows)', () => {
  it('spans 20.0 (400M on 8.0B) to 22.4 (67B on 1.5T) tokens per parameter across Hoffmann et al. 2022 Table 3', () => {
    const { min, max } = findTable3RatioRange();
    closeTo(min, 20.0);
    closeTo(max, 1.5e12 / 67e9);
    expect(max.toFixed(1)).toBe('22.4');
  });
  it('the largest ratio outside the 67B row is the 10T row’s 21.6 (the old, too narrow upper end)', () => {
    const others = findTable3RatioRange(HOFFMANN_TABLE_3.filter((r) => r.params !== 67e9));
    expect(others.max.toFixed(2)).toBe('21.62');
  });
  it('has the nine rows of Table 3, 400M to 10T', () => {
    expect(HOFFMANN_TABLE_3.map((r) => r.params)).toEqual([
      400e6, 1e9, 10e9, 67e9, 175e9, 280e9, 520e9, 1e12, 10e12,
    ]);
  });
});
