import { formatQuantity } from '../../formatQuantity';
import { quantityParam } from '../../paramTable';
import { type Values, numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

const serving = (v: Values, which: 'A' | 'B') =>
  numberOf(v, `train${which}`) + numberOf(v, 'queries') * numberOf(v, `serve${which}`);

/** Planning track, exercise 7: training plus serving cost of two models (cf. Sardana et al. 2023). */
export const servingCostExercise: ExerciseDef = {
  id: 'planning/07-serving-cost',
  track: 'planning',
  title: 'Serving cost',
  difficulty: 2,
  params: [
    quantityParam('trainA', 'Training cost of A', '$M', '1.0', { minExclusive: false }),
    quantityParam('serveA', 'Serving cost of A', '$M per million queries', '0.02', {
      minExclusive: false,
    }),
    quantityParam('trainB', 'Training cost of B', '$M', '5.0', { minExclusive: false }),
    quantityParam('serveB', 'Serving cost of B', '$M per million queries', '0.10', {
      minExclusive: false,
    }),
    quantityParam('queries', 'Queries served', 'million', '100', { minExclusive: false }),
  ],
  givens: (v) => [
    {
      label: 'Model A',
      value: `train $${numberOf(v, 'trainA')}M, serve $${numberOf(v, 'serveA')}M per million queries`,
    },
    {
      label: 'Model B',
      value: `train $${numberOf(v, 'trainB')}M, serve $${numberOf(v, 'serveB')}M per million queries`,
    },
    {
      label: 'Queries over the model’s life',
      value: `${formatQuantity(numberOf(v, 'queries'), 'plain', 4)} million`,
    },
  ],
  answers: [
    {
      kind: 'number',
      name: 'totalA',
      label: 'Lifetime cost of A',
      unit: '$M',
      style: 'plain',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'number',
      name: 'totalB',
      label: 'Lifetime cost of B',
      unit: '$M',
      style: 'plain',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'choice',
      name: 'cheaper',
      label: 'Which is cheaper over its life?',
      options: [
        { value: 'A', label: 'A' },
        { value: 'B', label: 'B' },
        { value: 'tie', label: 'They cost the same' },
      ],
    },
  ],
  solve: (v) => {
    const [totalA, totalB] = [serving(v, 'A'), serving(v, 'B')];
    const tie = Math.abs(totalA - totalB) <= 1e-9 * Math.max(totalA, totalB);
    return { totalA, totalB, cheaper: tie ? 'tie' : totalA < totalB ? 'A' : 'B' };
  },
  hints: [
    'Total = training cost + queries × serving cost per query.',
    'Keep the units apart: the serving cost is per million queries, and the volume is in millions.',
  ],
};
