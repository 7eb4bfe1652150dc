import { countParameters } from '../../countParameters';
import { formatQuantity } from '../../formatQuantity';
import { quantityParam } from '../../paramTable';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

/** One block of width d with d_ff = 4d and LayerNorm, as GPT-2 and GPT-3 build it; `biases` as asked. */
export const countBlock = (dModel: number, biases: boolean) =>
  countParameters({
    nLayer: 1,
    dModel,
    nHeads: 1,
    dFf: 4 * dModel,
    ffn: 'mlp',
    nVocab: 1,
    nCtx: 1,
    positionEmbedding: 'none',
    norm: 'layernorm',
    biases,
    tiedEmbeddings: true,
    finalNorm: false,
  });

/** Kaplan track 5: a block's weights are 12·d² exactly; biases and norms decide the 99.9%. */
export const minimalTransformerExercise: ExerciseDef = {
  id: 'kaplan/05-minimal-scaling-transformer',
  track: 'kaplan',
  title: 'Minimal scaling transformer',
  difficulty: 4,
  params: [
    quantityParam('d', 'Model width d_model', '', '768', {
      integer: true,
      minExclusive: false,
      min: 64,
      max: 65_536,
    }),
  ],
  givens: (v) => [
    { label: 'd_model', value: formatQuantity(numberOf(v, 'd'), 'plain', 6) },
    {
      label: 'd_attn, d_ff',
      value: `d_model and 4·d_model = ${formatQuantity(4 * numberOf(v, 'd'), 'plain', 6)}`,
    },
  ],
  answers: [
    {
      kind: 'number',
      name: 'attention',
      label: 'Attention weights (Q, K, V, output)',
      unit: 'parameters',
      style: 'plain',
      tolerance: { abs: 0.5 },
    },
    {
      kind: 'number',
      name: 'feedForward',
      label: 'Feed-forward weights',
      unit: 'parameters',
      style: 'plain',
      tolerance: { abs: 0.5 },
    },
    {
      kind: 'number',
      name: 'extra',
      label: 'Biases and LayerNorm gains and biases',
      unit: 'parameters',
      style: 'plain',
      tolerance: { abs: 0.5 },
    },
    {
      kind: 'number',
      name: 'share',
      label: 'Share of the whole block that 12·d² counts',
      style: 'plain',
      tolerance: { abs: 0.0001 },
    },
    {
      kind: 'choice',
      name: 'within',
      label: 'Does 12·d² count the whole block within 99.9%?',
      options: [
        { value: 'yes', label: 'Yes: it misses at most 0.1%' },
        { value: 'no', label: 'No: biases and norms are more than 0.1%' },
      ],
    },
  ],
  solve: (v) => {
    const d = numberOf(v, 'd');
    const weights = countBlock(d, false);
    const all = countBlock(d, true);
    const share = (12 * d * d) / all.nonEmbedding;
    return {
      attention: weights.attention,
      feedForward: weights.feedForward,
      extra: all.nonEmbedding - weights.attention - weights.feedForward,
      share,
      within: share >= 0.999 ? 'yes' : 'no',
    };
  },
  hints: [
    'Attention has four d×d matrices: query, key, value and the output projection.',
    'The feed-forward layer has two matrices, d×4d and 4d×d.',
    'Biases: 3d for Q, K, V, d for the output, 4d and d in the feed-forward layer. Two LayerNorms hold a gain and a bias of size d each.',
    'The share is 12d² / (12d² + 13d) = 1 / (1 + 13/(12d)); it reaches 99.9% only once d is above about 1,083.',
  ],
};
