import { requireFiniteResult, requirePositive } from './validate';

/**
 * The model FLOPs utilisation a reported run implies: MFU = C / (peak · GPU-hours · 3600)
 * (Chowdhery et al. 2022, App. B). DeepSeek-V3: 6 · 37B active · 14.8T tokens = 3.29·10²⁴ FLOPs
 * in 2.788M H800 GPU-hours (DeepSeek-AI 2024, Table 1) is about 0.33 of the dense BF16 peak.
 * @example impliedMfu(6 * 37e9 * 14.8e12, 989.4e12, 2.788e6) // ≈ 0.331
 */
export function impliedMfu(flops: number, peakFlops: number, gpuHours: number): number {
  requirePositive(flops, 'C', 'number of FLOPs');
  requirePositive(peakFlops, 'peak', 'FLOP/s per GPU');
  requirePositive(gpuHours, 'gpuHours', 'number of GPU-hours');
  return requireFiniteResult(flops / (peakFlops * gpuHours * 3600), 'mfu');
}
