import { type CalculatorDef, need, num, withFields } from '../calculator';
import { InputError } from '../errors';
import { allocateKaplanCompute } from '../kaplanAllocation';
import { predictKaplanLossCmin, predictKaplanLossD, predictKaplanLossN } from '../kaplanLoss';
import {
  KAPLAN_ND_CONSTANTS,
  type KaplanNDSet,
  computeOverfittingPenalty,
  minTokensToAvoidOverfitting,
  predictKaplanLossND,
} from '../kaplanLossND';
import { computeCriticalBatch, predictKaplanLossNS } from '../kaplanSteps';
import { makeLogGrid } from '../makeLogGrid';
import { type ParamTable, quantityParam } from '../paramTable';

/** URL parameters of /calculators/kaplan/. Defaults: a 1B model on WebText2-sized data, Kaplan's 250k steps of 512 × 1024 tokens. */
export const kaplanParams: ParamTable = [
  {
    kind: 'quantity',
    name: 'N',
    label: 'Non-embedding parameters (N)',
    unit: 'parameters',
    default: '1e9',
    style: 'si',
    min: 1,
    max: 1e21,
  },
  {
    kind: 'quantity',
    name: 'D',
    label: 'Training tokens (D)',
    unit: 'tokens',
    default: '22.9e9',
    style: 'si',
    min: 1,
    max: 1e21,
    help: 'WebText2 is 2.29 × 10¹⁰ tokens (Sec. 2.3).',
  },
  quantityParam('Cmin', 'Compute (C_min)', 'PF-days', '1', {
    style: 'plain',
    max: 1e21,
    help: '1 PF-day = 8.64 × 10¹⁹ FLOPs.',
  }),
  {
    kind: 'quantity',
    name: 'S',
    label: 'Training steps (S)',
    unit: 'steps',
    default: '250e3',
    style: 'si',
    min: 1,
    max: 1e21,
  },
  {
    kind: 'quantity',
    name: 'B',
    label: 'Batch size (B)',
    unit: 'tokens',
    default: '524288',
    style: 'si',
    min: 1,
    max: 1e21,
    optional: true,
    help: '512 × 1024 tokens in Kaplan’s runs. Empty: S is taken as S_min.',
  },
  {
    kind: 'choice',
    name: 'set',
    label: 'Constants for L(N, D)',
    default: 'sec4.2',
    options: [
      { value: 'sec4.2', label: 'Sec. 4.2 fit (α_D 0.103)' },
      { value: 'sec1', label: 'Sec. 1 laws (α_D 0.095)' },
    ],
  },
];

/** A point of a chart line. */
export interface Point {
  x: number;
  y: number;
}

export type KaplanResults = Record<
  | 'lossN'
  | 'lossD'
  | 'lossC'
  | 'lossND'
  | 'lossNS'
  | 'criticalBatch'
  | 'dMin'
  | 'overfitPenalty'
  | 'nOpt',
  number
> & {
  /** L(N) (Eq. 1.1) and L(N, D) at the given D, over N. */
  curvesN: { name: string; points: Point[] }[];
  /** L(D) (Eq. 1.2) and L(N, D) at the given N, over D. */
  curvesD: { name: string; points: Point[] }[];
  /** The reader's model on each chart: (N, L(N, D)) and (D, L(N, D)). */
  markN: Point & { label: string };
  markD: Point & { label: string };
};

/** A grid from 1/1000 to 1000 times the input, at least over [lo, hi], for drawing a power law around it. */
const around = (v: number, lo: number, hi: number) =>
  makeLogGrid(Math.min(lo, v / 1e3), Math.max(hi, v * 1e3), 61);

/** Every Kaplan et al. 2020 law at once: L(N), L(D), L(C_min), L(N, D), L(N, S), B_crit, the overfitting bound and N_opt. */
export const kaplan: CalculatorDef<KaplanResults> = {
  slug: 'kaplan',
  title: 'Kaplan scaling laws',
  params: kaplanParams,
  results: [
    {
      name: 'lossN',
      label: 'L(N), enough data',
      unit: 'nats/token',
      style: 'plain',
      help: 'Eq. 1.1',
    },
    {
      name: 'lossD',
      label: 'L(D), large model',
      unit: 'nats/token',
      style: 'plain',
      help: 'Eq. 1.2',
    },
    {
      name: 'lossC',
      label: 'L(C_min), compute-efficient',
      unit: 'nats/token',
      style: 'plain',
      help: 'Eq. 1.3',
    },
    {
      name: 'lossND',
      label: 'L(N, D)',
      unit: 'nats/token',
      style: 'plain',
      help: 'Eq. 1.5, early stopping',
    },
    {
      name: 'lossNS',
      label: 'L(N, S)',
      unit: 'nats/token',
      style: 'plain',
      help: 'Eq. 1.6 with S_min from Eq. 5.4',
    },
    {
      name: 'criticalBatch',
      label: 'Critical batch at L(N, S)',
      unit: 'tokens',
      style: 'si',
      help: 'Eq. 1.4',
    },
    {
      name: 'dMin',
      label: 'Tokens to avoid overfitting',
      unit: 'tokens',
      style: 'si',
      help: 'D ≳ 5 × 10³ · N^0.74 (Sec. 4.2)',
    },
    {
      name: 'overfitPenalty',
      label: 'Overfitting penalty δL',
      style: 'plain',
      help: 'L(N, D)/L(N, ∞) − 1; 0.02 is run-to-run noise',
    },
    {
      name: 'nOpt',
      label: 'Compute-efficient N at C_min',
      unit: 'parameters',
      style: 'si',
      help: '1.3 × 10⁹ · C_min^0.73 (Table 6)',
    },
  ],
  presets: [
    {
      id: 'kaplan-1b',
      label: '1B on WebText2',
      values: { N: '1e9', D: '22.9e9', Cmin: '1', S: '250e3', B: '524288', set: 'sec4.2' },
      source:
        'Kaplan et al. 2020, Sec. 2.2–2.3: 250k steps of 512 × 1024 tokens; WebText2 has 2.29e10 tokens',
    },
    {
      id: 'gpt3',
      label: 'GPT-3 175B',
      values: { N: '174.6e9', D: '300e9', Cmin: '3640', S: '93.75e3', B: '3.2M', set: 'sec4.2' },
      source:
        'Brown et al. 2020, Tables 2.1 and D.1: 300B tokens at a 3.2M-token batch, 3.14e23 FLOPs ≈ 3,640 PF-days',
    },
    {
      id: 'intersection',
      label: 'Where the laws meet',
      values: { N: '1T', D: '1T', Cmin: '1e4', S: '250e3', B: '', set: 'sec4.2' },
      source:
        'Kaplan et al. 2020, Eq. 6.8: C* ≈ 10⁴ PF-days, N* ≈ 10¹² parameters, D* ≈ 10¹² tokens, L* ≈ 1.7 nats/token',
    },
  ],
  compute(values) {
    const N = need(values, 'N');
    const D = need(values, 'D');
    const Cmin = need(values, 'Cmin');
    const S = need(values, 'S');
    const B = num(values, 'B');
    const set = String(values['set']) as KaplanNDSet;
    if (!(set in KAPLAN_ND_CONSTANTS))
      throw new InputError(`Constants must be sec4.2 or sec1, got ${set}`, 'set');
    const lossN = withFields('N', () => predictKaplanLossN(N));
    const lossD = withFields('D', () => predictKaplanLossD(D));
    const lossND = withFields('D', () => predictKaplanLossND(N, D, set));
    const lossNS = withFields('S', () => predictKaplanLossNS(N, S, B));
    const ns = around(N, 1e5, 1e12);
    const ds = around(D, 1e7, 1e13);
    return {
      lossN,
      lossD,
      lossC: withFields('Cmin', () => predictKaplanLossCmin(Cmin)),
      lossND,
      lossNS,
      criticalBatch: withFields('S', () => computeCriticalBatch(lossNS)),
      dMin: withFields('N', () => minTokensToAvoidOverfitting(N)),
      overfitPenalty: withFields('D', () => computeOverfittingPenalty(N, D, set)),
      nOpt: withFields('Cmin', () => allocateKaplanCompute(Cmin).params),
      markN: { x: N, y: lossND, label: 'your N, D' },
      markD: { x: D, y: lossND, label: 'your N, D' },
      curvesN: withFields('N', () => [
        { name: 'L(N), Eq. 1.1', points: ns.map((x) => ({ x, y: predictKaplanLossN(x) })) },
        {
          name: 'L(N, D) at your D',
          points: ns.map((x) => ({ x, y: predictKaplanLossND(x, D, set) })),
        },
      ]),
      curvesD: withFields('D', () => [
        { name: 'L(D), Eq. 1.2', points: ds.map((x) => ({ x, y: predictKaplanLossD(x) })) },
        {
          name: 'L(N, D) at your N',
          points: ds.map((x) => ({ x, y: predictKaplanLossND(N, x, set) })),
        },
      ]),
    };
  },
};
