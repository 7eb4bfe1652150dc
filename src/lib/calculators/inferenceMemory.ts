import { type CalculatorDef, need } from '../calculator';
import { type InferenceMemory, computeInferenceMemory } from '../inferenceMemory';
import { type ParamTable, quantityParam } from '../paramTable';
import { describeModel, headDimOf, modelShapeParams } from './modelShape';
import { GPU_MEMORY_CHOICE, GPU_MEMORY_PARAM, gpuMemoryOf } from './trainingMemory';

const WHOLE = { min: 1, minExclusive: false, integer: true, max: 1e8, style: 'plain' } as const;

/** URL parameters of /calculators/inference-memory/. */
export const inferenceMemoryParams: ParamTable = [
  ...modelShapeParams,
  quantityParam('weightBytes', 'Bytes per weight', '2 bf16 · 1 fp8/int8 · 0.5 int4', '2', {
    max: 8,
    style: 'plain',
  }),
  quantityParam('kvBytes', 'Bytes per cached value', '2 bf16 · 1 fp8', '2', {
    max: 8,
    style: 'plain',
  }),
  quantityParam('ctx', 'Context', 'tokens per sequence', '8192', WHOLE),
  quantityParam('batch', 'Batch', 'sequences served at once', '1', WHOLE),
  GPU_MEMORY_CHOICE,
  GPU_MEMORY_PARAM,
  quantityParam('gpus', 'GPUs', 'the model is spread over', '1', { ...WHOLE, max: 1e5 }),
];

/** Serving memory with the KV cache; without a shape (N alone) the weights only. */
export type InferenceMemoryResults = Partial<InferenceMemory> &
  Pick<InferenceMemory, 'weights' | 'capacity'> & { params: number };

/** Memory to serve a model: its weights and the KV cache (Pope et al. 2022) against the GPUs' memory. */
export const inferenceMemory: CalculatorDef<InferenceMemoryResults> = {
  slug: 'inference-memory',
  title: 'Inference memory',
  params: inferenceMemoryParams,
  results: [
    { name: 'params', label: 'Parameters (all)', unit: 'parameters', style: 'si' },
    { name: 'weights', label: 'Weights', style: 'bytes' },
    {
      name: 'kvPerToken',
      label: 'KV cache per token',
      style: 'bytes',
      help: '2 · layers · kvHeads · headDim · kvBytes',
    },
    { name: 'kvCache', label: 'KV cache', style: 'bytes', help: 'per token × context × batch' },
    { name: 'total', label: 'Total', style: 'bytes' },
    { name: 'capacity', label: 'Memory of the GPUs', style: 'bytes' },
    { name: 'fits', label: 'Fits (1 = yes)', style: 'plain' },
    { name: 'maxBatch', label: 'Largest batch at this context', style: 'plain' },
    { name: 'maxContext', label: 'Longest context at this batch', unit: 'tokens', style: 'plain' },
  ],
  presets: [
    {
      id: 'llama2-7b',
      label: 'Llama 2 7B at 4,096 tokens',
      values: {
        preset: 'custom',
        layers: '32',
        dModel: '4096',
        heads: '32',
        kvHeads: '32',
        headDim: '128',
        dFf: '11008',
        vocab: '32000',
        experts: '',
        topK: '',
        ctx: '4096',
        batch: '1',
        weightBytes: '2',
        kvBytes: '2',
        gpu: 'a100',
        gpus: '1',
      },
      source: 'Touvron et al. 2023, Table 1 and the released config: 32 layers of 32 heads × 128',
    },
    {
      id: 'llama3-70b',
      label: 'Llama 3 70B, fp8, 2 GPUs',
      values: {
        preset: 'llama3-70b',
        ctx: '8192',
        batch: '16',
        weightBytes: '1',
        kvBytes: '1',
        gpu: 'h100',
        gpus: '2',
      },
      source: 'Llama Team 2024, Table 3',
    },
    {
      id: 'mixtral',
      label: 'Mixtral 8x7B, int4',
      values: {
        preset: 'mixtral-8x7b',
        ctx: '32768',
        batch: '1',
        weightBytes: '0.5',
        kvBytes: '2',
        gpu: 'a100',
        gpus: '1',
      },
      source: 'Jiang et al. 2024, Table 1',
    },
    {
      id: 'deepseek-v3',
      label: 'DeepSeek-V3, fp8, 16 H800s',
      values: {
        preset: 'deepseek-v3',
        ctx: '32768',
        batch: '32',
        weightBytes: '1',
        kvBytes: '2',
        gpu: 'h800',
        gpus: '16',
      },
      source:
        'DeepSeek-AI 2024: 671B parameters, a latent KV cache of 576 elements per token and layer',
    },
  ],
  compute(values) {
    const model = describeModel(values);
    const gpuMemory = gpuMemoryOf(values);
    const load = {
      ctx: need(values, 'ctx'),
      batch: need(values, 'batch'),
      gpuMemory,
      gpus: need(values, 'gpus'),
    };
    const weightBytes = need(values, 'weightBytes');
    const config = model.config;
    if (!config) {
      const weights = model.total * weightBytes;
      return {
        params: model.total,
        weights,
        total: weights,
        capacity: gpuMemory * load.gpus,
        fits: weights <= gpuMemory * load.gpus ? 1 : 0,
      };
    }
    // A latent cache (DeepSeek's MLA) stores its elements once per token and layer: the formula's
    // 2 · kvHeads · headDim with one head of half that width gives exactly that many.
    const shape = model.kvPerTokenPerLayer
      ? { kvHeads: 1, headDim: model.kvPerTokenPerLayer / 2 }
      : { kvHeads: config.nKvHeads ?? config.nHeads, headDim: headDimOf(config) };
    const out = computeInferenceMemory(
      {
        params: model.total,
        weightBytes,
        layers: config.nLayer,
        ...shape,
        kvBytes: need(values, 'kvBytes'),
      },
      load,
    );
    return { params: model.total, ...out };
  },
};
