import { InputError } from '../../errors';
import { fitPowerLawWithFloor } from '../../fitPowerLawWithFloor';
import { formatQuantity } from '../../formatQuantity';
import { quantityParam } from '../../paramTable';
import {
  type Values,
  formatList,
  listOf,
  listParam,
  numberOf,
  problemLine,
  tryInputs,
} from '../helpers';
import type { ExerciseDef } from '../types';

const fitWithFloor = (v: Values) =>
  tryInputs(() => {
    const X = listOf(v, 'X');
    const loss = listOf(v, 'loss');
    if (X.length !== loss.length)
      throw new InputError(
        `X has ${X.length} values and loss has ${loss.length}; they must pair up`,
        'loss',
      );
    return fitPowerLawWithFloor(
      X.map((N, i) => ({ N, loss: loss[i]! })),
      numberOf(v, 'floor'),
    );
  });

/** Planning track, exercise 1: α from a fit of log(L − floor) against log X (Hoffmann et al. 2022, Eq. 2 form). */
export const powerLawExponentExercise: ExerciseDef = {
  id: 'planning/01-power-law-exponent',
  track: 'planning',
  title: 'Power-law exponent',
  difficulty: 2,
  params: [
    listParam('X', 'Scale X', 'parameters, tokens or FLOPs', '1e2,1e3,1e4,1e5'),
    listParam('loss', 'Loss', 'nats/token', '2.50,2.10,1.88,1.74'),
    quantityParam('floor', 'Irreducible loss (floor)', 'nats/token', '1.5', {
      minExclusive: false,
    }),
    quantityParam('target', 'Forecast at X', '', '1e6'),
  ],
  givens: (v) => {
    const fit = fitWithFloor(v);
    return [
      { label: 'X', value: formatList(listOf(v, 'X')) },
      { label: 'Loss', value: formatList(listOf(v, 'loss')) },
      { label: 'Floor', value: formatQuantity(numberOf(v, 'floor'), 'plain', 4) },
      { label: 'Forecast at X', value: formatQuantity(numberOf(v, 'target'), 'scientific', 4) },
      ...(fit.ok ? [] : [problemLine(fit.message)]),
    ];
  },
  answers: [
    {
      kind: 'number',
      name: 'alpha',
      label: 'Exponent α',
      style: 'plain',
      tolerance: { abs: 0.002 },
    },
    {
      kind: 'number',
      name: 'forecast',
      label: 'Forecast loss at the last X',
      unit: 'nats/token',
      style: 'plain',
      tolerance: { abs: 0.005 },
    },
  ],
  solve: (v) => {
    const fit = fitWithFloor(v);
    return fit.ok
      ? { alpha: fit.value.alpha, forecast: fit.value.predict(numberOf(v, 'target')) }
      : { alpha: NaN, forecast: NaN };
  },
  hints: [
    'Subtract the floor first: only L − floor follows a power law.',
    'Fit a straight line to (ln X, ln(L − floor)); α is minus its slope.',
    'For the forecast, extend the line to ln X and add the floor back.',
  ],
};
