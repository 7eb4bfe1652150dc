import { type ActivationShape, activationBytes } from './activationMemory';
import { InputError } from './errors';
import { type BytesPerParam, type ModelSharding, modelStateBytes } from './modelStateMemory';
import { requirePositive } from './validate';

/** Bytes on one GPU while training, by component, against its capacity. */
export type TrainingMemory = {
  weightsPerGpu: number;
  gradientsPerGpu: number;
  optimizerPerGpu: number;
  modelStatesPerGpu: number;
  activationsPerGpu: number;
  totalPerGpu: number;
  gpuMemory: number;
  /** gpuMemory − totalPerGpu: negative when it does not fit. */
  headroom: number;
  /** 1 when totalPerGpu ≤ gpuMemory, else 0. */
  fits: number;
  /** dp·tp·pp. */
  gpus: number;
};

/**
 * Training memory per GPU: model states (ZeRO, Rajbhandari et al. 2020) plus activations
 * (Korthikanti et al. 2022, Table 2), against the GPU's memory in bytes. Without a shape,
 * `activation` is undefined and only the model states are counted.
 * @example computeTrainingMemory(7.5e9, { weights: 2, gradients: 2, optimizer: 12 }, { dp: 64, tp: 1, pp: 1, zero: 3 }, undefined, 32e9).totalPerGpu // 1,875,000,000
 */
export function computeTrainingMemory(
  params: number,
  bytes: BytesPerParam,
  sharding: ModelSharding,
  activation: ActivationShape | undefined,
  gpuMemory: number,
): TrainingMemory {
  requirePositive(gpuMemory, 'gpuMemory', 'GPU memory in bytes');
  const states = modelStateBytes(params, bytes, sharding);
  const activations =
    activation === undefined ? 0 : activationBytes({ ...activation, tp: sharding.tp });
  const total = states.total + activations;
  return {
    weightsPerGpu: states.weights,
    gradientsPerGpu: states.gradients,
    optimizerPerGpu: states.optimizer,
    modelStatesPerGpu: states.total,
    activationsPerGpu: activations,
    totalPerGpu: total,
    gpuMemory,
    headroom: gpuMemory - total,
    fits: total <= gpuMemory ? 1 : 0,
    gpus: sharding.dp * sharding.tp * sharding.pp,
  };
}

/**
 * The fewest GPUs that hold the model with ZeRO-3 at this tensor and pipeline layout and batch:
 * tp·pp·⌈(bytes·N/(tp·pp)) / (memory − activations)⌉, since ZeRO-3 divides every model state by
 * dp while each GPU keeps its own activations. Throws when the activations alone fill the GPU.
 * @example minGpusForTraining(7.5e9, { weights: 2, gradients: 2, optimizer: 12 }, { tp: 1, pp: 1 }, 0, 32e9) // 4
 */
export function minGpusForTraining(
  params: number,
  bytes: BytesPerParam,
  layout: { tp: number; pp: number },
  activationsPerGpu: number,
  gpuMemory: number,
): number {
  const split = layout.tp * layout.pp;
  const free = gpuMemory - activationsPerGpu;
  if (!(free > 0)) {
    throw new InputError(
      'The activations of one micro-batch alone fill the GPU: recompute activations, use sequence parallelism, or a smaller micro-batch or sequence',
      'micro',
    );
  }
  const states = (params * (bytes.weights + bytes.gradients + bytes.optimizer)) / split;
  return split * Math.max(1, Math.ceil(states / free));
}
