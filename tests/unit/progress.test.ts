import { describe, expect, it } from 'vitest';
import { emptyProgress, progressOf, readProgress, updateProgress } from '../../src/lib/progress';

describe('readProgress(stored)', () => {
  it.each([
    [null],
    [''],
    ['not json {'],
    ['[]'],
    ['{"version":0,"exercises":{}}'],
    ['{"version":1,"exercises":{"a":{"solved":"yes","hintsUsed":0}}}'],
    ['{"version":1,"exercises":{"a":{"solved":true,"hintsUsed":-2}}}'],
    ['{"version":1}'],
  ])('readProgress(%j) ignores it and starts empty', (stored) => {
    expect(readProgress(stored)).toEqual(emptyProgress());
  });
  it('round-trips a valid store', () => {
    const progress = updateProgress(
      updateProgress(emptyProgress(), 'planning/02', { solved: true }),
      'kaplan/01',
      { hintsUsed: 2 },
    );
    expect(readProgress(JSON.stringify(progress))).toEqual(progress);
  });
});

describe('updateProgress(progress, id, change)', () => {
  it('changes one entry without touching the input', () => {
    const before = emptyProgress();
    const after = updateProgress(before, 'x', { hintsUsed: 1 });
    expect(progressOf(after, 'x')).toEqual({ solved: false, hintsUsed: 1 });
    expect(before.exercises).toEqual({});
  });
});
