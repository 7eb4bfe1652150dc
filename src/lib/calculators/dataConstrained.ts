import { type CalculatorDef, list, need, withFields } from '../calculator';
import {
  computeEffectiveData,
  computeEffectiveParams,
  predictDataConstrainedLoss,
} from '../dataConstrained';
import { makeLogGrid } from '../makeLogGrid';
import type { ParamTable } from '../paramTable';
import { computeQualityWeightedTokens } from '../qualityWeightedTokens';
import type { Point } from './kaplan';

/** URL parameters of /calculators/data-constrained/. Defaults: the example of the datablations README. */
export const dataConstrainedParams: ParamTable = [
  {
    kind: 'quantity',
    name: 'N',
    label: 'Parameters (N)',
    unit: 'parameters',
    default: '6.34B',
    style: 'si',
    min: 1,
    max: 1e21,
  },
  {
    kind: 'quantity',
    name: 'D',
    label: 'Training tokens (D)',
    unit: 'tokens',
    default: '242B',
    style: 'si',
    min: 1,
    max: 1e21,
    help: 'All tokens seen, repeats included.',
  },
  {
    kind: 'quantity',
    name: 'U',
    label: 'Unique tokens (U)',
    unit: 'tokens',
    default: '25B',
    style: 'si',
    min: 1,
    max: 1e21,
    help: 'Size of the dataset; D/U is the number of epochs.',
  },
  {
    kind: 'list',
    name: 'tokens',
    label: 'Tokens per source',
    unit: 'tokens',
    default: '100, 200, 50',
    min: 0,
    maxItems: 100,
    help: 'A data mix: one size per source, in any unit as long as all agree.',
  },
  {
    kind: 'list',
    name: 'quality',
    label: 'Quality per source',
    unit: '× a reference token',
    default: '1.2, 0.7, 1.5',
    min: 0,
    max: 100,
    maxItems: 100,
    help: 'What a token of each source is worth; one weight per source.',
  },
];

export type DataConstrainedResults = Record<
  'effectiveTokens' | 'epochs' | 'loss' | 'lossUnique' | 'effectiveParams' | 'effective',
  number
> & {
  /** Effective tokens D′ against total tokens D at the given U, and the line D′ = D of fresh data. */
  curves: { name: string; points: Point[] }[];
  /** The reader's run, (D, D′). */
  mark: Point & { label: string };
};

/** Muennighoff et al. 2023: what repeated tokens are worth, and the loss they give; plus the quality-weighted tokens of a mix. */
export const dataConstrained: CalculatorDef<DataConstrainedResults> = {
  slug: 'data-constrained',
  title: 'Data-constrained scaling',
  params: dataConstrainedParams,
  results: [
    { name: 'epochs', label: 'Epochs', style: 'plain', help: 'D / U' },
    {
      name: 'effectiveTokens',
      label: 'Effective tokens D′',
      unit: 'tokens',
      style: 'si',
      help: 'What the D tokens are worth as fresh data',
    },
    { name: 'effectiveParams', label: 'Effective parameters N′', unit: 'parameters', style: 'si' },
    {
      name: 'loss',
      label: 'Predicted loss',
      unit: 'nats/token',
      style: 'plain',
      help: 'E + A/N′^α + B/D′^β',
    },
    { name: 'lossUnique', label: 'Loss if all D were unique', unit: 'nats/token', style: 'plain' },
    {
      name: 'effective',
      label: 'Quality-weighted tokens of the mix',
      style: 'si',
      help: 'Σ tokens × quality',
    },
  ],
  presets: [
    {
      id: 'datablations',
      label: '6.34B, 242B tokens, 25B unique',
      values: { N: '6.34B', D: '242B', U: '25B' },
      source: 'huggingface/datablations README, Parametric Fit example: L = 2.2256',
    },
    {
      id: 'four-epochs',
      label: '4 epochs of 25B',
      values: { N: '6.34B', D: '100B', U: '25B' },
      source: 'Muennighoff et al. 2023: up to about 4 epochs cost almost nothing',
    },
    {
      id: 'gpt3-mix',
      label: 'GPT-3 mix by epochs',
      values: { tokens: '410B, 19B, 12B, 55B, 3B', quality: '0.44, 2.9, 1.9, 0.43, 3.4' },
      source:
        'Brown et al. 2020, Table 2.2: dataset sizes and epochs elapsed at 300B tokens (weights here are epochs, so the sum is tokens seen)',
    },
  ],
  compute(values) {
    const N = need(values, 'N');
    const D = need(values, 'D');
    const U = need(values, 'U');
    const effectiveTokens = computeEffectiveData(D, U);
    const ds = makeLogGrid(U, Math.max(D, U) * 10, 49);
    return {
      epochs: D / U,
      effectiveTokens,
      effectiveParams: computeEffectiveParams(N, U).effectiveParams,
      loss: predictDataConstrainedLoss(N, D, U),
      lossUnique: withFields('D', () => predictDataConstrainedLoss(N, D, D)),
      effective: computeQualityWeightedTokens(
        list(values, 'tokens') ?? [],
        list(values, 'quality') ?? [],
      ),
      mark: { x: D, y: effectiveTokens, label: 'your run' },
      curves: [
        {
          name: 'Repeating the U unique tokens',
          points: ds.map((x) => ({ x, y: computeEffectiveData(x, U) })),
        },
        { name: 'Fresh data (D′ = D)', points: ds.map((x) => ({ x, y: x })) },
      ],
    };
  },
};
