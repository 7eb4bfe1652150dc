import { requireNonNegative } from './validate';

/** 1 PF-day = 10¹⁵ FLOP/s × 86,400 s = 8.64 × 10¹⁹ FLOP (Kaplan et al. 2020, Sec. 1.3 Notation). */
export const PF_DAY_FLOPS = 1e15 * 86_400;

/** 1 EF-day = 10¹⁸ FLOP/s × 86,400 s = 8.64 × 10²² FLOP (same convention as the PF-day, 1000× larger). */
export const EF_DAY_FLOPS = 1e18 * 86_400;

/**
 * FLOPs → PF-days: C / 8.64 × 10¹⁹ (Kaplan et al. 2020, Sec. 1.3).
 * @example flopsToPfDays(3.14e23) // ≈ 3634 (GPT-3 175B, Brown et al. 2020 Table D.1: 3.64e3)
 */
export function flopsToPfDays(flops: number): number {
  return requireNonNegative(flops, 'C', 'number of FLOPs') / PF_DAY_FLOPS;
}

/**
 * PF-days → FLOPs: PF-days × 8.64 × 10¹⁹ (Kaplan et al. 2020, Sec. 1.3).
 * @example pfDaysToFlops(1) // 8.64e19
 */
export function pfDaysToFlops(pfDays: number): number {
  return requireNonNegative(pfDays, 'PF-days', 'amount of compute') * PF_DAY_FLOPS;
}

/**
 * FLOPs → EF-days: C / 8.64 × 10²².
 * @example flopsToEfDays(8.64e22) // 1
 */
export function flopsToEfDays(flops: number): number {
  return requireNonNegative(flops, 'C', 'number of FLOPs') / EF_DAY_FLOPS;
}

/**
 * EF-days → FLOPs: EF-days × 8.64 × 10²².
 * @example efDaysToFlops(1) // 8.64e22
 */
export function efDaysToFlops(efDays: number): number {
  return requireNonNegative(efDays, 'EF-days', 'amount of compute') * EF_DAY_FLOPS;
}
