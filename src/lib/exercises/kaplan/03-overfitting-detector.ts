import { InputError } from '../../errors';
import { formatQuantity } from '../../formatQuantity';
import {
  KAPLAN_ND_CONSTANTS,
  KAPLAN_PENALTY_TOLERANCE,
  minTokensToAvoidOverfitting,
  predictKaplanLossND,
} from '../../kaplanLossND';
import { makeLogGrid } from '../../makeLogGrid';
import { quantityParam } from '../../paramTable';
import { numberOf, shownLoss } from '../helpers';
import type { ExerciseDef } from '../types';

/** The fixed sweep of Kaplan track 3: nine sizes, half a decade apart, from 10⁵ to 10⁹ parameters. */
export const OVERFITTING_SWEEP_SIZES = makeLogGrid(1e5, 1e9, 9);
/** The overfitting penalty δL (relative, not nats) that counts as visible: Kaplan's 2% (Sec. 4.2). */
export const OVERFITTING_THRESHOLD = KAPLAN_PENALTY_TOLERANCE;

/**
 * The sweep of Kaplan track 3 at D tokens: the shown loss L(N, D) (Eq. 1.5, Sec. 4.2 fit), the
 * pure law L(N, ∞) = (N_c/N)^α_N and the relative gap between the two.
 */
export function makeOverfittingSweep(
  D: number,
): { N: number; loss: number; pure: number; gap: number }[] {
  const c = KAPLAN_ND_CONSTANTS['sec4.2'];
  return OVERFITTING_SWEEP_SIZES.map((N) => {
    const loss = shownLoss(predictKaplanLossND(N, D));
    const pure = (c.Nc / N) ** c.alphaN;
    return { N, loss, pure, gap: loss / pure - 1 };
  });
}

/** Kaplan track 3: where a sweep at fixed D leaves L(N), and the tokens D ≳ 5·10³·N^0.74 asks for there. */
export const overfittingDetectorExercise: ExerciseDef = {
  id: 'kaplan/03-overfitting-detector',
  track: 'kaplan',
  title: 'Overfitting detector',
  difficulty: 3,
  params: [
    quantityParam('D', 'Training tokens (every run)', 'tokens', '1e9', {
      minExclusive: false,
      min: 1e8,
      max: 1e10,
    }),
  ],
  givens: (v) => [
    { label: 'Training tokens D, every run', value: formatQuantity(numberOf(v, 'D'), 'si', 4) },
    ...makeOverfittingSweep(numberOf(v, 'D')).map((row) => ({
      label: `N = ${formatQuantity(row.N, 'si', 3)}`,
      value: `L = ${row.loss.toFixed(4)}`,
    })),
  ],
  answers: [
    {
      kind: 'number',
      name: 'knee',
      label: 'First size more than 2% above L(N)',
      unit: 'parameters',
      style: 'si',
      tolerance: { rel: 0.01 },
    },
    {
      kind: 'number',
      name: 'tokens',
      label: 'Tokens that size needs, 5·10³·N^0.74',
      unit: 'tokens',
      style: 'si',
      tolerance: { rel: 0.02 },
    },
  ],
  solve: (v) => {
    const D = numberOf(v, 'D');
    const knee = makeOverfittingSweep(D).find((row) => row.gap > OVERFITTING_THRESHOLD)?.N;
    // Unreachable within the table's bounds (every D from 10⁸ to 10¹⁰ has a knee), so said, not NaN.
    if (knee === undefined)
      throw new InputError(
        `At D = ${formatQuantity(D, 'si', 4)} tokens no size of the sweep is more than 2% above L(N)`,
        'D',
      );
    return { knee, tokens: minTokensToAvoidOverfitting(knee) };
  },
  hints: [
    'Compute the pure law L(N) = (6.4·10¹³/N)^0.076 for each size and divide the measured loss by it.',
    'The law breaks where the ratio first exceeds 1.02: a 2% excess is Kaplan’s run-to-run noise.',
    'For that size, raise N to the power 0.74 and multiply by 5,000: that many tokens would keep it on the line.',
  ],
};
