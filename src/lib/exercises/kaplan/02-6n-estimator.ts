import { flopsToEfDays, flopsToPfDays } from '../../computeUnits';
import { formatQuantity } from '../../formatQuantity';
import { trainingFlops } from '../../trainingFlops';
import { quantityParam } from '../../paramTable';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

/** Kaplan track 2: training compute in FLOPs and PF-days (C ≈ 6ND, Sec. 2.1), and its scale. */
export const sixNEstimatorExercise: ExerciseDef = {
  id: 'kaplan/02-6n-estimator',
  track: 'kaplan',
  title: 'The 6N estimator',
  difficulty: 2,
  params: [
    quantityParam('N', 'Parameters', 'parameters', '175e9'),
    quantityParam('D', 'Training tokens', 'tokens', '300e9'),
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
    {
      kind: 'choice',
      name: 'scale',
      label: 'At which scale is this run?',
      options: [
        { value: 'petascale', label: 'Petascale: under 1 EF-day (fewer than 1,000 PF-days)' },
        { value: 'exascale', label: 'Exascale: 1 to 1,000 EF-days' },
        { value: 'beyond', label: 'Beyond exascale: more than 1,000 EF-days' },
      ],
    },
  ],
  solve: (v) => {
    const C = trainingFlops(numberOf(v, 'N'), numberOf(v, 'D'));
    const efDays = flopsToEfDays(C);
    return {
      C,
      pfDays: flopsToPfDays(C),
      scale: efDays < 1 ? 'petascale' : efDays <= 1000 ? 'exascale' : 'beyond',
    };
  },
  hints: [
    'Each parameter costs about 6 FLOPs per training token: 2 forward, 4 backward.',
    'A PF-day is 10¹⁵ FLOP/s sustained for 86,400 s, that is 8.64 × 10¹⁹ FLOPs.',
    'An EF-day is 1,000 PF-days. Divide the PF-days by 1,000 to place the run.',
  ],
};
