import { flopsToPfDays } from '../../computeUnits';
import { formatQuantity } from '../../formatQuantity';
import { trainingFlops } from '../../trainingFlops';
import { quantityParam } from '../../paramTable';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

/** Planning track, exercise 2: training FLOPs from C = 6ND (Kaplan et al. 2020, Sec. 2.1). */
export const trainingFlopsExercise: ExerciseDef = {
  id: 'planning/02-training-flops',
  track: 'planning',
  title: 'Training FLOPs',
  difficulty: 1,
  params: [
    quantityParam('N', 'Parameters', 'parameters', '3e9'),
    quantityParam('D', 'Training tokens', 'tokens', '100e9'),
  ],
  givens: (v) => [
    { label: 'Parameters N', value: formatQuantity(numberOf(v, 'N'), 'si', 4) },
    { label: 'Training tokens D', value: formatQuantity(numberOf(v, 'D'), 'si', 4) },
  ],
  answers: [
    {
      kind: 'number',
      name: 'C',
      label: 'Training compute C',
      unit: 'FLOPs',
      style: 'scientific',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'number',
      name: 'pfDays',
      label: 'The same in PF-days',
      unit: 'PF-days',
      style: 'plain',
      tolerance: { rel: 0.01 },
    },
  ],
  solve: (v) => {
    const C = trainingFlops(numberOf(v, 'N'), numberOf(v, 'D'));
    return { C, pfDays: flopsToPfDays(C) };
  },
  hints: [
    'Each parameter costs 2 FLOPs per token forward and 4 backward.',
    'Multiply 6 by N and by D; keep the powers of ten apart: 6 × 3 × 1 and 10⁹ × 10¹¹.',
    'A PF-day is 10¹⁵ FLOP/s for 86,400 seconds: divide C by 8.64 × 10¹⁹.',
  ],
};
