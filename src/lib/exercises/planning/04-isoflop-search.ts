import type { ChinchillaParams } from '../../chinchillaLoss';
import { formatQuantity } from '../../formatQuantity';
import { makeLogGrid } from '../../makeLogGrid';
import { type IsoFlopProfilePoint, computeIsoFlopProfile } from '../../searchIsoFlopMinimum';
import { quantityParam } from '../../paramTable';
import { numberOf } from '../helpers';
import type { ExerciseDef } from '../types';

/** The toy loss of planning exercise 4: L = 1.6 + (N/10⁹)^−0.08 + (D/10¹⁰)^−0.10, in the E + A/N^α + B/D^β form. */
export const TOY_ISOFLOP_LOSS: ChinchillaParams = {
  E: 1.6,
  A: 1e9 ** 0.08,
  alpha: 0.08,
  B: 1e10 ** 0.1,
  beta: 0.1,
  source: 'toy loss of the planning exercises',
};
/** The search grid of planning exercise 4: 100 sizes, log-spaced from 10⁸ to 10¹¹ parameters. */
export const ISOFLOP_SEARCH_GRID = makeLogGrid(1e8, 1e11, 100);
/** Ratio of neighbouring sizes on that grid, 10^(3/99) ≈ 1.072: one grid step is 7.2%, more than the 5% tolerance. */
export const ISOFLOP_SEARCH_STEP = 10 ** (3 / 99);

/** The grid point with the lowest toy loss at C FLOPs (D = C/6N). */
export function searchToyIsoFlop(C: number): IsoFlopProfilePoint {
  return computeIsoFlopProfile(C, ISOFLOP_SEARCH_GRID, TOY_ISOFLOP_LOSS).reduce((best, p) =>
    p.loss < best.loss ? p : best,
  );
}

/** Planning track, exercise 4: the best model size on one IsoFLOP curve of a toy loss, by grid search. */
export const isoflopSearchExercise: ExerciseDef = {
  id: 'planning/04-isoflop-search',
  track: 'planning',
  title: 'IsoFLOP search',
  difficulty: 3,
  params: [
    quantityParam('C', 'Compute budget', 'FLOPs', '1e22', {
      minExclusive: false,
      min: 1e20,
      max: 1e24,
    }),
  ],
  givens: (v) => [
    {
      label: 'Compute budget C',
      value: `${formatQuantity(numberOf(v, 'C'), 'scientific', 4)} FLOPs`,
    },
    { label: 'Loss', value: 'L = 1.6 + (N/10⁹)^−0.08 + (D/10¹⁰)^−0.10, with D = C/(6N)' },
    { label: 'Grid', value: '100 sizes N, evenly spaced in log from 10⁸ to 10¹¹' },
  ],
  answers: [
    {
      kind: 'number',
      name: 'N',
      label: 'Best size N_opt',
      unit: 'parameters',
      style: 'si',
      tolerance: { rel: 0.05 },
    },
    {
      kind: 'number',
      name: 'D',
      label: 'Its tokens D_opt',
      unit: 'tokens',
      style: 'si',
      tolerance: { rel: 0.05 },
    },
    {
      kind: 'number',
      name: 'loss',
      label: 'Loss at N_opt',
      unit: 'nats/token',
      style: 'plain',
      tolerance: { abs: 0.002 },
    },
  ],
  solve: (v) => {
    const best = searchToyIsoFlop(numberOf(v, 'C'));
    return { N: best.params, D: best.tokens, loss: best.loss };
  },
  hints: [
    'For each N on the grid, the budget fixes the tokens: D = C/(6N).',
    'Evaluate the loss at every grid point and keep the smallest.',
    'Small N wastes the budget on tokens, large N on parameters: the minimum lies between, near 5·10⁹ for the default budget.',
  ],
};
