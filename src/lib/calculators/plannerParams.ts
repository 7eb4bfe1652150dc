import { GPUS } from '../hardware';
import { TRAINING_RUNS } from '../models';
import { POSITIVE, type ParamTable, quantityParam } from '../paramTable';
import { OPTIMAL_FITS } from './chinchillaOptimal';
import { GPU_HOUR_PRICE_PARAM } from './gpuPeak';
import { RECOMPUTE_CHOICE, ZERO_CHOICE } from './trainingMemory';

const WHOLE = { min: 1, integer: true, style: 'plain' } as const;
const MOE = { param: 'arch', equals: 'moe' } as const;

/**
 * URL parameters of /planner/: one budget (C, dollars or N), the law, how far past the optimum to
 * train, the data, the architecture, the cluster and memory. Every one optional, with defaults.
 */
export const plannerParams: ParamTable = [
  quantityParam('C', 'Compute budget (C)', 'FLOPs', '5.76e23', {
    optional: true,
    group: 'budget',
    style: 'scientific',
    max: 1e32,
    help: 'One budget: FLOPs, dollars, or a model size.',
  }),
  quantityParam('dollars', 'Or dollars', '$', undefined, {
    optional: true,
    group: 'budget',
    style: 'currency',
    max: 1e15,
    help: 'Turned into FLOPs at the GPU’s peak, the MFU and the price below.',
  }),
  quantityParam('N', 'Or a model size (N)', 'parameters', undefined, {
    optional: true,
    group: 'budget',
    style: 'si',
    max: 1e15,
    help: 'Plan around this size: tokens from the law.',
  }),
  {
    kind: 'choice',
    name: 'fit',
    label: 'Law',
    default: 'besiroglu2024',
    options: OPTIMAL_FITS,
  },
  quantityParam('tokensPerParam', 'Tokens per parameter (optional)', 'D / N', undefined, {
    optional: true,
    style: 'plain',
    max: 1e6,
    help: 'Over-train on purpose (Llama 3 405B: about 38).',
  }),
  {
    kind: 'quantity',
    name: 'served',
    label: 'Lifetime demand (optional)',
    unit: 'tokens served',
    optional: true,
    min: 0,
    max: 1e21,
    style: 'si',
    help: 'Moves the optimum to a smaller model (Sardana et al. 2023).',
  },
  quantityParam('unique', 'Unique tokens (optional)', 'tokens', undefined, {
    optional: true,
    style: 'si',
    max: 1e21,
    help: 'Data available: repeats cost what Muennighoff et al. 2023 say.',
  }),
  {
    kind: 'choice',
    name: 'arch',
    label: 'Architecture',
    default: 'dense',
    options: [
      { value: 'dense', label: 'Dense' },
      { value: 'moe', label: 'Mixture of experts' },
    ],
  },
  quantityParam('experts', 'Experts', 'routed experts', '8', { ...WHOLE, max: 4096, showIf: MOE }),
  quantityParam('topK', 'Experts per token', 'top-k', '2', { ...WHOLE, max: 4096, showIf: MOE }),
  {
    kind: 'choice',
    name: 'gpu',
    label: 'GPU',
    default: 'h100',
    options: GPUS.map((g) => ({
      value: g.id,
      label: `${g.name} (${g.peakFlops / 1e12} TFLOP/s, ${g.memoryBytes / 2 ** 30} GB)`,
    })),
  },
  quantityParam('mfu', 'Utilisation (MFU)', '0–1', '0.4', {
    max: 1,
    style: 'plain',
    help: 'Large runs reach 0.38–0.46.',
  }),
  GPU_HOUR_PRICE_PARAM,
  quantityParam('days', 'Time you have', 'days', '90', {
    ...POSITIVE,
    max: 1e6,
    style: 'plain',
    help: 'The cluster is sized to finish within it.',
  }),
  ZERO_CHOICE,
  RECOMPUTE_CHOICE,
  quantityParam('seq', 'Sequence length', 'tokens', '4096', { ...WHOLE, max: 1e7 }),
  {
    kind: 'choice',
    name: 'compare',
    label: 'Compare with a real run',
    default: 'none',
    options: [
      { value: 'none', label: 'None' },
      ...TRAINING_RUNS.map((r) => ({ value: r.id, label: r.name })),
    ],
  },
];
