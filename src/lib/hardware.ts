/** An accelerator with its dense (no sparsity) BF16 peak, the figure MFU is measured against. */
export interface Gpu {
  id: string;
  name: string;
  /** Dense BF16 peak in FLOP/s. */
  peakFlops: number;
  source: string;
}

/**
 * Dense BF16 tensor-core peaks in FLOP/s. The datasheets' headline BF16 figures (624, 1,979)
 * assume 2:4 sparsity and are half of what a dense training run can reach.
 */
export const GPUS: readonly Gpu[] = [
  {
    id: 'a100',
    name: 'NVIDIA A100 SXM',
    peakFlops: 312e12,
    source: 'NVIDIA A100 datasheet: 312 TFLOP/s dense BF16 (624 with sparsity)',
  },
  {
    id: 'h100',
    name: 'NVIDIA H100 SXM',
    peakFlops: 989.4e12,
    source: 'NVIDIA H100 datasheet / Hopper whitepaper: 989.4 TFLOP/s dense BF16 (1,979 with sparsity)',
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM',
    peakFlops: 989e12,
    source: 'NVIDIA H200 datasheet: 989 TFLOP/s dense BF16, the same GH100 compute as the H100 SXM',
  },
];

/**
 * Looks a GPU up by id (`a100`, `h100`, `h200`); undefined when unknown.
 * @example findGpu('h100')?.peakFlops // 989.4e12
 */
export function findGpu(id: string): Gpu | undefined {
  return GPUS.find((gpu) => gpu.id === id);
}
