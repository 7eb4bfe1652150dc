import { type CalculatorDef, need, withFields } from '../calculator';
import {
  CHINCHILLA_PARAMETER_SETS,
  type ChinchillaParams,
  type ChinchillaSetName,
} from '../chinchillaLoss';
import { chinchillaFrontier } from '../chinchillaFrontier';
import { InputError } from '../errors';
import { formatQuantity } from '../formatQuantity';
import { makeLogGrid } from '../makeLogGrid';
import { type ParamTable, quantityParam } from '../paramTable';
import { computeIsoFlopProfile, searchIsoFlopMinimum } from '../searchIsoFlopMinimum';
import type { Point } from './kaplan';

const CUSTOM = {
  showIf: { param: 'fit', equals: 'custom' },
  optional: true,
  style: 'plain',
} as const;

/** URL parameters of /calculators/isoflop/: a budget and a loss model, named or custom. */
export const isoflopParams: ParamTable = [
  {
    kind: 'quantity',
    name: 'C',
    label: 'Compute budget (C)',
    unit: 'FLOPs',
    default: '5.76e23',
    style: 'scientific',
    min: 60,
    max: 1e35,
    help: 'Gopher’s budget, at which Chinchilla was trained.',
  },
  {
    kind: 'choice',
    name: 'fit',
    label: 'Loss model L̂(N, D)',
    default: 'hoffmann2022',
    options: [
      { value: 'hoffmann2022', label: 'Hoffmann et al. 2022, as printed' },
      { value: 'hoffmann2022-unrounded', label: 'Hoffmann et al. 2022, unrounded (TeX source)' },
      { value: 'besiroglu2024', label: 'Besiroglu et al. 2024 refit' },
      { value: 'custom', label: 'Custom E, A, B, α, β' },
    ],
  },
  quantityParam('E', 'E (irreducible loss)', 'nats/token', undefined, {
    ...CUSTOM,
    max: 100,
    help: 'Hoffmann: 1.69',
  }),
  quantityParam('A', 'A', 'nats/token', undefined, {
    ...CUSTOM,
    max: 1e6,
    help: 'Hoffmann: 406.4',
  }),
  quantityParam('B', 'B', 'nats/token', undefined, {
    ...CUSTOM,
    max: 1e6,
    help: 'Hoffmann: 410.7',
  }),
  quantityParam('alpha', 'α (parameters exponent)', '', undefined, {
    ...CUSTOM,
    max: 5,
    help: 'Hoffmann: 0.34',
  }),
  quantityParam('beta', 'β (data exponent)', '', undefined, {
    ...CUSTOM,
    max: 5,
    help: 'Hoffmann: 0.28',
  }),
];

const CUSTOM_FIELDS = [
  ['E', 'the irreducible loss E', '1.69'],
  ['A', 'the coefficient A', '406.4'],
  ['B', 'the coefficient B', '410.7'],
  ['alpha', 'the exponent α', '0.34'],
  ['beta', 'the exponent β', '0.28'],
] as const;

/** Budgets drawn on the chart, relative to the chosen one. */
export const ISOFLOP_BUDGET_FACTORS = [1e-2, 1e-1, 1, 10, 100] as const;

export type IsoflopResults = Record<
  'nOpt' | 'dOpt' | 'lossMin' | 'tokensPerParam' | 'nOptGrid' | 'dOptGrid' | 'lossMinGrid',
  number
> & {
  /** One IsoFLOP profile (loss against N) per budget. */
  profiles: { name: string; points: Point[] }[];
  /** The closed-form minimum of each profile. */
  minima: (Point & { label: string })[];
};

function lossModel(
  values: Readonly<Record<string, unknown>>,
): ChinchillaSetName | ChinchillaParams {
  const fit = String(values['fit']);
  if (fit !== 'custom') {
    if (!(fit in CHINCHILLA_PARAMETER_SETS))
      throw new InputError(
        `Loss model must be one of hoffmann2022, hoffmann2022-unrounded, besiroglu2024, custom, got ${fit}`,
        'fit',
      );
    return fit as ChinchillaSetName;
  }
  const read = (name: string, what: string, example: string) => {
    const v = values[name];
    if (typeof v !== 'number')
      throw new InputError(`A custom loss model needs ${what}, such as ${example}`, name);
    return v;
  };
  const [E, A, B, alpha, beta] = CUSTOM_FIELDS.map(([name, what, example]) =>
    read(name, what, example),
  ) as [number, number, number, number, number];
  return { E, A, B, alpha, beta, source: 'custom' };
}

/** Compute-optimal N, D and loss at one budget, from Eq. 4's closed form and from a numerical search along the IsoFLOP profile. */
export const isoflop: CalculatorDef<IsoflopResults> = {
  slug: 'isoflop',
  title: 'IsoFLOP profiles',
  params: isoflopParams,
  results: [
    { name: 'nOpt', label: 'N_opt, closed form (Eq. 4)', unit: 'parameters', style: 'si' },
    { name: 'nOptGrid', label: 'N_opt, grid search', unit: 'parameters', style: 'si' },
    { name: 'dOpt', label: 'D_opt, closed form', unit: 'tokens', style: 'si' },
    { name: 'dOptGrid', label: 'D_opt, grid search', unit: 'tokens', style: 'si' },
    { name: 'lossMin', label: 'Lowest loss, closed form', unit: 'nats/token', style: 'plain' },
    { name: 'lossMinGrid', label: 'Lowest loss, grid search', unit: 'nats/token', style: 'plain' },
    {
      name: 'tokensPerParam',
      label: 'Tokens per parameter',
      style: 'plain',
      help: 'D_opt / N_opt',
    },
  ],
  presets: [
    {
      id: 'gopher',
      label: 'Gopher / Chinchilla budget',
      values: { C: '5.76e23' },
      source: 'Hoffmann et al. 2022, Sec. 3.4 and Table 3: 5.76e23 FLOPs',
    },
    {
      id: 'gpt3',
      label: 'GPT-3 175B budget',
      values: { C: '3.14e23' },
      source: 'Brown et al. 2020, Table D.1: 3.14e23 FLOPs',
    },
    {
      id: 'llama3',
      label: 'Llama 3 405B budget',
      values: { C: '3.8e25' },
      source: 'Llama Team 2024, Sec. 3: 3.8e25 FLOPs',
    },
    {
      id: 'custom',
      label: 'Custom, from Hoffmann’s values',
      values: { fit: 'custom', E: '1.69', A: '406.4', B: '410.7', alpha: '0.34', beta: '0.28' },
      source: 'Hoffmann et al. 2022, App. D.2: E 1.69, A 406.4, B 410.7, α 0.34, β 0.28',
    },
  ],
  compute(values) {
    const C = need(values, 'C');
    const model = lossModel(values);
    const closed = withFields('C', () => chinchillaFrontier(C, model));
    const grid = withFields('C', () => searchIsoFlopMinimum(C, model));
    const budgets = ISOFLOP_BUDGET_FACTORS.map((f) => C * f).filter((c) => c / 6 > 10);
    const optima = budgets.map((c) => chinchillaFrontier(c, model));
    return {
      nOpt: closed.params,
      dOpt: closed.tokens,
      lossMin: closed.loss,
      tokensPerParam: closed.tokensPerParam,
      nOptGrid: grid.params,
      dOptGrid: grid.tokens,
      lossMinGrid: grid.loss,
      profiles: withFields('C', () =>
        budgets.map((c, i) => {
          const n = optima[i]!.params;
          // N from 1/30 to 30 times the optimum, within [1 parameter, C/6 parameters on one token].
          const [lo, hi] = [Math.max(1, n / 30), Math.min(c / 6, n * 30)];
          const points =
            hi > lo
              ? computeIsoFlopProfile(c, makeLogGrid(lo, hi, 41), model).map((p) => ({
                  x: p.params,
                  y: p.loss,
                }))
              : [];
          return { name: `C = ${formatQuantity(c, 'scientific')}`, points };
        }),
      ),
      minima: optima.map((o, i) => ({
        x: o.params,
        y: o.loss,
        label: budgets[i] === C ? 'your budget' : '',
      })),
    };
  },
};
