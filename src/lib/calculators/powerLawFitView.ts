/** The light half of power-law-fit: its parameters, results and presets, for the page's island. */
import type { CalculatorView } from '../calculator';
import { POSITIVE, type ParamTable, quantityParam } from '../paramTable';

export const powerLawFitParams: ParamTable = [
  {
    kind: 'list',
    name: 'x',
    label: 'Sizes (N)',
    unit: 'parameters',
    default: '1e6, 1e7, 1e8',
    ...POSITIVE,
    minItems: 2,
    help: 'Comma-separated; or paste a table below.',
  },
  {
    kind: 'list',
    name: 'y',
    label: 'Losses (L)',
    unit: 'nats/token',
    default: '3.5, 3.1, 2.8',
    ...POSITIVE,
    minItems: 2,
  },
  {
    kind: 'text',
    name: 'csv',
    label: 'Or paste points (size, loss per line)',
    rows: 4,
    maxLength: 200_000,
    help: 'Overrides the two lists above when not empty.',
  },
  {
    kind: 'choice',
    name: 'model',
    label: 'Law',
    default: 'pure',
    options: [
      { value: 'pure', label: 'Pure: L = (N_c/N)^α' },
      { value: 'floor', label: 'Known floor: L = floor + (N_c/N)^α' },
      { value: 'saturating', label: 'Fitted floor: L = L∞ + (N_c/N)^α' },
    ],
  },
  {
    kind: 'quantity',
    name: 'floor',
    label: 'Floor',
    unit: 'nats/token',
    default: '1.5',
    min: 0,
    showIf: { param: 'model', equals: 'floor' },
    style: 'plain',
  },
  quantityParam('at', 'Predict at size', 'parameters', undefined, {
    optional: true,
    max: 1e30,
    style: 'si',
    help: 'Extrapolate the fit to this size.',
  }),
];

export type PowerLawFitResults = {
  alpha: number;
  Nc: number;
  Linf: number;
  r2: number;
  prediction?: number;
  /** The size the forecast is for. */
  forecastAt?: number;
  predictionLow?: number;
  predictionHigh?: number;
  alphaLow?: number;
  alphaHigh?: number;
  largestResidual: number;
  rows: { N: number; loss: number; fitted: number; residual: number }[];
  largestIndex: number;
  curve: { x: number; y: number }[];
  band: { x: number; lo: number; hi: number }[];
};

/**
 * /calculators/power-law-fit/ as its page shows it, without the fitters (powerLawFit.ts adds
 * compute, which runs in the calculator worker), so the island loads no fitting code.
 */
export const powerLawFitView: CalculatorView<PowerLawFitResults> = {
  slug: 'power-law-fit',
  title: 'Power-law fit',
  params: powerLawFitParams,
  results: [
    { name: 'alpha', label: 'Exponent α', style: 'plain' },
    { name: 'Nc', label: 'Scale N_c', unit: 'parameters', style: 'scientific' },
    { name: 'Linf', label: 'Floor L∞', unit: 'nats/token', style: 'plain' },
    { name: 'r2', label: 'R² (log space)', style: 'plain' },
    { name: 'prediction', label: 'Predicted loss', unit: 'nats/token', style: 'plain' },
    {
      name: 'predictionLow',
      label: 'Prediction, 10th percentile',
      style: 'plain',
      help: 'bootstrap, 200 resamples',
    },
    { name: 'predictionHigh', label: 'Prediction, 90th percentile', style: 'plain' },
    {
      name: 'largestResidual',
      label: 'Largest residual',
      unit: 'nats/token',
      style: 'plain',
      help: 'measured − fitted',
    },
  ],
  presets: [
    {
      id: 'seed',
      label: 'Seed sweep (3 sizes)',
      values: { x: '1e6, 1e7, 1e8', y: '3.5, 3.1, 2.8', csv: '', model: 'pure', at: '1e9' },
      source: 'Scaling Lab seed exercise (MasterFitter)',
    },
    {
      id: 'floor',
      label: 'Planning 1 (floor 1.5)',
      values: {
        x: '1e2, 1e3, 1e4, 1e5',
        y: '2.50, 2.10, 1.88, 1.74',
        csv: '',
        model: 'floor',
        floor: '1.5',
        at: '',
      },
      source: 'Scaling Lab planning exercise 1',
    },
  ],
};
