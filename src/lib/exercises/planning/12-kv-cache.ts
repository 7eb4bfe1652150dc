import { formatQuantity } from '../../formatQuantity';
import { kvCacheBytesPerToken } from '../../inferenceMemory';
import { quantityParam } from '../../paramTable';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

const COUNT = { min: 1, minExclusive: false, integer: true, max: 1e6, style: 'plain' } as const;

/** Planning track, exercise 12: the KV cache of a grouped-query-attention model at long context (Pope et al. 2022; Ainslie et al. 2023). */
export const kvCacheExercise: ExerciseDef = {
  id: 'planning/12-kv-cache',
  track: 'planning',
  title: 'The KV cache at long context',
  difficulty: 2,
  params: [
    quantityParam('layers', 'Layers', 'n_layer', '80', COUNT),
    quantityParam('heads', 'Query heads', 'heads', '64', COUNT),
    quantityParam('kvHeads', 'Key/value heads', 'GQA', '8', COUNT),
    quantityParam('headDim', 'Head width', 'd_head', '128', COUNT),
    quantityParam('ctx', 'Context', 'tokens', '131072', { ...COUNT, max: 1e8 }),
    quantityParam('kvBytes', 'Bytes per cached value', 'bytes', '2', { max: 8, style: 'plain' }),
  ],
  givens: (v) => [
    { label: 'Layers', value: formatQuantity(numberOf(v, 'layers'), 'plain') },
    {
      label: 'Query heads / key-value heads',
      value: `${formatQuantity(numberOf(v, 'heads'), 'plain')} / ${formatQuantity(numberOf(v, 'kvHeads'), 'plain')}`,
    },
    { label: 'Head width', value: formatQuantity(numberOf(v, 'headDim'), 'plain') },
    {
      label: 'Context',
      value: `${formatQuantity(numberOf(v, 'ctx'), 'plain')} tokens, one sequence`,
    },
    { label: 'Bytes per cached value', value: formatQuantity(numberOf(v, 'kvBytes'), 'plain') },
  ],
  answers: [
    {
      kind: 'number',
      name: 'perToken',
      label: 'KV cache per token',
      unit: 'bytes',
      style: 'plain',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'number',
      name: 'total',
      label: 'KV cache of the whole context',
      unit: 'GiB (2³⁰ bytes)',
      style: 'plain',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'number',
      name: 'mhaTotal',
      label: 'The same with every head cached (no GQA)',
      unit: 'GiB',
      style: 'plain',
      tolerance: { rel: 0.01 },
    },
  ],
  solve: (v) => {
    const shape = {
      params: 1,
      weightBytes: 1,
      layers: numberOf(v, 'layers'),
      kvHeads: numberOf(v, 'kvHeads'),
      headDim: numberOf(v, 'headDim'),
      kvBytes: numberOf(v, 'kvBytes'),
    };
    const perToken = kvCacheBytesPerToken(shape);
    const mha = kvCacheBytesPerToken({ ...shape, kvHeads: numberOf(v, 'heads') });
    const ctx = numberOf(v, 'ctx');
    return { perToken, total: (perToken * ctx) / 2 ** 30, mhaTotal: (mha * ctx) / 2 ** 30 };
  },
  hints: [
    'Each layer caches a key and a value vector for every key/value head: 2 · n_kv · d_head numbers per token.',
    'Multiply by the layers and the bytes per number, then by the tokens in the context.',
    'Without GQA every query head has its own key and value: use the query heads instead.',
  ],
};
