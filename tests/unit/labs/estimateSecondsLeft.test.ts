import { describe, expect, it } from 'vitest';
import { estimateSecondsLeft } from '../../../src/lib/labs/estimateSecondsLeft';
import { closeTo } from '../../tolerance';

describe('estimateSecondsLeft(measured, remaining)', () => {
  it('scales one measurement: half fixed cost, half proportional to N', () => {
    closeTo(estimateSecondsLeft([{ N: 1536, msPerStep: 20 }], [{ N: 6144, steps: 600 }])!, 30);
  });
  it('fits a + b·N to two or more measurements', () => {
    const measured = [1000, 2000, 4000].map((N) => ({ N, msPerStep: 5 + 0.01 * N }));
    closeTo(estimateSecondsLeft(measured, [{ N: 8000, steps: 1000 }])!, 85, 5e-9);
  });
  it('is undefined before anything was measured', () => {
    expect(estimateSecondsLeft([], [{ N: 10, steps: 10 }])).toBeUndefined();
  });
});
