import { InputError } from './errors';
import { requirePositive, requirePositiveInteger } from './validate';

/** What sets a served model's memory. */
export interface ServingShape {
  /** Parameters of the model (all of them: every expert of a mixture is resident). */
  params: number;
  /** Bytes per weight: 2 for bf16, 1 for fp8 or int8, 0.5 for int4. */
  weightBytes: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  /** Bytes per cached key or value element. */
  kvBytes: number;
}

/**
 * KV-cache bytes per token: 2 (a key and a value) · layers · kvHeads · headDim · kvBytes
 * (Pope et al. 2022, "Efficiently Scaling Transformer Inference", Sec. 2.1; grouped-query
 * attention, Ainslie et al. 2023, caches only the kvHeads).
 * @example kvCacheBytesPerToken({ params: 6.74e9, weightBytes: 2, layers: 32, kvHeads: 32, headDim: 128, kvBytes: 2 }) // 524,288 (Llama 2 7B: 0.5 MiB)
 */
export function kvCacheBytesPerToken(shape: ServingShape): number {
  const layers = requirePositiveInteger(shape.layers, 'layers', 'number of layers');
  const kvHeads = requirePositiveInteger(shape.kvHeads, 'kvHeads', 'number of key/value heads');
  const headDim = requirePositiveInteger(shape.headDim, 'headDim', 'head width');
  return (
    2 *
    layers *
    kvHeads *
    headDim *
    requirePositive(shape.kvBytes, 'kvBytes', 'bytes per cached element')
  );
}

/** Serving memory: weights, the KV cache, and what fits on the GPUs. */
export type InferenceMemory = {
  weights: number;
  kvPerToken: number;
  kvCache: number;
  total: number;
  /** Memory of all the GPUs the model is spread over. */
  capacity: number;
  fits: number;
  /** The largest batch of `ctx`-token sequences that fits (0 when the weights alone do not). */
  maxBatch: number;
  /** The longest context at `batch` sequences that fits (0 when the weights alone do not). */
  maxContext: number;
};

/**
 * Memory to serve a model: weights = params·weightBytes; kvCache = kvPerToken·ctx·batch; total
 * against gpus·gpuMemory (tensor parallelism spreads both evenly); the largest batch at `ctx`
 * and the longest context at `batch` that still fit. Activations of a decode step are small and
 * left out. Unit: bytes.
 * @example computeInferenceMemory({ params: 6.74e9, weightBytes: 2, layers: 32, kvHeads: 32, headDim: 128, kvBytes: 2 }, { ctx: 4096, batch: 1, gpuMemory: 80 * 2 ** 30, gpus: 1 }).kvCache // 2,147,483,648 (2 GiB)
 */
export function computeInferenceMemory(
  shape: ServingShape,
  load: { ctx: number; batch: number; gpuMemory: number; gpus: number },
): InferenceMemory {
  const params = requirePositive(shape.params, 'N', 'number of parameters');
  const weights = params * requirePositive(shape.weightBytes, 'weightBytes', 'bytes per weight');
  const kvPerToken = kvCacheBytesPerToken(shape);
  const ctx = requirePositiveInteger(load.ctx, 'ctx', 'context length in tokens');
  const batch = requirePositiveInteger(load.batch, 'batch', 'batch size');
  const capacity =
    requirePositive(load.gpuMemory, 'gpuMemory', 'GPU memory in bytes') *
    requirePositiveInteger(load.gpus, 'gpus', 'number of GPUs');
  const kvCache = kvPerToken * ctx * batch;
  const total = weights + kvCache;
  if (!Number.isFinite(total))
    throw new InputError('The KV cache at this context and batch is too large to compute', 'ctx');
  const free = Math.max(0, capacity - weights);
  return {
    weights,
    kvPerToken,
    kvCache,
    total,
    capacity,
    fits: total <= capacity ? 1 : 0,
    maxBatch: Math.floor(free / (kvPerToken * ctx)),
    maxContext: Math.floor(free / (kvPerToken * batch)),
  };
}
