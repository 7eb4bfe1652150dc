import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { trainingCost } from '../../src/lib/trainingCost';
import { closeTo } from '../tolerance';

const gpt3 = { flops: 3.14e23, peakFlops: 312e12, mfu: 0.4, gpus: 1024, pricePerGpuHour: 2 };

describe('trainingCost(run)', () => {
  it('GPU-hours = C / (peak · MFU) / 3600; days = hours / GPUs / 24; cost = hours × price', () => {
    const out = trainingCost(gpt3);
    closeTo(out.gpuHours, 3.14e23 / (312e12 * 0.4) / 3600);
    closeTo(out.gpuHours, 698_896.0113960113);
    closeTo(out.days, out.gpuHours / 1024 / 24);
    closeTo(out.cost, out.gpuHours * 2);
  });
  it('a free cluster costs $0', () => {
    expect(trainingCost({ ...gpt3, pricePerGpuHour: 0 }).cost).toBe(0);
  });
  it.each([
    [{ mfu: 5e-324 }, 'mfu', 'MFU this small makes the run take longer than 10³⁰⁰ GPU-hours'],
    [
      { peakFlops: 1e-300 },
      'peak',
      'A peak this small makes the run take longer than 10³⁰⁰ GPU-hours',
    ],
    [
      { flops: 1e308, peakFlops: 1e-2 },
      'C',
      'A compute budget this large makes the run take longer than 10³⁰⁰ GPU-hours',
    ],
    [
      { flops: 1e307, peakFlops: 0.1, mfu: 1, pricePerGpuHour: 1e6 },
      'price',
      'A price this high makes the cost larger than $10³⁰⁸',
    ],
  ])('%j overflows: the message names %s', (change, field, message) => {
    expect(() => trainingCost({ ...gpt3, ...change })).toThrow(new InputError(message, field));
  });
  it.each([
    [{ flops: 0 }, 'C'],
    [{ mfu: 1.5 }, 'mfu'],
    [{ gpus: 0 }, 'gpus'],
    [{ pricePerGpuHour: -1 }, 'price'],
  ])('%j is refused on field %s', (change, field) => {
    try {
      trainingCost({ ...gpt3, ...change });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).field).toBe(field);
    }
  });
});
