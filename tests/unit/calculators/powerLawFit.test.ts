import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import { powerLawFit } from '../../../src/lib/calculators/powerLawFit';
import { fitPowerLawWithFloor } from '../../../src/lib/fitPowerLawWithFloor';
import { predictKaplanLossN } from '../../../src/lib/kaplanLoss';
import { readParams } from '../../../src/lib/paramTable';
import { papers } from '../../tolerance';

const run = (query: string) =>
  runCalculator(powerLawFit, readParams(powerLawFit.params, new URLSearchParams(query)));

describe('power-law-fit calculator', () => {
  it('recovers Kaplan’s α_N from points on L(N) (Eq. 1.1)', () => {
    const sizes = [1e6, 1e7, 1e8, 1e9];
    const out = run(`x=${sizes.join(',')}&y=${sizes.map(predictKaplanLossN).join(',')}`);
    expect(
      out.ok && Math.abs(out.results.alpha - papers.kaplan2020.power_laws.alpha_N.value),
    ).toBeLessThan(1e-9);
    expect(
      out.ok && Math.abs(out.results.Nc / papers.kaplan2020.power_laws.alpha_N.N_c - 1),
    ).toBeLessThan(1e-6);
  });
  it('with a known floor matches fitPowerLawWithFloor and gives a bootstrap interval for α', () => {
    const out = run('x=1e2,1e3,1e4,1e5&y=2.50,2.10,1.88,1.74&model=floor&floor=1.5');
    const direct = fitPowerLawWithFloor(
      [1e2, 1e3, 1e4, 1e5].map((N, i) => ({ N, loss: [2.5, 2.1, 1.88, 1.74][i]! })),
      1.5,
    );
    expect(out.ok && out.results.alpha).toBe(direct.alpha);
    expect(
      out.ok && out.results.alphaLow! < direct.alpha && direct.alpha < out.results.alphaHigh!,
    ).toBe(true);
  });
  it('pasted points override the lists and a forecast comes with its interval', () => {
    const out = run(
      `csv=${encodeURIComponent('N,loss\n1e6,4.2\n1e7,3.5\n1e8,3.05\n1e9,2.78\n1e10,2.6')}&model=saturating&at=1e11`,
    );
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.results.rows).toHaveLength(5);
      expect(out.results.predictionLow!).toBeLessThanOrEqual(out.results.prediction!);
      expect(out.results.predictionHigh!).toBeGreaterThanOrEqual(out.results.prediction!);
    }
  });
  it.each([
    ['x=1e6,1e7,1e8&y=3.5,3.1', 'y', /must pair up: 3 sizes but 2 losses/],
    ['x=1e6,1e6&y=3.5,3.4', 'y', /distinct N/],
    ['x=1e2,1e3&y=1.2,1.1&model=floor&floor=1.5', 'floor', /below the floor/],
    ['x=1e6,abc&y=3,2', 'x', /item 2 must be a number/],
    ['x=1e6&y=3', 'x', /at least 2 items/],
    [`csv=${encodeURIComponent('1e6,3.5\nfoo')}`, 'csv', /Line 2 has 1 values/],
  ])('?%s reports on %s', (query, field, message) => {
    const out = run(query);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[field]).toMatch(message);
  });
});
