import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/errors';
import { ladderRun } from '../../../src/lib/labs/ladder';
import { SWEEP_WAITING, sweepOutcome, toSweepRun } from '../../../src/lib/labs/sweepOutcome';
import { closeTo } from '../../tolerance';
import { law, run } from './sweepFixture';

describe('sweepOutcome(runs)', () => {
  it('waits with fewer than two sizes: the card says so, nothing is drawn', () => {
    for (const runs of [[], [run(8)]]) {
      const o = sweepOutcome(runs);
      expect(o).toMatchObject({ ok: false, errors: { _: SWEEP_WAITING }, curve: [] });
      expect(o.fit).toBeUndefined();
    }
  });

  it('fits L = 1.2 + (3000/N)^0.4 back from five sizes, with the time and the curve', () => {
    const runs = [8, 16, 24, 32, 48].map((d) => run(d));
    const o = sweepOutcome(runs);
    if (!o.ok) throw new Error(o.errors['_']);
    expect(Math.abs(o.results.alpha - 0.4)).toBeLessThan(1e-3);
    expect(Math.abs(o.results.Linf - 1.2)).toBeLessThan(1e-3);
    expect(Math.abs(o.results.Nc / 3000 - 1)).toBeLessThan(1e-2);
    expect(o.results.r2).toBeGreaterThan(0.9999);
    closeTo(o.results.elapsedSeconds, 128); // elapsedMs = 1000·d: Σ d over d = 8…48
    expect(o.pureLaw).toBe(false);
    expect(o.curve).toHaveLength(40);
    closeTo(o.curve[0]!.x, (24 * 8 * 8) / 1.5);
    expect(Math.abs(o.curve[0]!.y - law(o.curve[0]!.x))).toBeLessThan(1e-3);
  });

  it('falls back to the pure power law, and says so, when the losses do not fall steadily', () => {
    const o = sweepOutcome([run(8, 2.9), run(16, 2.7), run(24, 2.75)]);
    if (!o.ok) throw new Error(o.errors['_']);
    expect(o.fit?.law).toBe('pure');
    expect(o.pureLaw).toBe(true);
    expect(o.results.Linf).toBe(0);
  });

  it('turns a fit that fails into the card’s message, never NaN', () => {
    const o = sweepOutcome([run(8, 2.97), run(16, 2.98), run(24, 2.97)]);
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.errors['_']).toMatch(/^No fit: .*nearly 0/);
    expect(o.curve).toEqual([]);
  });
});

describe('toSweepRun(run, result)', () => {
  const result = {
    name: 'd8',
    steps: 600,
    tokens: 614_400,
    finalTrainLoss: 2.31,
    finalValidationLoss: 2.35,
    elapsedMs: 12_000,
    backend: 'wasm',
    weights: { weightMatrices: 1536 },
    history: [
      { tokens: 10_240, trainLoss: 3.4 },
      { tokens: 614_400, trainLoss: 2.31 },
    ],
  };

  it('keeps the width, N from the weight matrices, the losses and the curve', () => {
    expect(toSweepRun(ladderRun('d8', 8), result)).toEqual({
      name: 'd8',
      dModel: 8,
      nLayer: 2,
      N: 1536,
      tokens: 614_400,
      steps: 600,
      finalTrainLoss: 2.31,
      validationLoss: 2.35,
      elapsedMs: 12_000,
      backend: 'wasm',
      curve: [
        { tokens: 10_240, loss: 3.4 },
        { tokens: 614_400, loss: 2.31 },
      ],
    });
  });

  it('throws an InputError naming the loss a run ended without, never storing NaN', () => {
    const missing = { ...result, finalValidationLoss: null };
    expect(() => toSweepRun(ladderRun('d8', 8), missing)).toThrow(InputError);
    expect(() => toSweepRun(ladderRun('d8', 8), missing)).toThrow(
      /d8 ended without a finalValidationLoss/,
    );
  });
});
