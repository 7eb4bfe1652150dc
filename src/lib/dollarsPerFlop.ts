import {
  requireFiniteResult,
  requireFraction,
  requireNonNegative,
  requirePositive,
} from './validate';

/**
 * What one model FLOP costs on a rented GPU: price / (peak · MFU · 3600), the same accounting as
 * trainingCost (GPU-hours = C / (peak · MFU) / 3600). Units: dollars per FLOP, from FLOP/s, a 0–1
 * utilisation and dollars per GPU-hour.
 * @example computeDollarsPerFlop(989.4e12, 0.4, 2) // ≈ 1.40e-18
 */
export function computeDollarsPerFlop(
  peakFlops: number,
  mfu: number,
  pricePerGpuHour: number,
): number {
  requirePositive(peakFlops, 'peak', 'FLOP/s per GPU');
  requireFraction(mfu, 'mfu', 'utilisation');
  requireNonNegative(pricePerGpuHour, 'price', 'price per GPU-hour');
  return requireFiniteResult(pricePerGpuHour / (peakFlops * mfu * 3600), 'price');
}
