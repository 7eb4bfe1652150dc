import { InputError } from './errors';
import { requirePositive } from './validate';

/**
 * The fewest GPUs that finish `gpuHours` of work within `days` of wall-clock time:
 * ⌈GPU-hours / (24 · days)⌉. Unit: GPUs.
 * @example gpusForDays(2.788e6, 57) // 2,039 (DeepSeek-V3’s pre-training hours in 57 days)
 */
export function gpusForDays(gpuHours: number, days: number): number {
  requirePositive(gpuHours, 'gpuHours', 'number of GPU-hours');
  requirePositive(days, 'days', 'number of days');
  const gpus = Math.ceil(gpuHours / (24 * days) - 1e-9);
  if (!Number.isFinite(gpus) || gpus > 1e9)
    throw new InputError(
      `No cluster finishes ${gpuHours.toExponential(3)} GPU-hours in ${days} days: it would take more than a billion GPUs`,
      'days',
    );
  return Math.max(1, gpus);
}
