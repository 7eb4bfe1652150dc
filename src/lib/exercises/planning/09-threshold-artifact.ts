import { applyThresholdMetric } from '../../emergence';
import { formatQuantity } from '../../formatQuantity';
import { quantityParam } from '../../paramTable';
import { type Values, formatList, listOf, listParam, numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

const passes = (v: Values) => applyThresholdMetric(listOf(v, 'scores'), numberOf(v, 'threshold'));

/** Planning track, exercise 9: a threshold metric turns smooth scores into a step (Schaeffer et al. 2023). */
export const thresholdArtifactExercise: ExerciseDef = {
  id: 'planning/09-threshold-artifact',
  track: 'planning',
  title: 'Threshold artifact',
  difficulty: 2,
  params: [
    listParam('scores', 'Scores, smallest model first', '0–1', '0.45,0.49,0.51,0.55', {
      minExclusive: false,
      max: 1,
    }),
    quantityParam('threshold', 'Pass threshold', '0–1', '0.5', { minExclusive: false, max: 1 }),
  ],
  givens: (v) => [
    { label: 'Scores, smallest model first', value: formatList(listOf(v, 'scores')) },
    {
      label: 'A model passes at a score of',
      value: `${formatQuantity(numberOf(v, 'threshold'), 'plain', 4)} or more`,
    },
  ],
  answers: [
    {
      kind: 'number',
      name: 'passes',
      label: 'How many models pass?',
      style: 'plain',
      tolerance: { abs: 0 },
    },
    {
      kind: 'number',
      name: 'first',
      label: 'First model that passes (1 = smallest; 0 if none)',
      style: 'plain',
      tolerance: { abs: 0 },
    },
    {
      kind: 'choice',
      name: 'reading',
      label: 'What does the jump in the pass metric show?',
      options: [
        { value: 'ability', label: 'An ability that appears suddenly at that size' },
        { value: 'metric', label: 'A smooth gain in score, made a step by the threshold' },
        { value: 'noise', label: 'Evaluation noise: the larger models were lucky' },
      ],
    },
  ],
  solve: (v) => {
    const binary = passes(v);
    return {
      passes: binary.reduce((a, b) => a + b, 0),
      first: binary.indexOf(1) + 1,
      reading: 'metric',
    };
  },
  hints: [
    'Turn each score into 1 if it reaches the threshold, else 0.',
    'Look at how much the score moves across the step, and how much the metric moves.',
    'Schaeffer et al. (2023) found most “emergent” abilities on BIG-Bench under two such metrics: multiple-choice grade and exact string match.',
  ],
};
