import { describe, expect, it } from 'vitest';
import { PRESETS, headsFor, validateModelConfig } from '../../../src/lib/labs/modelConfig';

describe('headsFor(dModel)', () => {
  it.each([
    [8, 1],
    [16, 2],
    [24, 3],
    [32, 4],
    [48, 6],
    [64, 8],
    [30, 3],
    [7, 1],
  ])('headsFor(%d) = %d', (d, h) => expect(headsFor(d)).toBe(h));
});

describe('validateModelConfig(config)', () => {
  it('accepts every preset', () => {
    for (const c of Object.values(PRESETS)) expect(() => validateModelConfig(c)).not.toThrow();
  });
  it.each([
    [{ nVocab: 0 }, /nVocab must be a positive integer, got 0/],
    [{ nCtx: 1.5 }, /nCtx must be a positive integer, got 1.5/],
    [{ nHeads: 3 }, /dModel \(16\) must be divisible by nHeads \(3\)/],
  ])('names the bad field: %o', (change, message) => {
    expect(() => validateModelConfig({ ...PRESETS.tiny!, ...change })).toThrow(message);
  });
});
