import { formatQuantity } from '../../formatQuantity';
import { computeTokensPerParam, isUndertrained } from '../../tokensPerParam';
import { CHINCHILLA_TOKENS_PER_PARAM } from '../../tokensPerParamRule';
import { quantityParam } from '../../paramTable';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

/** Planning track, exercise 5: tokens per parameter against Chinchilla's ~20 (Hoffmann et al. 2022, Table 3). */
export const undertrainingCheckExercise: ExerciseDef = {
  id: 'planning/05-undertraining-check',
  track: 'planning',
  title: 'Undertraining check',
  difficulty: 1,
  params: [
    quantityParam('N', 'Parameters', 'parameters', '13e9'),
    quantityParam('D', 'Training tokens', 'tokens', '100e9'),
  ],
  givens: (v) => [
    { label: 'Parameters N', value: formatQuantity(numberOf(v, 'N'), 'si', 4) },
    { label: 'Training tokens D', value: formatQuantity(numberOf(v, 'D'), 'si', 4) },
  ],
  answers: [
    {
      kind: 'number',
      name: 'ratio',
      label: 'Tokens per parameter D/N',
      style: 'plain',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'choice',
      name: 'under',
      label: `Below Chinchilla's ${CHINCHILLA_TOKENS_PER_PARAM} tokens per parameter?`,
      options: [
        { value: 'yes', label: 'Yes: undertrained for its size' },
        { value: 'no', label: 'No: at or above the ratio' },
      ],
    },
    {
      kind: 'number',
      name: 'needed',
      label: `Tokens for ${CHINCHILLA_TOKENS_PER_PARAM} per parameter`,
      unit: 'tokens',
      style: 'si',
      tolerance: { rel: 0.01 },
    },
  ],
  solve: (v) => {
    const [N, D] = [numberOf(v, 'N'), numberOf(v, 'D')];
    return {
      ratio: computeTokensPerParam(N, D),
      under: isUndertrained(N, D) ? 'yes' : 'no',
      needed: CHINCHILLA_TOKENS_PER_PARAM * N,
    };
  },
  hints: [
    'Divide the tokens by the parameters.',
    `Compare with ${CHINCHILLA_TOKENS_PER_PARAM}; multiply N by ${CHINCHILLA_TOKENS_PER_PARAM} for the compute-optimal token count.`,
  ],
};
