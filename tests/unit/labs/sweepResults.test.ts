import { describe, expect, it } from 'vitest';
import {
  type SweepRun,
  estimateSecondsLeft,
  fitCurve,
  fitSweep,
  powerLawFitLink,
  readStoredRuns,
  storeRuns,
  sweepCsv,
} from '../../../src/lib/labs/sweepResults';

const TOL = 1e-6;
const law = (N: number) => 1.2 + (3e3 / N) ** 0.4;
const run = (d: number, loss = law(24 * d * d)): SweepRun => ({
  name: `d${d}`,
  dModel: d,
  nLayer: 2,
  N: 24 * d * d,
  tokens: 614_400,
  steps: 600,
  finalTrainLoss: loss + 0.01,
  validationLoss: loss,
  elapsedMs: 1000 * d,
  backend: 'wasm',
  curve: [
    { tokens: 10_240, loss: 3.5 },
    { tokens: 614_400, loss },
  ],
});
const ladder = [8, 16, 24, 32, 48].map((d) => run(d));

describe('fitSweep(runs)', () => {
  it('recovers the law the losses were generated with', () => {
    const f = fitSweep(ladder);
    expect(f.law).toBe('saturating');
    expect(Math.abs(f.alpha - 0.4)).toBeLessThan(1e-3);
    expect(Math.abs(f.Linf - 1.2)).toBeLessThan(1e-3);
    expect(f.r2).toBeGreaterThan(1 - TOL);
  });
  it('fits the pure power law to two runs', () => {
    const f = fitSweep(ladder.slice(0, 2));
    expect(f.law).toBe('pure');
    expect(f.Linf).toBe(0);
    expect(f.alpha).toBeGreaterThan(0);
  });
  it('fits runs whose losses barely fall (the short e2e sweep) with a positive α', () => {
    const f = fitSweep([run(8, 2.7457), run(16, 2.7687), run(24, 2.6957)]);
    expect(f.alpha).toBeGreaterThan(0);
  });
  it('throws a ConvergenceError for flat losses rather than returning NaN', () => {
    expect(() => fitSweep([run(8, 2.97), run(16, 2.98), run(24, 2.97)])).toThrow(/nearly 0/);
  });
  it('throws with fewer than two runs', () => {
    expect(() => fitSweep([run(8)])).toThrow(/at least two/);
  });
});

describe('fitCurve(fit, runs, count)', () => {
  it('spans the sizes with margin, evenly in log N', () => {
    const pts = fitCurve(fitSweep(ladder), ladder, 10);
    expect(pts).toHaveLength(10);
    expect(pts[0]!.x).toBeCloseTo(1536 / 1.5, 6);
    expect(pts[9]!.x).toBeCloseTo(24 * 48 * 48 * 1.5, 3);
  });
});

describe('sweepCsv(runs) and powerLawFitLink(runs)', () => {
  it('writes a header and one row per run', () => {
    const lines = sweepCsv(ladder.slice(0, 2)).trim().split('\n');
    expect(lines[0]).toBe(
      'name,d_model,n_layer,non_embedding_params,tokens,steps,final_train_loss,final_validation_loss,elapsed_s,backend',
    );
    expect(lines[1]!.split(',').slice(0, 4)).toEqual(['d8', '8', '2', '1536']);
    expect(lines).toHaveLength(3);
  });
  it('links N and losses into the power-law calculator', () => {
    expect(powerLawFitLink([run(8, 2.5), run(16, 2.25), run(24, 2.125)])).toBe(
      '/calculators/power-law-fit/?x=1536,6144,13824&y=2.5,2.25,2.125&model=saturating',
    );
  });
});

describe('readStoredRuns(text, key) and storeRuns(text, key, runs)', () => {
  it('round-trips runs under their key and keeps other keys', () => {
    const text = storeRuns(storeRuns(null, 'a', [run(8)]), 'b', [run(16)]);
    expect(readStoredRuns(text, 'a').map((r) => r.name)).toEqual(['d8']);
    expect(readStoredRuns(text, 'b').map((r) => r.name)).toEqual(['d16']);
  });
  it.each([null, '', 'not json', '[1,2]', '{"a": 3}', '{"a": [{"name": "d8"}]}'])(
    'gives [] for %j',
    (text) => {
      expect(readStoredRuns(text, 'a')).toEqual([]);
    },
  );
  it('keeps only the newest sweeps', () => {
    let text: string | null = null;
    for (let i = 0; i < 10; i++) text = storeRuns(text, `k${i}`, []);
    expect(Object.keys(JSON.parse(text!) as object)).toEqual([
      'k2',
      'k3',
      'k4',
      'k5',
      'k6',
      'k7',
      'k8',
      'k9',
    ]);
  });
});

describe('estimateSecondsLeft(measured, remaining)', () => {
  it('scales one measurement: half fixed cost, half proportional to N', () => {
    expect(
      estimateSecondsLeft([{ N: 1536, msPerStep: 20 }], [{ N: 6144, steps: 600 }]),
    ).toBeCloseTo(30, 9);
  });
  it('fits a + b·N to two or more measurements', () => {
    const measured = [1000, 2000, 4000].map((N) => ({ N, msPerStep: 5 + 0.01 * N }));
    expect(estimateSecondsLeft(measured, [{ N: 8000, steps: 1000 }])).toBeCloseTo(85, 6);
  });
  it('is undefined before anything was measured', () => {
    expect(estimateSecondsLeft([], [{ N: 10, steps: 10 }])).toBeUndefined();
  });
});
