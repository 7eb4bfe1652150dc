import { type CalculatorDef, need, num, withFields } from '../calculator';
import { predictChinchillaLoss } from '../chinchillaLoss';
import { computeOptimalTokensForParams, solveTokensForLoss } from '../chinchillaTokensForLoss';
import { computeDollarsPerFlop } from '../dollarsPerFlop';
import { InputError } from '../errors';
import { formatQuantity } from '../formatQuantity';
import { GPU_HOUR_PRICE_PARAM, gpuPeakParams, peakFlopsOf } from './gpuPeak';
import {
  computeLifetimeDollars,
  computeLifetimeFlops,
  findCrossoverDemand,
} from '../inferenceCost';
import { type ParamTable, quantityParam } from '../paramTable';
import type { Point } from './kaplan';

/** Fit used to size the example and to say whether the two models are of equal quality. */
const FIT = 'hoffmann2022-unrounded';
/** Sardana et al. 2023's example: a Chinchilla-optimal 13B model against a 7B model of the same loss, 2T tokens of demand. */
const SARDANA_N1 = 13e9;
const SARDANA_D1 = Number(computeOptimalTokensForParams(SARDANA_N1, FIT).toPrecision(3));
const SARDANA_N2 = 7e9;

/** URL parameters of /calculators/serving-cost/: two models, lifetime demand and the GPU that trains and serves them. */
export const servingCostParams: ParamTable = [
  quantityParam('N1', 'Model 1 parameters', 'parameters', formatQuantity(SARDANA_N1, 'si'), {
    style: 'si',
    max: 1e21,
  }),
  quantityParam('D1', 'Model 1 training tokens', 'tokens', formatQuantity(SARDANA_D1, 'si'), {
    style: 'si',
    max: 1e21,
  }),
  quantityParam('N2', 'Model 2 parameters', 'parameters', formatQuantity(SARDANA_N2, 'si'), {
    style: 'si',
    max: 1e21,
  }),
  quantityParam('D2', 'Model 2 training tokens', 'tokens', undefined, {
    optional: true,
    solvedBy: 'trainTokens2',
    style: 'si',
    max: 1e21,
    help: 'Leave empty to train model 2 to model 1’s loss (Chinchilla fit, unrounded).',
  }),
  {
    kind: 'quantity',
    name: 'served',
    label: 'Lifetime demand',
    unit: 'tokens served',
    default: '2T',
    style: 'si',
    min: 0,
    max: 1e21,
    help: 'Tokens processed in inference over the model’s life.',
  },
  ...gpuPeakParams('h100', 'Dense peak at the working precision.'),
  quantityParam('mfu', 'Utilisation (MFU)', '0–1', '0.4', {
    max: 1,
    style: 'plain',
    help: 'Used for training and serving alike.',
  }),
  GPU_HOUR_PRICE_PARAM,
];

export type ServingCostResults = Record<
  | 'trainCost1'
  | 'serveCost1'
  | 'total1'
  | 'trainCost2'
  | 'serveCost2'
  | 'total2'
  | 'trainTokens2'
  | 'loss1'
  | 'loss2'
  | 'flops1'
  | 'flops2',
  number
> & {
  /** Demand (served tokens) at which the two totals are equal; absent when the lines never cross. */
  crossoverTokens?: number;
  /** Why there is no crossover, in words; absent when there is one. */
  crossoverNote?: string;
  /** The demand the totals are for (echoed for the chart's rule). */
  servedTokens: number;
  /** Total cost against demand for each model. */
  curves: { name: string; points: Point[] }[];
  /** Labelled points on the lines: the break-even point, when there is one. */
  marks: (Point & { label: string })[];
};

/** Model 2's tokens for model 1's loss; when it cannot get there, the message asks for D2. */
function tokensToMatch(N2: number, loss1: number): number {
  try {
    return solveTokensForLoss(N2, loss1, FIT);
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(`${error.message}. Give model 2’s training tokens instead.`, 'D2');
    throw error;
  }
}

function noCrossover(N1: number, D1: number, N2: number, D2: number): string {
  if (N1 === N2 && D1 === D2)
    return 'The two models are identical: they cost the same at every demand.';
  const [cheap, dear] =
    N1 * D1 < N2 * D2 || (N1 * D1 === N2 * D2 && N1 < N2) ? ['1', '2'] : ['2', '1'];
  return `The lines never cross: model ${cheap} costs less than model ${dear} at every demand, since it is no larger and no dearer to train.`;
}

/** Lifetime cost of two models, training (6ND) plus serving (2N per token), and the demand at which they break even (Sardana et al. 2023). */
export const servingCost: CalculatorDef<ServingCostResults> = {
  slug: 'serving-cost',
  title: 'Training plus serving cost',
  params: servingCostParams,
  results: [
    { name: 'trainCost1', label: 'Model 1: training', style: 'currency' },
    { name: 'serveCost1', label: 'Model 1: serving', style: 'currency' },
    { name: 'total1', label: 'Model 1: total', style: 'currency' },
    { name: 'trainCost2', label: 'Model 2: training', style: 'currency' },
    { name: 'serveCost2', label: 'Model 2: serving', style: 'currency' },
    { name: 'total2', label: 'Model 2: total', style: 'currency' },
    {
      name: 'crossoverTokens',
      label: 'Break-even demand',
      unit: 'tokens served',
      style: 'si',
      help: 'Beyond it the smaller model is cheaper',
    },
    { name: 'trainTokens2', label: 'Model 2 training tokens', unit: 'tokens', style: 'si' },
    {
      name: 'loss1',
      label: 'Model 1 predicted loss',
      unit: 'nats/token',
      style: 'plain',
      help: 'Chinchilla fit (unrounded)',
    },
    { name: 'loss2', label: 'Model 2 predicted loss', unit: 'nats/token', style: 'plain' },
    { name: 'flops1', label: 'Model 1 lifetime FLOPs', style: 'scientific' },
    { name: 'flops2', label: 'Model 2 lifetime FLOPs', style: 'scientific' },
  ],
  presets: [
    {
      id: 'sardana',
      label: '13B vs 7B, 2T tokens served',
      values: { N1: '13B', D1: formatQuantity(SARDANA_D1, 'si'), N2: '7B', D2: '', served: '2T' },
      source:
        'Sardana et al. 2023, Beyond Chinchilla-Optimal, Fig. 1: a 7B model replacing a Chinchilla-style 13B saves 1.7e22 FLOPs (17%) at 2T tokens of demand',
    },
    {
      id: 'llama2',
      label: 'Llama 2 70B vs 13B',
      values: { N1: '70B', D1: '2T', N2: '13B', D2: '', served: '10T' },
      source:
        'Touvron et al. 2023, Llama 2, Sec. 2.1: 70B trained on 2T tokens; here the 13B is trained on as many tokens as it needs to match it',
    },
  ],
  compute(values) {
    const N1 = need(values, 'N1');
    const D1 = need(values, 'D1');
    const N2 = need(values, 'N2');
    const served = need(values, 'served');
    const perFlop = computeDollarsPerFlop(
      peakFlopsOf(values),
      need(values, 'mfu'),
      need(values, 'price'),
    );
    const loss1 = withFields('D1', () => predictChinchillaLoss(N1, D1, FIT));
    const D2 = num(values, 'D2') ?? tokensToMatch(N2, loss1);
    const cost1 = withFields('D1', () => computeLifetimeDollars(N1, D1, served, perFlop));
    const cost2 = withFields('D2', () => computeLifetimeDollars(N2, D2, served, perFlop));
    const same = N1 === N2 && D1 === D2;
    const crossing = same
      ? null
      : findCrossoverDemand({ params: N1, trainTokens: D1 }, { params: N2, trainTokens: D2 });
    // Linear from zero demand, past the demand and the break-even: costs are straight lines in demand.
    const top = 2 * Math.max(served, crossing?.servedTokens ?? 0) || 1e12;
    const demand = Array.from({ length: 21 }, (_, i) => (top * i) / 20);
    const line = (N: number, D: number) =>
      withFields('served', () =>
        demand.map((x) => ({ x, y: computeLifetimeDollars(N, D, x, perFlop).total })),
      );
    return {
      trainCost1: cost1.training,
      serveCost1: cost1.inference,
      total1: cost1.total,
      trainCost2: cost2.training,
      serveCost2: cost2.inference,
      total2: cost2.total,
      trainTokens2: D2,
      servedTokens: served,
      loss1,
      loss2: withFields('D2', () => predictChinchillaLoss(N2, D2, FIT)),
      flops1: computeLifetimeFlops(N1, D1, served).total,
      flops2: computeLifetimeFlops(N2, D2, served).total,
      ...(crossing
        ? { crossoverTokens: crossing.servedTokens }
        : { crossoverNote: noCrossover(N1, D1, N2, D2) }),
      marks: crossing
        ? [
            {
              x: crossing.servedTokens,
              y: computeLifetimeDollars(N1, D1, crossing.servedTokens, perFlop).total,
              label: 'break-even',
            },
          ]
        : [],
      curves: [
        { name: `Model 1 (${formatQuantity(N1, 'si')})`, points: line(N1, D1) },
        { name: `Model 2 (${formatQuantity(N2, 'si')})`, points: line(N2, D2) },
      ],
    };
  },
};
