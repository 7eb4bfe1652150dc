import { type CalculatorDef, num } from '../calculator';
import { flopsToPfDays } from '../computeUnits';
import { InputError } from '../errors';
import { formatQuantity } from '../formatQuantity';
import { GPUS, findGpu } from '../hardware';
import { TRAINING_RUNS } from '../models';
import type { ParamTable } from '../paramTable';
import { solveTrainingCompute } from '../trainingFlops';
import { trainingCost } from '../trainingCost';

const POSITIVE = { min: 0, minExclusive: true } as const;

/** URL parameters of /calculators/training-compute/: any two of N, D, C plus the cluster. */
export const trainingComputeParams: ParamTable = [
  { kind: 'quantity', name: 'N', label: 'Parameters (N)', unit: 'parameters', default: '175e9', optional: true, group: 'CND', solvedBy: 'params', style: 'si', ...POSITIVE, help: 'Model size. Leave empty to solve for it.' },
  { kind: 'quantity', name: 'D', label: 'Training tokens (D)', unit: 'tokens', default: '300e9', optional: true, group: 'CND', solvedBy: 'tokens', style: 'si', ...POSITIVE, help: 'Tokens seen in training. Leave empty to solve for it.' },
  { kind: 'quantity', name: 'C', label: 'Training compute (C)', unit: 'FLOPs', optional: true, group: 'CND', solvedBy: 'flops', style: 'scientific', ...POSITIVE, help: 'Total training FLOPs. Leave empty to solve for it.' },
  {
    kind: 'choice',
    name: 'gpu',
    label: 'GPU',
    default: 'a100',
    options: [...GPUS.map((g) => ({ value: g.id, label: `${g.name} (${g.peakFlops / 1e12} TFLOP/s)` })), { value: 'custom', label: 'Custom peak' }],
  },
  { kind: 'quantity', name: 'peak', label: 'Peak per GPU', unit: 'FLOP/s', optional: true, showIf: { param: 'gpu', equals: 'custom' }, style: 'scientific', ...POSITIVE, help: 'Dense peak at the training precision.' },
  { kind: 'quantity', name: 'mfu', label: 'Utilisation (MFU)', unit: '0–1', default: '0.4', min: 0, minExclusive: true, max: 1, style: 'plain', help: 'Model FLOPs utilisation: 0.3–0.5 is typical for large runs.' },
  { kind: 'quantity', name: 'gpus', label: 'GPUs', unit: 'GPUs', default: '1024', min: 1, integer: true, max: 1e7, style: 'plain' },
  { kind: 'quantity', name: 'price', label: 'Price', unit: '$ per GPU-hour', default: '2', min: 0, max: 1e6, style: 'currency' },
];

export type TrainingComputeResults = Record<
  'flops' | 'params' | 'tokens' | 'pfDays' | 'tokensPerParam' | 'gpuHours' | 'days' | 'cost',
  number
>;

/** C = 6ND completed from any two, then PF-days, tokens per parameter and the cluster's time and cost. */
export const trainingCompute: CalculatorDef<TrainingComputeResults> = {
  slug: 'training-compute',
  title: 'Training compute',
  params: trainingComputeParams,
  results: [
    { name: 'flops', label: 'Training compute', unit: 'FLOPs', style: 'scientific' },
    { name: 'pfDays', label: 'PF-days', unit: 'PF-days', style: 'plain', help: '1 PF-day = 8.64 × 10¹⁹ FLOPs' },
    { name: 'params', label: 'Parameters', style: 'si' },
    { name: 'tokens', label: 'Tokens', style: 'si' },
    { name: 'tokensPerParam', label: 'Tokens per parameter', style: 'plain', help: 'Chinchilla-optimal is about 20' },
    { name: 'gpuHours', label: 'GPU-hours', style: 'si' },
    { name: 'days', label: 'Wall-clock', unit: 'days', style: 'plain' },
    { name: 'cost', label: 'Cost', style: 'currency' },
  ],
  presets: TRAINING_RUNS.filter((r) => r.id !== 'gopher').map((r) => ({
    id: r.id,
    label: r.name,
    values: { N: formatQuantity(r.params, 'si', 6), D: formatQuantity(r.tokens, 'si', 6), C: '' },
    source: r.source,
  })),
  compute(values) {
    const { C, N, D } = solveTrainingCompute({ C: num(values, 'C'), N: num(values, 'N'), D: num(values, 'D') });
    const gpuId = String(values['gpu']);
    const peakFlops = gpuId === 'custom' ? num(values, 'peak') : findGpu(gpuId)?.peakFlops;
    if (peakFlops === undefined) throw new InputError('A custom GPU needs its peak FLOP/s, such as 989e12', 'peak');
    const cluster = trainingCost({
      flops: C,
      peakFlops,
      mfu: num(values, 'mfu') ?? NaN,
      gpus: num(values, 'gpus') ?? NaN,
      pricePerGpuHour: num(values, 'price') ?? NaN,
    });
    return { flops: C, params: N, tokens: D, pfDays: flopsToPfDays(C), tokensPerParam: D / N, ...cluster };
  },
};
