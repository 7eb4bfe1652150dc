import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/lib/labs/modelConfig';
import { DEFAULT_TRAIN, stepsFor, validateTrainConfig } from '../../../src/lib/labs/trainConfig';

describe('stepsFor(model, train)', () => {
  const model = { ...PRESETS.tiny!, nCtx: 64 };
  it.each([
    [614_400, 16, 600],
    [614_401, 16, 601],
    [1, 16, 1],
    [98_304, 32, 48],
  ])('⌈%d tokens / (%d × 64)⌉ = %d', (tokens, batchSize, steps) =>
    expect(stepsFor(model, { ...DEFAULT_TRAIN, tokens, batchSize })).toBe(steps),
  );
});

describe('validateTrainConfig(train)', () => {
  it('accepts the defaults', () => expect(() => validateTrainConfig(DEFAULT_TRAIN)).not.toThrow());
  it.each([
    [{ seed: 1.5 }, /seed must be an integer/],
    [{ tokens: 0 }, /tokens must be a positive token budget/],
    [{ batchSize: 0 }, /batchSize must be a positive integer/],
    [{ learningRate: -1 }, /learningRate must be positive/],
    [{ warmupFraction: 1 }, /warmupFraction must be in \[0, 1\)/],
    [{ reportEvery: 0 }, /reportEvery must be a positive integer/],
    [{ evalBatches: 2.5 }, /evalBatches must be a positive integer/],
  ])('names the bad setting: %o', (change, message) => {
    expect(() => validateTrainConfig({ ...DEFAULT_TRAIN, ...change })).toThrow(message);
  });
});
