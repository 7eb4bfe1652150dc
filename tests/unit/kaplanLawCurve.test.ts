import { describe, expect, it } from 'vitest';
import {
  KAPLAN_LAW_RANGES,
  makeKaplanLawCurve,
  predictKaplanLaw,
} from '../../src/lib/kaplanLawCurve';
import {
  predictKaplanLossCmin,
  predictKaplanLossD,
  predictKaplanLossN,
} from '../../src/lib/kaplanLoss';
import { closeTo, papers } from '../tolerance';

describe('predictKaplanLaw(law, x)', () => {
  it.each([
    ['N', 1e9, predictKaplanLossN(1e9)],
    ['D', 1e10, predictKaplanLossD(1e10)],
    ['Cmin', 1, predictKaplanLossCmin(1)],
  ] as const)('predictKaplanLaw(%s, %s) is the single-variable law', (law, x, expected) => {
    closeTo(predictKaplanLaw(law, x), expected);
  });
  it('matches the worked value L(N = 1e9) = 2.37564 (papers.json)', () => {
    const check = papers.example_checks.kaplan_L_of_N_1e9;
    closeTo(predictKaplanLaw('N', check.N), check.loss, 2e-6);
  });
  it('rejects an unknown law and a non-positive x', () => {
    expect(() => predictKaplanLaw('X' as 'N', 1)).toThrow(/law must be/);
    expect(() => predictKaplanLaw('N', -3)).toThrow(/positive/);
  });
});

describe('makeKaplanLawCurve(law, at, count)', () => {
  it('spans the measured range exactly, with falling loss', () => {
    const c = makeKaplanLawCurve('N', 1e6, 10);
    expect(c.measured).toHaveLength(10);
    expect(c.measured[0]!.x).toBe(KAPLAN_LAW_RANGES.N.lo);
    expect(c.measured[9]!.x).toBe(KAPLAN_LAW_RANGES.N.hi);
    for (let i = 1; i < c.measured.length; i++)
      expect(c.measured[i]!.y).toBeLessThan(c.measured[i - 1]!.y);
    expect(c.inRange).toBe(true);
    expect(c.extrapolated).toEqual([]);
    closeTo(c.marker.y, predictKaplanLossN(1e6));
  });
  it('extrapolates from the upper end to a point beyond the range (GPT-3 175B)', () => {
    const c = makeKaplanLawCurve('N', 175e9);
    expect(c.inRange).toBe(false);
    expect(c.extrapolated[0]!.x).toBe(KAPLAN_LAW_RANGES.N.hi);
    expect(c.extrapolated.at(-1)!.x).toBe(175e9);
  });
  it('extrapolates from a point below the range up to its lower end', () => {
    const c = makeKaplanLawCurve('Cmin', 1e-10);
    expect(c.extrapolated[0]!.x).toBe(1e-10);
    expect(c.extrapolated.at(-1)!.x).toBe(KAPLAN_LAW_RANGES.Cmin.lo);
  });
  it('throws a readable error for a non-positive point', () => {
    expect(() => makeKaplanLawCurve('D', 0)).toThrow(/D must be a positive number of tokens/);
  });
});
