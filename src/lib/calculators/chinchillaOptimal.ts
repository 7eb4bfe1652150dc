import { type CalculatorDef, num } from '../calculator';
import { chinchillaFrontier, chinchillaOptimumForSize } from '../chinchillaFrontier';
import type { ChinchillaSetName } from '../chinchillaLoss';
import { InputError } from '../errors';
import { TRAINING_RUNS } from '../models';
import { type ParamTable, quantityParam } from '../paramTable';
import { CHINCHILLA_TOKENS_PER_PARAM, allocateByTokensPerParam } from '../tokensPerParamRule';
import { trainingFlops } from '../trainingFlops';
import { makeLogGrid } from '../makeLogGrid';

/** The four allocations the calculator offers: the 20-tokens rule and three fits of L̂(N, D). */
export const OPTIMAL_FITS = [
  {
    value: 'tokens20',
    label: `About ${CHINCHILLA_TOKENS_PER_PARAM} tokens per parameter (Table 3)`,
  },
  { value: 'hoffmann2022', label: 'Hoffmann et al. 2022, Approach 3 as printed' },
  { value: 'hoffmann2022-unrounded', label: 'Hoffmann et al. 2022, unrounded (TeX source)' },
  { value: 'besiroglu2024', label: 'Besiroglu et al. 2024 (Epoch’s refit)' },
] as const;
export type OptimalFit = (typeof OPTIMAL_FITS)[number]['value'];

export const chinchillaOptimalParams: ParamTable = [
  quantityParam('C', 'Compute budget (C)', 'FLOPs', '5.76e23', {
    optional: true,
    group: 'CN',
    style: 'scientific',
    solvedBy: 'flops',
    help: 'Give a budget, or a model size below.',
  }),
  quantityParam('N', 'Or a model size (N)', 'parameters', undefined, {
    optional: true,
    group: 'CN',
    style: 'si',
    solvedBy: 'params',
    help: 'The budget for which this size is optimal.',
  }),
  { kind: 'choice', name: 'fit', label: 'Allocation', default: 'tokens20', options: OPTIMAL_FITS },
];

/** One compute-optimal allocation: N, D, D/N, C and (for the loss fits) the predicted loss. */
export type Allocation = {
  params: number;
  tokens: number;
  tokensPerParam: number;
  flops: number;
  loss?: number;
};

/**
 * Compute-optimal N and D under one allocation, from a budget C or a size N:
 * the 20-tokens rule (D = 20N, C = 6ND) or Hoffmann et al. 2022 Eq. 4 with a named fit.
 * @example allocate('tokens20', { C: 1.92e19 }).params // 4e8
 */
export function allocate(
  fit: OptimalFit,
  given: { C?: number | undefined; N?: number | undefined },
): Allocation {
  if (given.C === undefined && given.N === undefined)
    throw new InputError('Give a compute budget C or a model size N', 'C');
  if (given.C !== undefined && given.N !== undefined)
    throw new InputError('Give C or N, not both: clear one of them', 'N');
  if (fit === 'tokens20') {
    const r = CHINCHILLA_TOKENS_PER_PARAM;
    const { params, tokens } =
      given.C !== undefined
        ? allocateByTokensPerParam(given.C)
        : { params: given.N!, tokens: r * given.N! };
    return {
      params,
      tokens,
      tokensPerParam: tokens / params,
      flops: trainingFlops(params, tokens),
    };
  }
  const set: ChinchillaSetName = fit;
  const out =
    given.C !== undefined
      ? { ...chinchillaFrontier(given.C, set), flops: given.C }
      : chinchillaOptimumForSize(given.N!, set);
  return {
    params: out.params,
    tokens: out.tokens,
    tokensPerParam: out.tokensPerParam,
    flops: out.flops,
    loss: out.loss,
  };
}

export type ChinchillaOptimalResults = Allocation & { fit: OptimalFit };

/** /calculators/chinchilla-optimal/: the compute-optimal split of a budget under each fit. */
export const chinchillaOptimal: CalculatorDef<ChinchillaOptimalResults> = {
  slug: 'chinchilla-optimal',
  title: 'Compute-optimal size',
  params: chinchillaOptimalParams,
  results: [
    { name: 'params', label: 'Parameters', style: 'si' },
    { name: 'tokens', label: 'Tokens', style: 'si' },
    { name: 'tokensPerParam', label: 'Tokens per parameter', style: 'plain' },
    { name: 'flops', label: 'Compute', unit: 'FLOPs', style: 'scientific' },
    {
      name: 'loss',
      label: 'Predicted loss',
      unit: 'nats/token',
      style: 'plain',
      help: 'L̂(N, D) of the chosen fit',
    },
  ],
  presets: TRAINING_RUNS.map((r) => ({
    id: r.id,
    label: `${r.name}’s budget`,
    values: { C: trainingFlops(r.params, r.tokens).toExponential(3), N: '' },
    source: `${r.source}; C = 6ND`,
  })),
  compute(values) {
    const fit = String(values['fit']) as OptimalFit;
    return { ...allocate(fit, { C: num(values, 'C'), N: num(values, 'N') }), fit };
  },
};

/**
 * N_opt against C for every allocation, sampled log-uniformly over [cLow, cHigh]: the data of
 * the frontier chart. Each curve is Eq. 4 (or the 20-tokens rule) evaluated at `samples` budgets.
 */
export function frontierCurves(
  cLow: number,
  cHigh: number,
  samples = 40,
): { fit: OptimalFit; label: string; points: { x: number; y: number }[] }[] {
  return OPTIMAL_FITS.map(({ value, label }) => ({
    fit: value,
    label,
    points: makeLogGrid(cLow, cHigh, samples).map((C) => ({
      x: C,
      y: allocate(value, { C }).params,
    })),
  }));
}

/** Published models at (C = 6ND, N), to place on the frontier chart. */
export const FRONTIER_MODELS = TRAINING_RUNS.map((r) => ({
  label: r.name,
  x: trainingFlops(r.params, r.tokens),
  y: r.params,
}));
