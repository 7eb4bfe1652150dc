import { formatQuantity } from '../../formatQuantity';
import { tokensFromFlops } from '../../trainingFlops';
import { quantityParam } from '../../paramTable';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

/** Planning track, exercise 3: the token budget a compute budget allows, D = C / 6N. */
export const tokensFromComputeExercise: ExerciseDef = {
  id: 'planning/03-tokens-from-compute',
  track: 'planning',
  title: 'Tokens from compute',
  difficulty: 1,
  params: [
    quantityParam('C', 'Compute budget', 'FLOPs', '9e21'),
    quantityParam('N', 'Parameters', 'parameters', '1.5e9'),
  ],
  givens: (v) => [
    {
      label: 'Compute budget C',
      value: `${formatQuantity(numberOf(v, 'C'), 'scientific', 4)} FLOPs`,
    },
    { label: 'Parameters N', value: formatQuantity(numberOf(v, 'N'), 'si', 4) },
  ],
  answers: [
    {
      kind: 'number',
      name: 'D',
      label: 'Training tokens D',
      unit: 'tokens',
      style: 'si',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'number',
      name: 'ratio',
      label: 'Tokens per parameter',
      style: 'plain',
      tolerance: { rel: 0.01 },
    },
  ],
  solve: (v) => {
    const D = tokensFromFlops(numberOf(v, 'C'), numberOf(v, 'N'));
    return { D, ratio: D / numberOf(v, 'N') };
  },
  hints: [
    'Start from C = 6ND and solve for D.',
    'D = C / (6N): divide the budget by six times the parameter count.',
  ],
};
