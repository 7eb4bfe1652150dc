import { describe, expect, it } from 'vitest';
import { gpusForDays } from '../../src/lib/gpusForDays';
import { trainingCost } from '../../src/lib/trainingCost';

describe('gpusForDays(gpuHours, days)', () => {
  it.each([
    [24, 1, 1],
    [48, 1, 2],
    [49, 1, 3],
    [2.788e6, 57, 2039],
    [0.5, 30, 1],
  ])('gpusForDays(%d, %d) is %d', (hours, days, gpus) => {
    expect(gpusForDays(hours, days)).toBe(gpus);
  });
  it('finishes within the days, and one GPU fewer does not', () => {
    const hours = 698_896;
    const gpus = gpusForDays(hours, 30);
    expect(hours / gpus / 24).toBeLessThanOrEqual(30);
    expect(hours / (gpus - 1) / 24).toBeGreaterThan(30);
  });
  it('agrees with trainingCost: that many GPUs take at most the days asked for', () => {
    const run = { flops: 3.14e23, peakFlops: 312e12, mfu: 0.4, pricePerGpuHour: 2 };
    const hours = trainingCost({ ...run, gpus: 1 }).gpuHours;
    const gpus = gpusForDays(hours, 14);
    expect(trainingCost({ ...run, gpus }).days).toBeLessThanOrEqual(14);
  });
  it.each([
    [0, 1, 'gpuHours'],
    [100, 0, 'days'],
    [1e300, 1e-300, 'days'],
  ])('gpusForDays(%d, %d) is refused on field %s', (hours, days, field) => {
    expect(() => gpusForDays(hours, days)).toThrow(expect.objectContaining({ field }));
  });
});
