import { InputError } from './errors';
import { requirePositive, requirePositiveInteger } from './validate';

/** Precision of the weights and gradients a run trains in. */
export type WeightPrecision = 'bf16' | 'fp32';
/** Optimizer whose state is kept per parameter. */
export type OptimizerKind = 'adamw' | 'adamw-8bit' | 'sgd';
/** ZeRO stage (Rajbhandari et al. 2020): 0 none; 1 optimizer states; 2 and gradients; 3 and weights. */
export type ZeroStage = 0 | 1 | 2 | 3;

/** Bytes per parameter of each model state, before any sharding. */
export interface BytesPerParam {
  weights: number;
  gradients: number;
  /** Optimizer state, counting the fp32 master copy that mixed precision keeps (the "K" of ZeRO Sec. 3.1). */
  optimizer: number;
}

/**
 * Bytes per parameter of weights, gradients and optimizer state.
 * Mixed-precision AdamW: 2 + 2 + 12 (bf16 weights and gradients; fp32 master copy, momentum and
 * variance), ZeRO (Rajbhandari et al. 2020, arXiv:1910.02054) Sec. 3.1. fp32 training keeps no
 * master copy: 4 + 4 + 8. 8-bit AdamW keeps each moment in one byte (Dettmers et al. 2022,
 * arXiv:2110.02861), so 2 instead of 8 bytes of moments. SGD keeps one momentum buffer (4 bytes).
 * @example bytesPerParam('bf16', 'adamw').optimizer // 12
 */
export function bytesPerParam(weights: WeightPrecision, optimizer: OptimizerKind): BytesPerParam {
  if (weights !== 'bf16' && weights !== 'fp32')
    throw new InputError(`weights must be bf16 or fp32, got ${String(weights)}`, 'weights');
  const moments = { adamw: 8, 'adamw-8bit': 2, sgd: 4 }[optimizer];
  if (moments === undefined)
    throw new InputError(
      `optimizer must be adamw, adamw-8bit or sgd, got ${String(optimizer)}`,
      'optimizer',
    );
  const width = weights === 'bf16' ? 2 : 4;
  const masterCopy = weights === 'bf16' ? 4 : 0;
  return { weights: width, gradients: width, optimizer: masterCopy + moments };
}

/** How a run splits its model across GPUs. */
export interface ModelSharding {
  /** Data-parallel degree N_d. */
  dp: number;
  /** Tensor-parallel degree. */
  tp: number;
  /** Pipeline-parallel degree (stages). */
  pp: number;
  zero: ZeroStage;
}

/**
 * Bytes of weights, gradients and optimizer state on one GPU. ZeRO (Rajbhandari et al. 2020,
 * Sec. 5 and Fig. 1): stage 1 divides the optimizer state by dp, stage 2 also the gradients,
 * stage 3 also the weights; tensor and pipeline parallelism divide every state by tp·pp.
 * Fig. 1's check: 7.5B parameters, dp 64, mixed-precision Adam: 120, 31.4, 16.6, 1.9 GB.
 * @example modelStateBytes(7.5e9, bytesPerParam('bf16', 'adamw'), { dp: 64, tp: 1, pp: 1, zero: 1 }).total // 31,406,250,000
 */
export function modelStateBytes(
  params: number,
  bytes: BytesPerParam,
  sharding: ModelSharding,
): { weights: number; gradients: number; optimizer: number; total: number } {
  requirePositive(params, 'N', 'number of parameters');
  const dp = requirePositiveInteger(sharding.dp, 'dp', 'data-parallel degree');
  const split =
    requirePositiveInteger(sharding.tp, 'tp', 'tensor-parallel degree') *
    requirePositiveInteger(sharding.pp, 'pp', 'pipeline-parallel degree');
  if (![0, 1, 2, 3].includes(sharding.zero))
    throw new InputError(`zero must be 0, 1, 2 or 3, got ${String(sharding.zero)}`, 'zero');
  const perGpu = params / split;
  const weights = (perGpu * bytes.weights) / (sharding.zero >= 3 ? dp : 1);
  const gradients = (perGpu * bytes.gradients) / (sharding.zero >= 2 ? dp : 1);
  const optimizer = (perGpu * bytes.optimizer) / (sharding.zero >= 1 ? dp : 1);
  return { weights, gradients, optimizer, total: weights + gradients + optimizer };
}
