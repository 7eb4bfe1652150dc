import { InputError } from './errors';
import { requireFraction, requireNonNegative, requirePositive } from './validate';

/**
 * Typical values of the factors of GPU-hours = C / (peak · MFU) / 3600 (a 10²³-FLOP run, a
 * 10¹⁴-FLOP/s GPU, 40% MFU). When the hours overflow, the factor furthest from its typical
 * value, in decades, is the one the reader most likely mistyped, so the message goes there.
 */
const TYPICAL = { C: 1e23, peak: 1e14, mfu: 0.4 } as const;

/** A training run on a cluster: FLOPs to do and the hardware to do them with. */
export interface ClusterRun {
  /** Training FLOPs (C). */
  flops: number;
  /** Peak FLOP/s of one GPU (dense, at the training precision). */
  peakFlops: number;
  /** Model FLOPs utilisation, 0–1: achieved model FLOP/s over peak (PaLM, Chowdhery et al. 2022 App. B). */
  mfu: number;
  /** Number of GPUs working in parallel. */
  gpus: number;
  /** Price of one GPU-hour in dollars. */
  pricePerGpuHour: number;
}

/**
 * GPU-hours, wall-clock days and dollars of a run:
 * GPU-hours = C / (peak · MFU) / 3600; days = GPU-hours / GPUs / 24; cost = GPU-hours × price.
 * @example trainingCost({ flops: 3.14e23, peakFlops: 312e12, mfu: 0.4, gpus: 1024, pricePerGpuHour: 2 }).gpuHours // ≈ 699k
 */
export function trainingCost(run: ClusterRun): { gpuHours: number; days: number; cost: number } {
  requirePositive(run.flops, 'C', 'number of FLOPs');
  requirePositive(run.peakFlops, 'peak', 'FLOP/s per GPU');
  requireFraction(run.mfu, 'mfu', 'utilisation');
  requirePositive(run.gpus, 'gpus', 'number of GPUs');
  requireNonNegative(run.pricePerGpuHour, 'price', 'price per GPU-hour');
  const gpuHours = run.flops / (run.peakFlops * run.mfu) / 3600;
  if (!Number.isFinite(gpuHours)) throw hoursOverflow(run);
  const cost = gpuHours * run.pricePerGpuHour;
  if (!Number.isFinite(cost))
    throw new InputError('A price this high makes the cost larger than $10³⁰⁸', 'price');
  return { gpuHours, days: gpuHours / run.gpus / 24, cost };
}

function hoursOverflow(run: ClusterRun): InputError {
  const given = { C: run.flops, peak: run.peakFlops, mfu: run.mfu };
  const decadesOff = (k: keyof typeof TYPICAL) => Math.abs(Math.log10(given[k] / TYPICAL[k]));
  const culprit = (['C', 'peak', 'mfu'] as const).reduce((a, b) =>
    decadesOff(b) > decadesOff(a) ? b : a,
  );
  const what = {
    C: 'A compute budget this large',
    peak: 'A peak this small',
    mfu: 'MFU this small',
  }[culprit];
  return new InputError(`${what} makes the run take longer than 10³⁰⁰ GPU-hours`, culprit);
}
