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
    ['{"version":"1","exercises":{}}'],
    ['{"version":1,"exercises":[]}'],
    ['{"version":1,"exercises":{"a":[]}}'],
    ['{"version":1,"exercises":{"a":{"solved":true}}}'],
    ['{"version":1,"exercises":{"a":{"solved":true,"hintsUsed":1.5}}}'],
    ['{"version":1,"exercises":{"a":{"solved":true,"hintsUsed":101}}}'],
    [`{"version":1,"exercises":{"${'x'.repeat(201)}":{"solved":true,"hintsUsed":0}}}`],
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
  it('keeps only the known fields, and never takes "__proto__" as an id', () => {
    const stored =
      '{"version":1,"more":1,"exercises":{"a":{"solved":true,"hintsUsed":100,"extra":1},' +
      '"__proto__":{"solved":true,"hintsUsed":2}}}';
    const progress = readProgress(stored);
    expect(progress).toEqual({ version: 1, exercises: { a: { solved: true, hintsUsed: 100 } } });
    expect(Object.getPrototypeOf(progress.exercises)).toBe(Object.prototype);
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
