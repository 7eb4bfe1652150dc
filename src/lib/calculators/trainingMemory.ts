import type { ActivationShape, Recompute } from '../activationMemory';
import { type CalculatorDef, need } from '../calculator';
import { InputError } from '../errors';
import { GPUS, findGpu } from '../hardware';
import {
  type OptimizerKind,
  type WeightPrecision,
  type ZeroStage,
  bytesPerParam,
} from '../modelStateMemory';
import { type ParamTable, type ParamValue, quantityParam } from '../paramTable';
import { type TrainingMemory, computeTrainingMemory, minGpusForTraining } from '../trainingMemory';
import { findRemedies } from './memoryRemedies';
import { describeModel, modelShapeParams } from './modelShape';

const GiB = 2 ** 30;
const WHOLE = { min: 1, minExclusive: false, integer: true, max: 1e6, style: 'plain' } as const;
const choice = (name: string, label: string, def: string, options: [string, string][]) =>
  ({
    kind: 'choice',
    name,
    label,
    default: def,
    options: options.map(([value, l]) => ({ value, label: l })),
  }) as const;

/** GPU choices with their memory, and a custom memory. */
export const GPU_MEMORY_CHOICE = choice('gpu', 'GPU', 'h100', [
  ...GPUS.map((g): [string, string] => [g.id, `${g.name} (${g.memoryBytes / GiB} GB)`]),
  ['custom', 'Custom memory'],
]);
/** A custom GPU's memory in GB (binary, as datasheets print it). */
export const GPU_MEMORY_PARAM = quantityParam('memory', 'Memory per GPU', 'GB', '80', {
  showIf: { param: 'gpu', equals: 'custom' },
  style: 'plain',
  max: 1e6,
});

/** The ZeRO stage (Rajbhandari et al. 2020): what data parallelism shards. */
export const ZERO_CHOICE = choice('zero', 'ZeRO stage', '1', [
  ['0', '0: nothing sharded'],
  ['1', '1: optimizer state'],
  ['2', '2: + gradients'],
  ['3', '3: + weights'],
]);
/** Activation recomputation (Korthikanti et al. 2022): none, the attention core, or whole layers. */
export const RECOMPUTE_CHOICE = choice('recompute', 'Activation recomputation', 'selective', [
  ['none', 'None'],
  ['selective', 'Selective (attention)'],
  ['full', 'Full'],
]);

/** URL parameters of /calculators/training-memory/. */
export const trainingMemoryParams: ParamTable = [
  ...modelShapeParams,
  quantityParam('seq', 'Sequence length', 'tokens (s)', '4096', { ...WHOLE, max: 1e7 }),
  quantityParam('micro', 'Micro-batch', 'sequences (b)', '1', WHOLE),
  choice('weights', 'Weights and gradients', 'bf16', [
    ['bf16', 'bf16, fp32 master copy (mixed precision)'],
    ['fp32', 'fp32'],
  ]),
  choice('optimizer', 'Optimizer', 'adamw', [
    ['adamw', 'AdamW (two fp32 moments)'],
    ['adamw-8bit', 'AdamW, 8-bit moments'],
    ['sgd', 'SGD with momentum'],
  ]),
  ZERO_CHOICE,
  quantityParam('dp', 'Data parallel', 'dp', '8', WHOLE),
  quantityParam('tp', 'Tensor parallel', 'tp', '1', WHOLE),
  quantityParam('pp', 'Pipeline parallel', 'pp (stages)', '1', WHOLE),
  choice('sp', 'Sequence parallel', 'no', [
    ['no', 'No'],
    ['yes', 'Yes'],
  ]),
  RECOMPUTE_CHOICE,
  GPU_MEMORY_CHOICE,
  GPU_MEMORY_PARAM,
];

export type TrainingMemoryResults = TrainingMemory & {
  params: number;
  active: number;
  /** Fewest GPUs that hold the model with ZeRO-3 at this tp, pp and batch (absent when the activations alone overflow). */
  minGpus?: number;
  /** When it does not fit: what would, in words. */
  remedies: string[];
};

/** The GPU's memory in bytes: from the hardware table, or the custom field. */
export function gpuMemoryOf(values: Readonly<Record<string, ParamValue>>): number {
  const id = String(values['gpu']);
  if (id === 'custom') return need(values, 'memory') * GiB;
  const gpu = findGpu(id);
  if (!gpu)
    throw new InputError(
      `GPU must be one of ${GPUS.map((g) => g.id).join(', ')} or custom, got ${id}`,
      'gpu',
    );
  return gpu.memoryBytes;
}

/** Bytes per GPU while training: model states (ZeRO) and activations (Korthikanti et al. 2022) against the GPU's memory. */
export const trainingMemory: CalculatorDef<TrainingMemoryResults> = {
  slug: 'training-memory',
  title: 'Training memory',
  params: trainingMemoryParams,
  results: [
    { name: 'params', label: 'Parameters (all)', unit: 'parameters', style: 'si' },
    { name: 'weightsPerGpu', label: 'Weights per GPU', style: 'bytes' },
    { name: 'gradientsPerGpu', label: 'Gradients per GPU', style: 'bytes' },
    {
      name: 'optimizerPerGpu',
      label: 'Optimizer state per GPU',
      style: 'bytes',
      help: 'with the fp32 master copy',
    },
    {
      name: 'modelStatesPerGpu',
      label: 'Model states per GPU',
      style: 'bytes',
      help: 'ZeRO, Rajbhandari et al. 2020',
    },
    {
      name: 'activationsPerGpu',
      label: 'Activations per GPU',
      style: 'bytes',
      help: 'Korthikanti et al. 2022, Table 2',
    },
    { name: 'totalPerGpu', label: 'Total per GPU', style: 'bytes' },
    { name: 'gpuMemory', label: 'GPU memory', style: 'bytes' },
    { name: 'headroom', label: 'Headroom', style: 'bytes', help: 'negative: short by this much' },
    { name: 'fits', label: 'Fits (1 = yes)', style: 'plain' },
    { name: 'gpus', label: 'GPUs', style: 'plain', help: 'dp · tp · pp' },
    {
      name: 'minGpus',
      label: 'Fewest GPUs (ZeRO-3)',
      style: 'plain',
      help: 'at this tp, pp and batch',
    },
  ],
  presets: [
    {
      id: 'zero-fig1',
      label: 'ZeRO Fig. 1: 7.5B on 64 V100s',
      values: { preset: 'size', N: '7.5e9', dp: '64', tp: '1', pp: '1', zero: '1', gpu: 'v100' },
      source: 'Rajbhandari et al. 2020, Fig. 1: 7.5B parameters, N_d = 64',
    },
    {
      id: 'llama3-70b',
      label: 'Llama 3 70B, tp 8',
      values: {
        preset: 'llama3-70b',
        seq: '8192',
        micro: '1',
        dp: '16',
        tp: '8',
        pp: '4',
        zero: '1',
        sp: 'yes',
        recompute: 'selective',
        gpu: 'h100',
      },
      source: 'Llama Team 2024, Table 3 (shape); a Megatron-style layout',
    },
    {
      id: 'mixtral',
      label: 'Mixtral 8x7B',
      values: {
        preset: 'mixtral-8x7b',
        seq: '4096',
        micro: '1',
        dp: '16',
        tp: '8',
        pp: '1',
        zero: '1',
        sp: 'yes',
        recompute: 'selective',
        gpu: 'h100',
      },
      source: 'Jiang et al. 2024, Table 1',
    },
    {
      id: 'deepseek-v3',
      label: 'DeepSeek-V3 on H800s',
      values: {
        preset: 'deepseek-v3',
        seq: '4096',
        micro: '1',
        dp: '32',
        tp: '1',
        pp: '16',
        zero: '1',
        sp: 'no',
        recompute: 'selective',
        gpu: 'h800',
      },
      source:
        'DeepSeek-AI 2024, Sec. 3.2: 16-way pipeline, ZeRO-1 data parallelism, no tensor parallelism',
    },
  ],
  compute(values) {
    const model = describeModel(values);
    const bytes = bytesPerParam(
      values['weights'] as WeightPrecision,
      values['optimizer'] as OptimizerKind,
    );
    const sharding = {
      dp: need(values, 'dp'),
      tp: need(values, 'tp'),
      pp: need(values, 'pp'),
      zero: Number(values['zero']) as ZeroStage,
    };
    const config = model.config;
    if (config) {
      const kv = config.nKvHeads ?? config.nHeads;
      if (config.nHeads % sharding.tp !== 0)
        throw new InputError(
          `Tensor parallelism must divide the ${config.nHeads} heads, got ${sharding.tp}`,
          'tp',
        );
      if (kv % sharding.tp !== 0)
        throw new InputError(
          `Tensor parallelism must divide the ${kv} key/value heads, got ${sharding.tp}`,
          'tp',
        );
      if (config.nLayer % sharding.pp !== 0)
        throw new InputError(
          `Pipeline stages must divide the ${config.nLayer} layers, got ${sharding.pp}`,
          'pp',
        );
    }
    const activation: ActivationShape | undefined = config && {
      seq: need(values, 'seq'),
      micro: need(values, 'micro'),
      dModel: config.dModel,
      heads: config.nHeads,
      layers: config.nLayer,
      tp: sharding.tp,
      sp: values['sp'] === 'yes',
      recompute: values['recompute'] as Recompute,
    };
    const memory = gpuMemoryOf(values);
    const out = computeTrainingMemory(model.total, bytes, sharding, activation, memory);
    const setting = { params: model.total, bytes, sharding, activation, memory };
    let minGpus: number | undefined;
    try {
      minGpus = minGpusForTraining(model.total, bytes, sharding, out.activationsPerGpu, memory);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
    return {
      ...out,
      params: model.total,
      active: model.active,
      ...(minGpus === undefined ? {} : { minGpus }),
      remedies: out.fits
        ? []
        : findRemedies(setting, config?.nHeads, config?.nKvHeads ?? config?.nHeads),
    };
  },
};
