/**
 * /labs/fit-choices/: Chinchilla's Approach 3 refitted one choice at a time (Besiroglu et al.
 * 2024): the parameter table and the results; the compute its worker runs is computeFitChoices.ts.
 */
import type { ResultSpec } from '../calculator';
import { makeFigure4Replica } from '../makeFigure4Replica';
import type { ParamTable } from '../paramTable';

/** Chinchilla's budget, the FLOPs used to train Gopher (Hoffmann et al. 2022, Fig. 2 caption): 5.76·10²³. */
export const CHINCHILLA_BUDGET = 5.76e23;

/**
 * The built-in runs as CSV: makeFigure4Replica's 243 synthetic runs (Fig. 4's design, Epoch's
 * refit as the truth, 1% seeded noise), labelled synthetic on the page.
 */
export function replicaCsv(): string {
  const rows = makeFigure4Replica().map(
    (r) => `${r.N.toExponential(4)},${r.D.toExponential(4)},${r.loss.toFixed(5)}`,
  );
  return ['N,D,loss', ...rows].join('\n');
}

const choice = (name: string, label: string, values: [string, string][], help: string) => ({
  kind: 'choice' as const,
  name,
  label,
  default: values[0]![0],
  options: values.map(([value, text]) => ({ value, label: text })),
  help,
});

/** The lab's URL parameters: the runs, then one parameter per choice. */
export const fitChoicesParams: ParamTable = [
  {
    kind: 'text',
    name: 'csv',
    label: 'Runs (CSV)',
    default: replicaCsv(),
    rows: 8,
    maxLength: 400_000,
    help: 'Columns N and D (or N and C) and loss, as in fit-runs. The default is a synthetic replica of Fig. 4’s design.',
  },
  choice(
    'objective',
    'Huber terms',
    [
      ['sum', 'summed (Epoch)'],
      ['mean', 'averaged (as Hoffmann et al.’s fit behaved)'],
    ],
    'A mean is the sum ÷ the number of runs.',
  ),
  {
    kind: 'quantity',
    name: 'delta',
    label: 'Huber δ',
    unit: 'nats (log loss)',
    default: '1e-3',
    min: 0,
    minExclusive: true,
    max: 10,
    help: 'Hoffmann et al. 2022, Sec. 3.3: 10⁻³',
  },
  choice(
    'stop',
    'Stopping rule',
    [
      ['scipy', 'SciPy L-BFGS-B defaults'],
      ['tight', 'tight: run to convergence'],
    ],
    'SciPy: gtol 10⁻⁵, ftol 2.2·10⁻⁹·max(|f|, 1)',
  ),
  choice(
    'starts',
    'Starting points',
    [
      ['grid', 'Hoffmann et al.’s grid (4,500)'],
      ['single', 'one start'],
    ],
    'App. D.2',
  ),
  {
    kind: 'quantity',
    name: 'drop',
    label: 'Leave out the highest-loss runs',
    unit: 'runs',
    default: '5',
    min: 0,
    max: 4999,
    integer: true,
    help: 'Epoch dropped 5',
  },
  choice(
    'report',
    'Report',
    [
      ['unrounded', 'the fit’s own digits'],
      ['rounded', 'rounded as printed (1.69, 406.4, …)'],
    ],
    'Hoffmann et al. printed E, α, β to 2 decimals, A, B to 1',
  ),
];

/** The lab's `[data-result]` elements. */
export const FIT_CHOICES_RESULTS: readonly ResultSpec[] = [
  { name: 'E', label: 'E', unit: 'nats/token', style: 'plain' },
  { name: 'A', label: 'A', style: 'plain' },
  { name: 'B', label: 'B', style: 'plain' },
  { name: 'alpha', label: 'α', style: 'plain' },
  { name: 'beta', label: 'β', style: 'plain' },
  { name: 'a', label: 'a = β/(α+β): N_opt ∝ C^a', style: 'plain' },
  { name: 'b', label: 'b = α/(α+β)', style: 'plain' },
  {
    name: 'objective',
    label: 'Summed Huber objective at these values',
    style: 'scientific',
    help: 'always the sum, so rows compare',
  },
  { name: 'iterations', label: 'L-BFGS iterations (best start)', style: 'plain' },
  { name: 'converged', label: 'Stopping rule says converged (1/0)', style: 'plain' },
  {
    name: 'gradient',
    label: 'Largest gradient of the sum there',
    style: 'scientific',
    help: 'near 0 at the optimum',
  },
  {
    name: 'tokensPerParam',
    label: 'Tokens per parameter at 5.76·10²³ FLOPs',
    style: 'plain',
  },
];

/** One row of the lab's table: a fit's parameters and what they imply on the current runs. */
// A type, not an interface, so it is a Record<string, unknown> that ResultCard accepts.
export type FitChoicesRow = {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
  a: number;
  b: number;
  objective: number;
  gradient: number;
  tokensPerParam: number;
};

/** The lab's results: the fit's row, how the optimiser ended, and the two papers' rows on the same runs. */
export type FitChoicesResults = FitChoicesRow & {
  iterations: number;
  converged: number;
  runs: number;
  references: { label: string; row: FitChoicesRow }[];
};

/**
 * A short name for the choices of a link, for the table's rows.
 * @example describeChoices({ objective: 'mean', delta: '1e-3', stop: 'scipy', starts: 'grid', drop: '5', report: 'unrounded' }) // 'mean · δ 1e-3 · scipy · grid · drop 5 · unrounded'
 */
export function describeChoices(raw: Readonly<Record<string, string>>): string {
  return [
    raw['objective'],
    `δ ${raw['delta']}`,
    raw['stop'],
    raw['starts'],
    `drop ${raw['drop']}`,
    raw['report'],
  ].join(' · ');
}
