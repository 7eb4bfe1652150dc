import { computeResiduals, findLargestResidual } from '../../residuals';
import { type Values, formatList, listOf, listParam, problemLine, tryInputs } from '../helpers';
import type { ExerciseDef } from '../types';

const largest = (v: Values) =>
  tryInputs(() => ({
    ...findLargestResidual(listOf(v, 'actual'), listOf(v, 'predicted')),
    all: computeResiduals(listOf(v, 'actual'), listOf(v, 'predicted')),
  }));

/** Planning track, exercise 8: residuals r = actual − predicted, their largest size and their mean. */
export const residualsExercise: ExerciseDef = {
  id: 'planning/08-residuals',
  track: 'planning',
  title: 'Residuals',
  difficulty: 2,
  params: [
    listParam('actual', 'Measured loss', 'nats/token', '2.0,1.8,1.7', { minItems: 1 }),
    listParam('predicted', 'Predicted loss', 'nats/token', '1.95,1.82,1.68', { minItems: 1 }),
  ],
  givens: (v) => {
    const r = largest(v);
    return [
      { label: 'Measured', value: formatList(listOf(v, 'actual')) },
      { label: 'Predicted', value: formatList(listOf(v, 'predicted')) },
      ...(r.ok ? [] : [problemLine(r.message)]),
    ];
  },
  answers: [
    {
      kind: 'number',
      name: 'maxAbs',
      label: 'Largest absolute residual',
      unit: 'nats/token',
      style: 'plain',
      tolerance: { abs: 0.001 },
    },
    {
      kind: 'number',
      name: 'run',
      label: 'Which run is it (1 = first)?',
      style: 'plain',
      tolerance: { abs: 0 },
    },
    {
      kind: 'number',
      name: 'mean',
      label: 'Mean residual',
      unit: 'nats/token',
      style: 'plain',
      tolerance: { abs: 0.001 },
    },
  ],
  solve: (v) => {
    const r = largest(v);
    if (!r.ok) return { maxAbs: NaN, run: NaN, mean: NaN };
    return {
      maxAbs: r.value.absolute,
      run: r.value.index + 1,
      mean: r.value.all.reduce((a, b) => a + b, 0) / r.value.all.length,
    };
  },
  hints: [
    'Residual = measured − predicted, run by run; keep the sign.',
    'The largest in absolute value ignores the sign; the mean keeps it, and says whether the law is biased.',
  ],
};
