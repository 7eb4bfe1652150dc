import { describe, expect, it } from 'vitest';
import { CHINCHILLA_PARAMETER_SETS } from '../../src/lib/chinchillaLoss';
import { computeFrontierExponents } from '../../src/lib/chinchillaFrontier';
import { fitEnvelope } from '../../src/lib/fitEnvelope';
import { computeThreeApproaches, recoverExponents } from '../../src/lib/labs/threeApproaches';
import { simulateChinchillaStudy } from '../../src/lib/simulateChinchillaStudy';
import { closeTo } from '../tolerance';

describe('simulateChinchillaStudy(options)', () => {
  it('draws 40 curves of 40 budgets and 9 × 9 IsoFLOP runs from the law, exactly without noise', () => {
    const s = simulateChinchillaStudy();
    expect(s.curves).toHaveLength(40);
    expect(s.curves.every((c) => c.points.length === 40)).toBe(true);
    expect(s.isoflop).toHaveLength(81);
    const p = s.isoflop[40]!;
    const t = CHINCHILLA_PARAMETER_SETS.hoffmann2022;
    const D = p.C / (6 * p.N);
    closeTo(p.loss, t.E + t.A / p.N ** t.alpha + t.B / D ** t.beta);
  });
  it('is reproducible from its seed', () => {
    expect(simulateChinchillaStudy({ noise: 0.01, seed: 4 })).toEqual(
      simulateChinchillaStudy({ noise: 0.01, seed: 4 }),
    );
  });
});

// Tolerances, each from how the approach works on noise-free data:
// - Approach 3 fits the law that made the data: it recovers a as far as L-BFGS converges (10⁻⁶).
// - Approach 2's parabola misplaces each vertex, but by the same factor at every budget (the
//   profile has one shape in ln(N/N_opt)), so the slope is exact to rounding: REL.
// - Approach 1 can only choose among the sizes trained (40 sizes over 70M–16B, a ratio of 1.15
//   apart), so each N_opt is off by up to √1.15; over 4 decades of C that moves a by < 0.002.
describe.each(['hoffmann2022', 'besiroglu2024'] as const)(
  'each approach recovers the true a on noise-free data from %s',
  (name) => {
    const truth = CHINCHILLA_PARAMETER_SETS[name];
    const aTrue = computeFrontierExponents(name).a;
    const found = recoverExponents(simulateChinchillaStudy({ truth }));
    it('Approach 1, the envelope of training curves, within 0.002', () => {
      expect(Math.abs(found.a1 - aTrue)).toBeLessThan(0.002);
    });
    it('Approach 2, IsoFLOP parabolas, to REL', () => closeTo(found.a2, aTrue));
    it('Approach 3, the parametric fit, to 10⁻⁶', () => closeTo(found.a3, aTrue, 1e-6));
  },
);

describe('fitEnvelope(curves)', () => {
  it('refuses fewer than 3 curves with an InputError on sizes', () => {
    expect(() => fitEnvelope(simulateChinchillaStudy({ sizes: 2 }).curves)).toThrow(/3 or more/);
  });
});

describe('computeThreeApproaches(values)', () => {
  it('gives the true a and a row of gaps per noise level and run count', () => {
    const r = computeThreeApproaches({
      truth: 'hoffmann2022',
      noise: 0.01,
      perBudget: 9,
      sizes: 40,
      seed: 1,
    });
    closeTo(r.aTrue, 0.28 / 0.62);
    expect(r.gaps.map((g) => [g.noise, g.perBudget])).toEqual([
      [0, 9],
      [0.005, 9],
      [0.01, 9],
      [0.02, 9],
      [0.01, 5],
      [0.01, 9],
      [0.01, 17],
    ]);
    closeTo(r.gaps[0]!.a2!, r.aTrue);
  });
});
