import { countParameters } from '../../countParameters';
import { formatQuantity } from '../../formatQuantity';
import { quantityParam } from '../../paramTable';
import { trainingFlops } from '../../trainingFlops';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

const COUNT = { min: 1, minExclusive: false, integer: true, max: 1e6, style: 'plain' } as const;

/** The Mixtral-style model a variant describes (Jiang et al. 2024, Table 1): SwiGLU experts, GQA, RMSNorm, untied head. */
export function moeConfig(v: Parameters<ExerciseDef['solve']>[0]) {
  return {
    nLayer: numberOf(v, 'layers'),
    dModel: numberOf(v, 'dModel'),
    nHeads: 32,
    nKvHeads: 8,
    headDim: 128,
    dFf: numberOf(v, 'dFf'),
    ffn: 'swiglu',
    nVocab: 32_000,
    nCtx: 32_768,
    positionEmbedding: 'none',
    norm: 'rmsnorm',
    biases: false,
    tiedEmbeddings: false,
    moe: { experts: numberOf(v, 'experts'), topK: numberOf(v, 'topK') },
  } as const;
}

/** Planning track, exercise 13: a mixture of experts' active parameters and training FLOPs, C = 6·N_active·D. */
export const moeComputeExercise: ExerciseDef = {
  id: 'planning/13-moe-compute',
  track: 'planning',
  title: 'A mixture of experts: active parameters and FLOPs',
  difficulty: 3,
  params: [
    quantityParam('layers', 'Layers', 'n_layer', '32', COUNT),
    quantityParam('dModel', 'Width', 'd_model', '4096', COUNT),
    quantityParam('dFf', 'Expert width', 'd_ff', '14336', COUNT),
    quantityParam('experts', 'Experts per layer', 'experts', '8', COUNT),
    quantityParam('topK', 'Experts per token', 'top-k', '2', COUNT),
    quantityParam('D', 'Training tokens', 'tokens', '1e12', { max: 1e16 }),
  ],
  givens: (v) => [
    {
      label: 'Layers × width',
      value: `${formatQuantity(numberOf(v, 'layers'), 'plain')} × ${formatQuantity(numberOf(v, 'dModel'), 'plain')}`,
    },
    {
      label: 'Experts',
      value: `${formatQuantity(numberOf(v, 'experts'), 'plain')} SwiGLU experts of width ${formatQuantity(numberOf(v, 'dFf'), 'plain')}, ${formatQuantity(numberOf(v, 'topK'), 'plain')} per token`,
    },
    { label: 'Attention', value: '32 query heads and 8 key/value heads of width 128' },
    { label: 'Vocabulary', value: '32,000, untied output head, RMSNorm, no biases' },
    { label: 'Training tokens D', value: formatQuantity(numberOf(v, 'D'), 'si', 4) },
  ],
  answers: [
    {
      kind: 'number',
      name: 'total',
      label: 'Total parameters',
      unit: 'parameters',
      style: 'si',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'number',
      name: 'active',
      label: 'Active parameters per token',
      unit: 'parameters',
      style: 'si',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'number',
      name: 'flops',
      label: 'Training compute, 6·N_active·D',
      unit: 'FLOPs',
      style: 'scientific',
      tolerance: { rel: 0.01 },
    },
  ],
  solve: (v) => {
    const counts = countParameters(moeConfig(v));
    return {
      total: counts.total,
      active: counts.active,
      flops: trainingFlops(counts.active, numberOf(v, 'D')),
    };
  },
  hints: [
    'One SwiGLU expert has three d_model × d_ff matrices; every layer holds all the experts and a d_model × experts router.',
    'Attention per layer: Q and O are d_model × (32·128), K and V d_model × (8·128). Add both embedding matrices and the norms.',
    'A token passes through topK experts, not all of them: subtract the (experts − topK) experts it skips in each layer, then C = 6·N_active·D.',
  ],
};
