import { describe, expect, it } from 'vitest';
import { readChecklist, writeChecklist } from '../../src/lib/checklistStore';

describe('readChecklist(stored, count)', () => {
  it('round-trips through writeChecklist', () => {
    expect(readChecklist(writeChecklist([true, false, true]), 3)).toEqual([true, false, true]);
  });
  it.each([
    [null],
    ['{'],
    ['"x"'],
    ['{"version":2,"checked":[true]}'],
    ['{"version":1,"checked":[true,true]}'],
    ['{"version":1,"checked":["yes"]}'],
  ])('readChecklist(%j, 1) ignores it: all unchecked', (stored) => {
    expect(readChecklist(stored, 1)).toEqual([false]);
  });
});
