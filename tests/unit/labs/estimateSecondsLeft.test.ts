import { describe, expect, it } from 'vitest';
import { estimateSecondsLeft } from '../../../src/lib/labs/estimateSecondsLeft';

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
