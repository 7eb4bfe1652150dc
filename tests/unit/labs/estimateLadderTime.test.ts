import { describe, expect, it } from 'vitest';
import {
  LONG_SWEEP_SECONDS,
  MAX_PROBE_SECONDS,
  PROBE_ABOVE_FLOPS,
  PROBE_STEPS,
  describeSizeEstimate,
  estimateLadderTime,
  formatDuration,
  nextProbe,
  planFlopsOf,
  stepFlopsOf,
} from '../../../src/lib/labs/estimateLadderTime';
import { SEED_LADDER, WIDE_LADDER } from '../../../src/lib/labs/ladder';
import { planPredict, predictParams } from '../../../src/lib/labs/predictHeldOut';
import { parseParams, readParams } from '../../../src/lib/paramTable';
import { REL } from '../../tolerance';

const [nano, micro, mini, small] = SEED_LADDER as [
  (typeof SEED_LADDER)[0],
  (typeof SEED_LADDER)[0],
  (typeof SEED_LADDER)[0],
  (typeof SEED_LADDER)[0],
];

describe('stepFlopsOf(run)', () => {
  it('is (6N + 6·n_layer·n_ctx·d_model) per token × batch × context (Kaplan et al. 2020, Table 1)', () => {
    // nano: N = 98,304; 6N = 589,824 and 6·2·256·64 = 196,608 per token; 16 × 256 tokens a step.
    expect(stepFlopsOf(nano)).toBe((589_824 + 196_608) * 16 * 256);
    // small: 6·37,748,736 + 6·12·256·512 = 235,929,600 per token.
    expect(stepFlopsOf(small)).toBe(235_929_600 * 4096);
  });
});

describe('planFlopsOf(runs)', () => {
  it('sums steps × step FLOPs: the seed ladder at 614,400 tokens (150 steps each) is 1.68e14', () => {
    expect(planFlopsOf(SEED_LADDER)).toBe(272_891_904 * 614_400);
  });
  it('puts the default plans below the probe threshold (no page loads tfjs to probe) and the seed ladder above it', () => {
    expect(planFlopsOf(WIDE_LADDER)).toBeLessThan(PROBE_ABOVE_FLOPS);
    const predict = planPredict(
      parseParams(predictParams, readParams(predictParams, new URLSearchParams(''))).values,
    );
    expect(planFlopsOf(predict.runs)).toBeGreaterThan(1e12);
    expect(planFlopsOf(predict.runs)).toBeLessThan(PROBE_ABOVE_FLOPS);
    expect(planFlopsOf(SEED_LADDER)).toBeGreaterThan(PROBE_ABOVE_FLOPS);
  });
});

describe('nextProbe(runs, probes)', () => {
  it('always probes the smallest size first', () => {
    expect(nextProbe(SEED_LADDER, [])?.name).toBe('nano');
  });
  it('probes the next size while PROBE_STEPS of it are predicted within MAX_PROBE_SECONDS', () => {
    // nano at 300 ms a step predicts micro at 300 × 7.0 ≈ 2.1 s, a 6.3 s probe: probed.
    expect(nextProbe(SEED_LADDER, [{ name: 'nano', msPerStep: 300 }])?.name).toBe('micro');
    // micro at 2,000 ms predicts mini at 2,000 × 5.57 ≈ 11.1 s a step, a 33 s probe: not probed.
    const probes = [
      { name: 'nano', msPerStep: 300 },
      { name: 'micro', msPerStep: 2000 },
    ];
    const ratio = stepFlopsOf(mini) / stepFlopsOf(micro);
    expect((PROBE_STEPS * 2 * ratio) / MAX_PROBE_SECONDS).toBeGreaterThan(1);
    expect(nextProbe(SEED_LADDER, probes)).toBeUndefined();
  });
  it('stops when every size is probed', () => {
    expect(
      nextProbe(
        SEED_LADDER,
        SEED_LADDER.map((r) => ({ name: r.name, msPerStep: 1 })),
      ),
    ).toBeUndefined();
  });
});

describe('estimateLadderTime(runs, probes)', () => {
  it('is undefined before any probe', () => {
    expect(estimateLadderTime(SEED_LADDER, [])).toBeUndefined();
  });
  it('times probed sizes by their probe and scales the rest from the largest probed by FLOPs per step', () => {
    const e = estimateLadderTime(SEED_LADDER, [
      { name: 'nano', msPerStep: 300 },
      { name: 'micro', msPerStep: 2000 },
    ])!;
    expect(e.sizes.map((z) => [z.name, z.source, z.from])).toEqual([
      ['nano', 'probe', undefined],
      ['micro', 'probe', undefined],
      ['mini', 'scaled', 'micro'],
      ['small', 'scaled', 'micro'],
    ]);
    expect(e.sizes[0]!.seconds).toBeCloseTo(150 * 0.3, 9);
    const smallMs = (2000 * stepFlopsOf(small)) / stepFlopsOf(micro);
    expect(e.sizes[3]!.msPerStep / smallMs - 1).toBeLessThan(REL);
    expect(e.seconds).toBeCloseTo(
      e.sizes.reduce((s, z) => s + z.seconds, 0),
      6,
    );
    expect(e.long).toBe(true);
    expect(e.seconds).toBeGreaterThan(LONG_SWEEP_SECONDS);
  });
  it('is not long for a fast browser (all four probed at GPU speeds)', () => {
    const e = estimateLadderTime(
      SEED_LADDER,
      [10, 20, 60, 400].map((ms, i) => ({ name: SEED_LADDER[i]!.name, msPerStep: ms })),
    )!;
    // 150 steps × (10 + 20 + 60 + 400) ms = 73.5 s.
    expect(e.seconds).toBeCloseTo(73.5, 9);
    expect(e.long).toBe(false);
  });
});

describe('formatDuration(seconds)', () => {
  it.each([
    [0.2, '1 s'],
    [45, '45 s'],
    [600, '10 min'],
    [12_000, '3 h 20 min'],
    [400_000, '5 days'],
    [Number.NaN, 'an unknown time'],
  ])('formatDuration(%d) = %s', (s, text) => expect(formatDuration(s)).toBe(text));
});

describe('describeSizeEstimate(size)', () => {
  it('says how long and whether the time was timed or scaled', () => {
    const e = estimateLadderTime(SEED_LADDER, [{ name: 'nano', msPerStep: 920 }])!;
    expect(describeSizeEstimate(e.sizes[0]!)).toBe('nano 2 min (150 steps at 920 ms, timed)');
    expect(describeSizeEstimate(e.sizes[3]!)).toMatch(
      /^small \d+ h \d+ min \(scaled from nano by FLOPs per step\)$/,
    );
  });
});
