import { requireFiniteResult, requireFraction, requireNonNegative, requirePositive } from './validate';

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
  const gpuHours = requireFiniteResult(run.flops / (run.peakFlops * run.mfu) / 3600, 'gpuHours');
  return {
    gpuHours,
    days: gpuHours / run.gpus / 24,
    cost: requireFiniteResult(gpuHours * run.pricePerGpuHour, 'cost'),
  };
}
