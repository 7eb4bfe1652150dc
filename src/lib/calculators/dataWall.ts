import { type CalculatorDef, list, need, withFields } from '../calculator';
import { InputError } from '../errors';
import { findOverfittingKnee } from '../findOverfittingKnee';
import {
  KAPLAN_ND_CONSTANTS,
  KAPLAN_PENALTY_TOLERANCE,
  computeOverfittingPenalty,
  minTokensToAvoidOverfitting,
  predictKaplanLossND,
} from '../kaplanLossND';
import { POSITIVE, type ParamTable, quantityParam } from '../paramTable';
import { makeLogGrid } from '../makeLogGrid';

/** At least one parameter or token, and at most 10³⁰: beyond that the laws' powers overflow (the curve spans N/1000 to 1000·N). */
const FINITE_COUNT = { min: 1, max: 1e30 } as const;

export const dataWallParams: ParamTable = [
  {
    kind: 'quantity',
    name: 'N',
    label: 'Parameters (N)',
    unit: 'non-embedding',
    default: '1e9',
    ...FINITE_COUNT,
    style: 'si',
  },
  {
    kind: 'quantity',
    name: 'D',
    label: 'Training tokens (D)',
    unit: 'tokens',
    default: '5e9',
    ...FINITE_COUNT,
    style: 'si',
  },
  {
    kind: 'list',
    name: 'x',
    label: 'Sweep sizes at this D (optional)',
    unit: 'parameters',
    optional: true,
    ...POSITIVE,
    minItems: 3,
    help: 'Sizes of a sweep trained on D tokens each.',
  },
  {
    kind: 'list',
    name: 'y',
    label: 'Sweep losses',
    unit: 'nats/token',
    optional: true,
    ...POSITIVE,
    minItems: 3,
  },
  quantityParam('tol', 'Knee threshold (relative excess)', '', String(KAPLAN_PENALTY_TOLERANCE), {
    max: 10,
    style: 'plain',
    help: 'Relative, like δL: 0.02 flags a loss 2% above the law, the penalty Kaplan tolerates (Sec. 4.2).',
  }),
];

export type DataWallResults = {
  /** The size the single-model results are for. */
  N: number;
  dMin: number;
  overfitPenalty: number;
  bottlenecked: number;
  lossND: number;
  lossN: number;
  kneeN?: number;
  kneeIndex?: number;
  /** The sweep by size, with `law` = (N_c/N)^α of the sizes below the knee at each N. */
  sweep?: { N: number; loss: number; law: number }[];
  sweepFit?: { alpha: number; Nc: number };
  curve: { x: number; nd: number; n: number }[];
};

/** /calculators/data-wall/: Kaplan's overfitting criterion, the penalty, and the knee of a sweep. */
export const dataWall: CalculatorDef<DataWallResults> = {
  slug: 'data-wall',
  title: 'Data wall',
  params: dataWallParams,
  results: [
    {
      name: 'dMin',
      label: 'Tokens to avoid overfitting',
      unit: 'tokens',
      style: 'si',
      help: '5·10³·N^0.74 (Kaplan Sec. 4.2)',
    },
    {
      name: 'overfitPenalty',
      label: 'Overfitting penalty δL',
      unit: 'relative',
      style: 'plain',
      help: 'L(N, D)/L(N, ∞) − 1',
    },
    {
      name: 'bottlenecked',
      label: 'Data-bottlenecked (1 = yes)',
      style: 'plain',
      help: 'D below the criterion',
    },
    {
      name: 'lossND',
      label: 'L(N, D)',
      unit: 'nats/token',
      style: 'plain',
      help: 'Eq. 1.5, Sec. 4.2 fit',
    },
    {
      name: 'lossN',
      label: 'L(N) with unlimited data',
      unit: 'nats/token',
      style: 'plain',
      help: 'the same fit at D → ∞',
    },
    {
      name: 'kneeN',
      label: 'Sweep knee at N',
      unit: 'parameters',
      style: 'si',
      help: 'first size above the smaller sizes’ law by more than the threshold',
    },
  ],
  presets: [
    {
      id: 'kaplan-sweep',
      label: 'Synthetic sweep at D = 1B',
      values: {
        N: '1e9',
        D: '1e9',
        x: '1e6,3e6,1e7,3e7,1e8,3e8,1e9,3e9',
        y: sweepAt(1e9, [1e6, 3e6, 1e7, 3e7, 1e8, 3e8, 1e9, 3e9]),
        tol: String(KAPLAN_PENALTY_TOLERANCE),
      },
      source: 'Kaplan et al. 2020 Eq. 1.5 with the Sec. 4.2 fit, evaluated at D = 1e9',
    },
    {
      id: 'gpt3',
      label: 'GPT-3 175B on 300B tokens',
      values: { N: '174.6e9', D: '300e9', x: '', y: '' },
      source: 'Brown et al. 2020, Table D.1 and Table 2.1',
    },
  ],
  compute(values) {
    const N = need(values, 'N');
    const D = need(values, 'D');
    const tol = need(values, 'tol');
    const dMin = minTokensToAvoidOverfitting(N);
    const base = {
      N,
      dMin,
      overfitPenalty: computeOverfittingPenalty(N, D),
      bottlenecked: D < dMin ? 1 : 0,
      lossND: predictKaplanLossND(N, D),
      lossN: lossNFromFit(N),
      curve: makeLogGrid(N / 1000, N * 1000, 49).map((x) => ({
        x,
        nd: predictKaplanLossND(x, D),
        n: lossNFromFit(x),
      })),
    };
    const x = list(values, 'x');
    const y = list(values, 'y');
    if (!x && !y) return base;
    if (!x || !y || x.length !== y.length)
      throw new InputError(
        `Sweep sizes and losses must pair up: ${x?.length ?? 0} sizes but ${y?.length ?? 0} losses`,
        'y',
      );
    const knee = withFields({ x: 'x', points: 'y', N: 'x', loss: 'y' }, () =>
      findOverfittingKnee(
        x.map((n, i) => ({ N: n, loss: y[i]! })),
        tol,
      ),
    );
    return {
      ...base,
      ...(knee.N === null ? {} : { kneeN: knee.N, kneeIndex: knee.index! }),
      sweep: knee.sorted.map((p) => ({ ...p, law: (knee.Nc / p.N) ** knee.alpha })),
      sweepFit: { alpha: knee.alpha, Nc: knee.Nc },
    };
  },
};

/** L(N) as the Sec. 4.2 fit gives it at D → ∞, to draw beside L(N, D). */
function lossNFromFit(N: number): number {
  const c = KAPLAN_ND_CONSTANTS['sec4.2'];
  return (c.Nc / N) ** c.alphaN;
}

/** Losses of a sweep at fixed D from Kaplan's L(N, D), as preset text (4 significant digits). */
function sweepAt(D: number, sizes: readonly number[]): string {
  return sizes.map((N) => predictKaplanLossND(N, D).toPrecision(4)).join(',');
}
