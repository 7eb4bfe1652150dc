import { describe, expect, it } from 'vitest';
import { computeDollarsPerFlop } from '../../src/lib/dollarsPerFlop';
import { trainingCost } from '../../src/lib/trainingCost';
import { closeTo } from '../tolerance';

describe('computeDollarsPerFlop(peak, mfu, price)', () => {
  it('is price / (peak · MFU · 3600), the same accounting as trainingCost', () => {
    closeTo(computeDollarsPerFlop(989.4e12, 0.4, 2), 2 / (989.4e12 * 0.4 * 3600));
    const C = 3.14e23;
    closeTo(
      C * computeDollarsPerFlop(312e12, 0.4, 2),
      trainingCost({ flops: C, peakFlops: 312e12, mfu: 0.4, gpus: 7, pricePerGpuHour: 2 }).cost,
    );
  });
  it('is 0 for a free GPU', () => {
    expect(computeDollarsPerFlop(312e12, 0.5, 0)).toBe(0);
  });
  it.each([
    [0, 0.4, 2, 'peak'],
    [312e12, 1.5, 2, 'mfu'],
    [312e12, 0, 2, 'mfu'],
    [312e12, 0.4, -1, 'price'],
  ])('computeDollarsPerFlop(%s, %s, %s) throws on %s', (peak, mfu, price, field) => {
    expect(() => computeDollarsPerFlop(peak, mfu, price)).toThrow(
      expect.objectContaining({ field }),
    );
  });
});
