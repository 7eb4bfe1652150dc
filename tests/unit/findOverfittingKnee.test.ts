import { describe, expect, it } from 'vitest';
import { findOverfittingKnee } from '../../src/lib/findOverfittingKnee';
import { predictKaplanLossN } from '../../src/lib/kaplanLoss';
import { KAPLAN_PENALTY_TOLERANCE, predictKaplanLossND } from '../../src/lib/kaplanLossND';
import { closeTo } from '../tolerance';

const sizes = [1e6, 3e6, 1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10];

describe('findOverfittingKnee(points, tol)', () => {
  it('finds no knee on a clean L(N) sweep', () => {
    const knee = findOverfittingKnee(sizes.map((N) => ({ N, loss: predictKaplanLossN(N) })));
    expect(knee.index).toBeNull();
    expect(Math.abs(knee.alpha - 0.076)).toBeLessThan(1e-9);
  });
  it('finds the first size whose L(N, D) at fixed D rises 2% (relative, like δL) above the law of the smaller sizes', () => {
    const D = 1e9;
    const points = sizes.map((N) => ({ N, loss: predictKaplanLossND(N, D) }));
    const knee = findOverfittingKnee(points, 0.02);
    expect(knee.N).not.toBeNull();
    expect(knee.excess!).toBeGreaterThan(0.02);
    const k = knee.index!;
    closeTo(knee.excess!, points[k]!.loss / (knee.Nc / points[k]!.N) ** knee.alpha - 1);
    // Every size before the knee stays within the tolerance of its predecessors' law.
    const before = findOverfittingKnee(
      points.filter((p) => p.N < knee.N!),
      0.02,
    );
    expect(before.index).toBeNull();
  });
  it('defaults to KAPLAN_PENALTY_TOLERANCE, the relative 0.02 of Kaplan et al. 2020 Sec. 4.2', () => {
    const points = sizes.map((N) => ({ N, loss: predictKaplanLossND(N, 1e9) }));
    expect(findOverfittingKnee(points)).toEqual(
      findOverfittingKnee(points, KAPLAN_PENALTY_TOLERANCE),
    );
    expect(KAPLAN_PENALTY_TOLERANCE).toBe(0.02);
    // A threshold in nats would not scale with the loss: 0.02 nats at L ≈ 3 is only 0.7%.
    expect(findOverfittingKnee(points, 0.02 / 3).N!).toBeLessThanOrEqual(
      findOverfittingKnee(points).N!,
    );
  });
  it('sorts the sweep by size and rejects short sweeps and a bad tolerance', () => {
    expect(
      findOverfittingKnee([
        { N: 1e8, loss: 3 },
        { N: 1e6, loss: 4 },
        { N: 1e7, loss: 3.5 },
      ]).sorted[0]!.N,
    ).toBe(1e6);
    expect(() =>
      findOverfittingKnee([
        { N: 1, loss: 1 },
        { N: 2, loss: 0.9 },
      ]),
    ).toThrow(/at least 3 sizes/);
    expect(() =>
      findOverfittingKnee(
        sizes.map((N) => ({ N, loss: 1 / N })),
        -1,
      ),
    ).toThrow(/tol must be/);
  });
});
