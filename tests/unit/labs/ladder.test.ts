import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LADDER,
  HELD_OUT_RUN,
  SEED_LADDER,
  WIDE_LADDER,
  ladderRun,
  learningRateFor,
  seedLadderRate,
} from '../../../src/lib/labs/ladder';
import { DEFAULT_TRAIN } from '../../../src/lib/labs/trainConfig';

describe('learningRateFor(dModel)', () => {
  it.each([
    [8, 0.03],
    [32, 0.02],
    [128, 0.01],
  ])('learningRateFor(%d) = %d', (d, lr) => expect(learningRateFor(d)).toBeCloseTo(lr, 10));
});

describe('ladderRun(name, dModel, train)', () => {
  it('fixes 2 layers, context 64, 40 characters and heads of width ~8; the rest from DEFAULT_TRAIN', () => {
    expect(ladderRun('d32', 32, { seed: 5 })).toEqual({
      name: 'd32',
      model: { nVocab: 40, nCtx: 64, nLayer: 2, dModel: 32, nHeads: 4 },
      train: { ...DEFAULT_TRAIN, seed: 5 },
    });
  });
});

describe('DEFAULT_LADDER, HELD_OUT_RUN', () => {
  it('d_model 8–48, then 72 held out: N 124,416, 2.25× the largest fitted (55,296)', () => {
    expect(DEFAULT_LADDER.map((r) => r.model.dModel)).toEqual([8, 16, 24, 32, 48]);
    expect(HELD_OUT_RUN.model.dModel).toBe(72);
    expect((12 * 2 * 72 ** 2) / (12 * 2 * 48 ** 2)).toBe(2.25);
  });
  it('take their learning rates from learningRateFor (0.0283 at d16, not 0.028)', () => {
    expect([...DEFAULT_LADDER, HELD_OUT_RUN].map((r) => r.train.learningRate)).toEqual(
      [8, 16, 24, 32, 48, 72].map(learningRateFor),
    );
    expect(DEFAULT_LADDER[1]!.train.learningRate).toBeCloseTo(0.0283, 4);
  });
});

describe('WIDE_LADDER', () => {
  it('spans more than two decades of N = 12·n_layer·d² (432 to 55,296), smallest first', () => {
    const ns = WIDE_LADDER.map((r) => 12 * r.model.nLayer * r.model.dModel ** 2);
    expect(ns).toEqual([432, 1728, 6144, 13824, 24576, 55296]);
    expect(ns.at(-1)! / ns[0]!).toBeGreaterThanOrEqual(100);
    expect(WIDE_LADDER.map((r) => r.model.nLayer)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(WIDE_LADDER.map((r) => r.train.learningRate)).toEqual(
      [6, 12, 16, 24, 32, 48].map(learningRateFor),
    );
  });
});

describe('SEED_LADDER', () => {
  it("is the seed project's nano, micro, mini and small at context 256, N 98,304 to 37,748,736", () => {
    expect(SEED_LADDER.map((r) => [r.name, r.model.nLayer, r.model.dModel, r.model.nCtx])).toEqual([
      ['nano', 2, 64, 256],
      ['micro', 4, 128, 256],
      ['mini', 6, 256, 256],
      ['small', 12, 512, 256],
    ]);
    const N = SEED_LADDER.map((r) => 12 * r.model.nLayer * r.model.dModel ** 2);
    expect(N).toEqual([98_304, 786_432, 4_718_592, 37_748_736]);
  });
  it('trains at 0.01·64/d_model: 0.01, 0.005, 0.0025, 0.00125', () => {
    expect(SEED_LADDER.map((r) => r.train.learningRate)).toEqual([0.01, 0.005, 0.0025, 0.00125]);
    expect(seedLadderRate(512)).toBe(0.00125);
  });
});
