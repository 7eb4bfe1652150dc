import type { ChinchillaParams } from '../chinchillaLoss';
import { flopsToPfDays } from '../computeUnits';
import { applyThresholdMetric } from '../emergence';
import { InputError } from '../errors';
import { fitPowerLawWithFloor } from '../fitPowerLawWithFloor';
import { formatQuantity } from '../formatQuantity';
import { makeLogGrid } from '../makeLogGrid';
import { computeQualityWeightedTokens } from '../qualityWeightedTokens';
import { computeResiduals, findLargestResidual } from '../residuals';
import { type IsoFlopPoint, computeIsoFlopProfile } from '../searchIsoFlopMinimum';
import { computeTokensPerParam, isUndertrained } from '../tokensPerParam';
import { CHINCHILLA_TOKENS_PER_PARAM } from '../tokensPerParamRule';
import { tokensFromFlops, trainingFlops } from '../trainingFlops';
import { type Values, formatList, listOf, listParam, numberOf, problemLine, quantityParam, tryInputs } from './helpers';
import type { ExerciseDef } from './types';


/** Planning track, exercise 2: training FLOPs from C = 6ND (Kaplan et al. 2020, Sec. 2.1). */
export const trainingFlopsExercise: ExerciseDef = {
  id: 'planning/02-training-flops',
  track: 'planning',
  title: 'Training FLOPs',
  difficulty: 1,
  params: [quantityParam('N', 'Parameters', 'parameters', '3e9'), quantityParam('D', 'Training tokens', 'tokens', '100e9')],
  givens: (v) => [
    { label: 'Parameters N', value: formatQuantity(numberOf(v, 'N'), 'si', 4) },
    { label: 'Training tokens D', value: formatQuantity(numberOf(v, 'D'), 'si', 4) },
  ],
  answers: [
    { kind: 'number', name: 'C', label: 'Training compute C', unit: 'FLOPs', style: 'scientific', tolerance: { rel: 0.01 } },
    { kind: 'number', name: 'pfDays', label: 'The same in PF-days', unit: 'PF-days', style: 'plain', tolerance: { rel: 0.01 } },
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

/** Planning track, exercise 3: the token budget a compute budget allows, D = C / 6N. */
export const tokensFromComputeExercise: ExerciseDef = {
  id: 'planning/03-tokens-from-compute',
  track: 'planning',
  title: 'Tokens from compute',
  difficulty: 1,
  params: [quantityParam('C', 'Compute budget', 'FLOPs', '9e21'), quantityParam('N', 'Parameters', 'parameters', '1.5e9')],
  givens: (v) => [
    { label: 'Compute budget C', value: `${formatQuantity(numberOf(v, 'C'), 'scientific', 4)} FLOPs` },
    { label: 'Parameters N', value: formatQuantity(numberOf(v, 'N'), 'si', 4) },
  ],
  answers: [
    { kind: 'number', name: 'D', label: 'Training tokens D', unit: 'tokens', style: 'si', tolerance: { rel: 0.01 } },
    { kind: 'number', name: 'ratio', label: 'Tokens per parameter', style: 'plain', tolerance: { rel: 0.01 } },
  ],
  solve: (v) => {
    const D = tokensFromFlops(numberOf(v, 'C'), numberOf(v, 'N'));
    return { D, ratio: D / numberOf(v, 'N') };
  },
  hints: ['Start from C = 6ND and solve for D.', 'D = C / (6N): divide the budget by six times the parameter count.'],
};


const fitWithFloor = (v: Values) =>
  tryInputs(() => {
    const X = listOf(v, 'X');
    const loss = listOf(v, 'loss');
    if (X.length !== loss.length) throw new InputError(`X has ${X.length} values and loss has ${loss.length}; they must pair up`, 'loss');
    return fitPowerLawWithFloor(X.map((N, i) => ({ N, loss: loss[i]! })), numberOf(v, 'floor'));
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
    quantityParam('floor', 'Irreducible loss (floor)', 'nats/token', '1.5', { minExclusive: false }),
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
    { kind: 'number', name: 'alpha', label: 'Exponent α', style: 'plain', tolerance: { abs: 0.002 } },
    { kind: 'number', name: 'forecast', label: 'Forecast loss at the last X', unit: 'nats/token', style: 'plain', tolerance: { abs: 0.005 } },
  ],
  solve: (v) => {
    const fit = fitWithFloor(v);
    return fit.ok ? { alpha: fit.value.alpha, forecast: fit.value.predict(numberOf(v, 'target')) } : { alpha: NaN, forecast: NaN };
  },
  hints: [
    'Subtract the floor first: only L − floor follows a power law.',
    'Fit a straight line to (ln X, ln(L − floor)); α is minus its slope.',
    'For the forecast, extend the line to ln X and add the floor back.',
  ],
};

/** The toy loss of planning exercise 4: L = 1.6 + (N/10⁹)^−0.08 + (D/10¹⁰)^−0.10, in the E + A/N^α + B/D^β form. */
export const TOY_ISOFLOP_LOSS: ChinchillaParams = { E: 1.6, A: 1e9 ** 0.08, alpha: 0.08, B: 1e10 ** 0.1, beta: 0.1, source: 'toy loss of the planning exercises' };
/** The search grid of planning exercise 4: 100 sizes, log-spaced from 10⁸ to 10¹¹ parameters. */
export const ISOFLOP_SEARCH_GRID = makeLogGrid(1e8, 1e11, 100);
/** Ratio of neighbouring sizes on that grid, 10^(3/99) ≈ 1.072: one grid step is 7.2%, more than the 5% tolerance. */
export const ISOFLOP_SEARCH_STEP = 10 ** (3 / 99);

/** The grid point with the lowest toy loss at C FLOPs (D = C/6N). */
export function searchToyIsoFlop(C: number): IsoFlopPoint {
  return computeIsoFlopProfile(C, ISOFLOP_SEARCH_GRID, TOY_ISOFLOP_LOSS).reduce((best, p) => (p.loss < best.loss ? p : best));
}

/** Planning track, exercise 4: the best model size on one IsoFLOP curve of a toy loss, by grid search. */
export const isoflopSearchExercise: ExerciseDef = {
  id: 'planning/04-isoflop-search',
  track: 'planning',
  title: 'IsoFLOP search',
  difficulty: 3,
  params: [quantityParam('C', 'Compute budget', 'FLOPs', '1e22', { minExclusive: false, min: 1e20, max: 1e24 })],
  givens: (v) => [
    { label: 'Compute budget C', value: `${formatQuantity(numberOf(v, 'C'), 'scientific', 4)} FLOPs` },
    { label: 'Loss', value: 'L = 1.6 + (N/10⁹)^−0.08 + (D/10¹⁰)^−0.10, with D = C/(6N)' },
    { label: 'Grid', value: '100 sizes N, evenly spaced in log from 10⁸ to 10¹¹' },
  ],
  answers: [
    { kind: 'number', name: 'N', label: 'Best size N_opt', unit: 'parameters', style: 'si', tolerance: { rel: 0.05 } },
    { kind: 'number', name: 'D', label: 'Its tokens D_opt', unit: 'tokens', style: 'si', tolerance: { rel: 0.05 } },
    { kind: 'number', name: 'loss', label: 'Loss at N_opt', unit: 'nats/token', style: 'plain', tolerance: { abs: 0.002 } },
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

/** Planning track, exercise 5: tokens per parameter against Chinchilla's ~20 (Hoffmann et al. 2022, Table 3). */
export const undertrainingCheckExercise: ExerciseDef = {
  id: 'planning/05-undertraining-check',
  track: 'planning',
  title: 'Undertraining check',
  difficulty: 1,
  params: [quantityParam('N', 'Parameters', 'parameters', '13e9'), quantityParam('D', 'Training tokens', 'tokens', '100e9')],
  givens: (v) => [
    { label: 'Parameters N', value: formatQuantity(numberOf(v, 'N'), 'si', 4) },
    { label: 'Training tokens D', value: formatQuantity(numberOf(v, 'D'), 'si', 4) },
  ],
  answers: [
    { kind: 'number', name: 'ratio', label: 'Tokens per parameter D/N', style: 'plain', tolerance: { rel: 0.01 } },
    {
      kind: 'choice',
      name: 'under',
      label: `Below Chinchilla's ${CHINCHILLA_TOKENS_PER_PARAM} tokens per parameter?`,
      options: [
        { value: 'yes', label: 'Yes: undertrained for its size' },
        { value: 'no', label: 'No: at or above the ratio' },
      ],
    },
    { kind: 'number', name: 'needed', label: `Tokens for ${CHINCHILLA_TOKENS_PER_PARAM} per parameter`, unit: 'tokens', style: 'si', tolerance: { rel: 0.01 } },
  ],
  solve: (v) => {
    const [N, D] = [numberOf(v, 'N'), numberOf(v, 'D')];
    return { ratio: computeTokensPerParam(N, D), under: isUndertrained(N, D) ? 'yes' : 'no', needed: CHINCHILLA_TOKENS_PER_PARAM * N };
  },
  hints: ['Divide the tokens by the parameters.', `Compare with ${CHINCHILLA_TOKENS_PER_PARAM}; multiply N by ${CHINCHILLA_TOKENS_PER_PARAM} for the compute-optimal token count.`],
};

const effective = (v: Values) => tryInputs(() => computeQualityWeightedTokens(listOf(v, 'tokens'), listOf(v, 'quality')));

/** Planning track, exercise 6: quality-weighted tokens Σ tokensᵢ·qualityᵢ of a data mix. */
export const effectiveTokensExercise: ExerciseDef = {
  id: 'planning/06-effective-tokens',
  track: 'planning',
  title: 'Effective tokens',
  difficulty: 1,
  params: [
    listParam('tokens', 'Tokens per source', 'billion tokens', '100,200,50', { minItems: 1, minExclusive: false }),
    listParam('quality', 'Quality weight per source', '', '1.2,0.7,1.5', { minItems: 1, minExclusive: false }),
  ],
  givens: (v) => {
    const sum = effective(v);
    return [
      { label: 'Tokens per source (billions)', value: formatList(listOf(v, 'tokens')) },
      { label: 'Quality weights', value: formatList(listOf(v, 'quality')) },
      ...(sum.ok ? [] : [problemLine(sum.message)]),
    ];
  },
  answers: [
    { kind: 'number', name: 'effective', label: 'Effective tokens', unit: 'billion tokens', style: 'plain', tolerance: { rel: 0.005 } },
    { kind: 'number', name: 'perRaw', label: 'Effective tokens per raw token', style: 'plain', tolerance: { abs: 0.005 } },
  ],
  solve: (v) => {
    const sum = effective(v);
    const raw = listOf(v, 'tokens').reduce((a, b) => a + b, 0);
    return sum.ok ? { effective: sum.value, perRaw: sum.value / raw } : { effective: NaN, perRaw: NaN };
  },
  hints: ['Multiply each source’s tokens by its weight, then add.', 'Divide by the raw total to see whether the mix is worth more or less than its size.'],
};

const serving = (v: Values, which: 'A' | 'B') => numberOf(v, `train${which}`) + numberOf(v, 'queries') * numberOf(v, `serve${which}`);

/** Planning track, exercise 7: training plus serving cost of two models (cf. Sardana et al. 2023). */
export const servingCostExercise: ExerciseDef = {
  id: 'planning/07-serving-cost',
  track: 'planning',
  title: 'Serving cost',
  difficulty: 2,
  params: [
    quantityParam('trainA', 'Training cost of A', '$M', '1.0', { minExclusive: false }),
    quantityParam('serveA', 'Serving cost of A', '$M per million queries', '0.02', { minExclusive: false }),
    quantityParam('trainB', 'Training cost of B', '$M', '5.0', { minExclusive: false }),
    quantityParam('serveB', 'Serving cost of B', '$M per million queries', '0.10', { minExclusive: false }),
    quantityParam('queries', 'Queries served', 'million', '100', { minExclusive: false }),
  ],
  givens: (v) => [
    { label: 'Model A', value: `train $${numberOf(v, 'trainA')}M, serve $${numberOf(v, 'serveA')}M per million queries` },
    { label: 'Model B', value: `train $${numberOf(v, 'trainB')}M, serve $${numberOf(v, 'serveB')}M per million queries` },
    { label: 'Queries over the model’s life', value: `${formatQuantity(numberOf(v, 'queries'), 'plain', 4)} million` },
  ],
  answers: [
    { kind: 'number', name: 'totalA', label: 'Lifetime cost of A', unit: '$M', style: 'plain', tolerance: { rel: 0.01 } },
    { kind: 'number', name: 'totalB', label: 'Lifetime cost of B', unit: '$M', style: 'plain', tolerance: { rel: 0.01 } },
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
  hints: ['Total = training cost + queries × serving cost per query.', 'Keep the units apart: the serving cost is per million queries, and the volume is in millions.'],
};

const largest = (v: Values) => tryInputs(() => ({ ...findLargestResidual(listOf(v, 'actual'), listOf(v, 'predicted')), all: computeResiduals(listOf(v, 'actual'), listOf(v, 'predicted')) }));

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
    { kind: 'number', name: 'maxAbs', label: 'Largest absolute residual', unit: 'nats/token', style: 'plain', tolerance: { abs: 0.001 } },
    { kind: 'number', name: 'run', label: 'Which run is it (1 = first)?', style: 'plain', tolerance: { abs: 0 } },
    { kind: 'number', name: 'mean', label: 'Mean residual', unit: 'nats/token', style: 'plain', tolerance: { abs: 0.001 } },
  ],
  solve: (v) => {
    const r = largest(v);
    if (!r.ok) return { maxAbs: NaN, run: NaN, mean: NaN };
    return { maxAbs: r.value.absolute, run: r.value.index + 1, mean: r.value.all.reduce((a, b) => a + b, 0) / r.value.all.length };
  },
  hints: ['Residual = measured − predicted, run by run; keep the sign.', 'The largest in absolute value ignores the sign; the mean keeps it, and says whether the law is biased.'],
};

const passes = (v: Values) => applyThresholdMetric(listOf(v, 'scores'), numberOf(v, 'threshold'));

/** Planning track, exercise 9: a threshold metric turns smooth scores into a step (Schaeffer et al. 2023). */
export const thresholdArtifactExercise: ExerciseDef = {
  id: 'planning/09-threshold-artifact',
  track: 'planning',
  title: 'Threshold artifact',
  difficulty: 2,
  params: [
    listParam('scores', 'Scores, smallest model first', '0–1', '0.45,0.49,0.51,0.55', { minExclusive: false, max: 1 }),
    quantityParam('threshold', 'Pass threshold', '0–1', '0.5', { minExclusive: false, max: 1 }),
  ],
  givens: (v) => [
    { label: 'Scores, smallest model first', value: formatList(listOf(v, 'scores')) },
    { label: 'A model passes at a score of', value: `${formatQuantity(numberOf(v, 'threshold'), 'plain', 4)} or more` },
  ],
  answers: [
    { kind: 'number', name: 'passes', label: 'How many models pass?', style: 'plain', tolerance: { abs: 0 } },
    { kind: 'number', name: 'first', label: 'First model that passes (1 = smallest; 0 if none)', style: 'plain', tolerance: { abs: 0 } },
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
    return { passes: binary.reduce((a, b) => a + b, 0), first: binary.indexOf(1) + 1, reading: 'metric' };
  },
  hints: [
    'Turn each score into 1 if it reaches the threshold, else 0.',
    'Look at how much the score moves across the step, and how much the metric moves.',
    'Schaeffer et al. (2023) found most “emergent” abilities on BIG-Bench under two such metrics: multiple-choice grade and exact string match.',
  ],
};

/** Planning track, exercise 10: the four checks before trusting a scaling forecast, as choices. */
export const forecastChecklistExercise: ExerciseDef = {
  id: 'planning/10-forecast-checklist',
  track: 'planning',
  title: 'Forecast checklist',
  difficulty: 2,
  params: [],
  givens: () => [
    { label: 'Fit runs', value: 'eight models, 10M to 1B parameters, one tokenizer and data mix' },
    { label: 'Forecast', value: 'the loss of a 30B model before you pay for it' },
  ],
  answers: [
    {
      kind: 'choice',
      name: 'setup',
      label: 'The big run will use a new tokenizer. What now?',
      options: [
        { value: 'trust', label: 'Keep the fit: tokenizers do not change exponents' },
        { value: 'refit', label: 'Refit on small runs with the same tokenizer, data and recipe as the big run' },
        { value: 'shift', label: 'Shift the forecast by the difference in vocabulary size' },
      ],
    },
    {
      kind: 'choice',
      name: 'heldOut',
      label: 'Which loss should every point of the fit be?',
      options: [
        { value: 'train', label: 'The training loss at the last step' },
        { value: 'best', label: 'The best validation loss each run reported, on its own split' },
        { value: 'fixed', label: 'Loss on one fixed held-out set, the same for every run' },
      ],
    },
    {
      kind: 'choice',
      name: 'residuals',
      label: 'How do you test the law before using it?',
      options: [
        { value: 'withheld', label: 'Fit without the largest runs and check the residuals on them' },
        { value: 'r2', label: 'Check that R² on the fitted runs is above 0.99' },
        { value: 'more', label: 'Add more runs at the smallest size' },
      ],
    },
    {
      kind: 'choice',
      name: 'uncertainty',
      label: 'What should the forecast come with?',
      options: [
        { value: 'digits', label: 'The predicted loss to four decimals' },
        { value: 'interval', label: 'An interval, and a stop condition: the loss at a checkpoint that would halt the run' },
        { value: 'second', label: 'A second forecast from a different law' },
      ],
    },
  ],
  solve: () => ({ setup: 'refit', heldOut: 'fixed', residuals: 'withheld', uncertainty: 'interval' }),
  hints: [
    'A law describes one setup: change the tokenizer, data or recipe and the constants move.',
    'Points compared on different sets, or on training loss, measure different things.',
    'A fit always looks good on the runs it was fitted to; only runs it has not seen test it.',
  ],
};
