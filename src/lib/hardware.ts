/** An accelerator with its dense (no sparsity) 16-bit peak, the figure MFU is measured against, and its memory. */
export interface Gpu {
  id: string;
  name: string;
  /** Dense BF16 peak in FLOP/s (FP16 for the V100, which has no BF16). */
  peakFlops: number;
  /** Memory in bytes. Datasheets' "80GB" is binary: an A100 80GB reports 81,920 MiB = 80 × 2³⁰ bytes. */
  memoryBytes: number;
  /** GPUs that share one NVLink domain in the usual server (8 in a DGX/HGX), the ceiling for tensor parallelism. */
  perNode: number;
  source: string;
}

const GiB = 2 ** 30;

/**
 * Dense 16-bit tensor-core peaks in FLOP/s and memory. The datasheets' headline BF16 figures
 * (624, 1,979) assume 2:4 sparsity and are twice what a dense training run can reach.
 */
export const GPUS: readonly Gpu[] = [
  {
    id: 'v100',
    name: 'NVIDIA V100 SXM2 32GB',
    peakFlops: 125e12,
    memoryBytes: 32 * GiB,
    perNode: 8,
    source:
      'NVIDIA V100 datasheet: 125 TFLOP/s FP16 tensor (no BF16), 32 GB HBM2; the GPU of the ZeRO paper’s experiments',
  },
  {
    id: 'a100',
    name: 'NVIDIA A100 SXM 80GB',
    peakFlops: 312e12,
    memoryBytes: 80 * GiB,
    perNode: 8,
    source: 'NVIDIA A100 datasheet: 312 TFLOP/s dense BF16 (624 with sparsity), 80 GB HBM2e',
  },
  {
    id: 'h100',
    name: 'NVIDIA H100 SXM',
    peakFlops: 989.4e12,
    memoryBytes: 80 * GiB,
    perNode: 8,
    source:
      'NVIDIA H100 datasheet / Hopper whitepaper: 989.4 TFLOP/s dense BF16 (1,979 with sparsity), 80 GB HBM3',
  },
  {
    id: 'h800',
    name: 'NVIDIA H800 SXM',
    peakFlops: 989.4e12,
    memoryBytes: 80 * GiB,
    perNode: 8,
    source:
      'NVIDIA H800 SXM: the H100 SXM’s GH100 compute (989.4 TFLOP/s dense BF16) and 80 GB, with NVLink cut to 400 GB/s; the GPU of DeepSeek-V3 (DeepSeek-AI 2024, Sec. 3.1)',
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM',
    peakFlops: 989e12,
    memoryBytes: 141 * GiB,
    perNode: 8,
    source:
      'NVIDIA H200 datasheet: 989 TFLOP/s dense BF16, the same GH100 compute as the H100 SXM, 141 GB HBM3e',
  },
];

/**
 * Looks a GPU up by id (`v100`, `a100`, `h100`, `h800`, `h200`); undefined when unknown.
 * @example findGpu('h100')?.peakFlops // 989.4e12
 */
export function findGpu(id: string): Gpu | undefined {
  return GPUS.find((gpu) => gpu.id === id);
}
