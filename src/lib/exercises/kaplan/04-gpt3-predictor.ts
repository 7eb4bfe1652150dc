import { type PowerLawPoint, fitPowerLaw } from '../../fitPowerLaw';
import { formatQuantity } from '../../formatQuantity';
import { predictKaplanLossN } from '../../kaplanLoss';
import { quantityParam } from '../../paramTable';
import { type Values, numberOf, shownLoss } from '../helpers';
import type { ExerciseDef } from '../types';

/** Kaplan track 4: the two-point fit of Eq. 1.1 extrapolated to GPT-3's size. */
export const gpt3PredictorExercise: ExerciseDef = {
  id: 'kaplan/04-gpt3-predictor',
  track: 'kaplan',
  title: 'GPT-3 predictor',
  difficulty: 3,
  params: [
    quantityParam('N1', 'Small model', 'non-embedding parameters', '1e6', {
      minExclusive: false,
      min: 768,
      max: 1e7,
    }),
    quantityParam('N2', 'Larger model', 'non-embedding parameters', '1e8', {
      min: 1e7,
      max: 1.5e9,
    }),
    quantityParam('N', 'Forecast size', 'parameters', '1.75e11', {
      minExclusive: false,
      min: 1e9,
      max: 1e13,
    }),
  ],
  givens: (v) => [
    ...twoPoints(v).map((p) => ({
      label: `L at N = ${formatQuantity(p.N, 'scientific', 4)}`,
      value: `${p.loss.toFixed(4)} nats/token`,
    })),
    { label: 'Forecast size N', value: formatQuantity(numberOf(v, 'N'), 'scientific', 4) },
  ],
  answers: [
    {
      kind: 'number',
      name: 'alpha',
      label: 'Exponent α_N from the two points',
      style: 'plain',
      tolerance: { abs: 0.001 },
    },
    {
      kind: 'number',
      name: 'loss',
      label: 'Forecast loss at N',
      unit: 'nats/token',
      style: 'plain',
      tolerance: { abs: 0.01 },
    },
  ],
  solve: (v) => {
    const fit = fitPowerLaw(twoPoints(v));
    return { alpha: fit.alpha, loss: fit.predict(numberOf(v, 'N')) };
  },
  hints: [
    'Two points fix a power law: α = ln(L₁/L₂) / ln(N₂/N₁).',
    'Then L(N) = L₂ · (N₂/N)^α: scale from the nearer measured point.',
    'Check the order of magnitude: each tenfold in N multiplies the loss by 10^−α ≈ 0.84.',
  ],
};

const twoPoints = (v: Values): PowerLawPoint[] =>
  [numberOf(v, 'N1'), numberOf(v, 'N2')].map((N) => ({
    N,
    loss: shownLoss(predictKaplanLossN(N)),
  }));
