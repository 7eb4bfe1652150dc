/**
 * /labs/fit-choices/: Chinchilla's Approach 3 refitted one choice at a time (Besiroglu et al.
 * 2024): the parameter table, the results and the pure compute the lab's worker runs.
 */
import { type ResultSpec, withFields } from '../calculator';
import { type ChinchillaParams, CHINCHILLA_PARAMETER_SETS } from '../chinchillaLoss';
import { chinchillaFrontier } from '../chinchillaFrontier';
import { dropHighestLosses } from '../dropHighestLosses';
import { CHINCHILLA_HUBER_DELTA } from '../fitChinchilla';
import { type FitChoices, fitChinchillaWithChoices } from '../fitChinchillaWithChoices';
import { makeChinchillaObjective } from '../makeChinchillaObjective';
import { makeFigure4Replica } from '../makeFigure4Replica';
import type { ParamTable, ParamValue } from '../paramTable';
import { parseRunsCsv, type Run } from '../parseRunsCsv';
import { roundAsPrinted } from '../roundAsPrinted';

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

/** E, A, B, α, β and the summed objective, its gradient and tokens per parameter they give on `runs`. */
function rowOf(p: Omit<ChinchillaParams, 'source'>, runs: readonly Run[], delta: number) {
  const g = new Float64Array(5);
  const x = Float64Array.of(Math.log(p.A), Math.log(p.B), Math.log(p.E), p.alpha, p.beta);
  const objective = makeChinchillaObjective(runs, delta)(x, g);
  const frontier = chinchillaFrontier(CHINCHILLA_BUDGET, { ...p, source: '' });
  return {
    ...{ E: p.E, A: p.A, B: p.B, alpha: p.alpha, beta: p.beta },
    a: frontier.a,
    b: frontier.b,
    objective,
    gradient: Math.max(...g.map(Math.abs)),
    tokensPerParam: frontier.tokensPerParam,
  };
}

/**
 * The lab's compute: parse the runs, drop the highest losses, fit with the chosen objective,
 * δ, stopping rule and starts (fitChinchillaWithChoices), report rounded or not, and evaluate
 * Hoffmann et al.'s printed fit and Epoch's refit on the same runs. `onProgress` hears each
 * start under stop=scipy.
 * @example computeFitChoices({ csv, objective: 'mean', delta: 1e-3, stop: 'scipy', starts: 'grid', drop: 5, report: 'unrounded' }).a
 */
export function computeFitChoices(
  values: Readonly<Record<string, ParamValue>>,
  onProgress?: (done: number, total: number) => void,
): FitChoicesResults {
  const all = parseRunsCsv(String(values['csv'] ?? ''));
  const runs = dropHighestLosses(all, Number(values['drop'] ?? 0));
  const delta = Number(values['delta'] ?? CHINCHILLA_HUBER_DELTA);
  const choices = {
    objective: values['objective'] === 'mean' ? 'mean' : 'sum',
    delta,
    stop: values['stop'] === 'tight' ? 'tight' : 'scipy',
    starts: values['starts'] === 'single' ? 'single' : 'grid',
  } satisfies FitChoices;
  const fit = withFields({ points: 'csv', N: 'csv', D: 'csv', loss: 'csv' }, () =>
    fitChinchillaWithChoices(runs, choices, { onProgress }),
  );
  const [logA, logB, logE, alpha, beta] = fit.x;
  const own = { E: Math.exp(logE), A: Math.exp(logA), B: Math.exp(logB), alpha, beta };
  const reported = values['report'] === 'rounded' ? roundAsPrinted(own) : own;
  return {
    ...rowOf(reported, runs, delta),
    iterations: fit.iterations,
    converged: fit.converged ? 1 : 0,
    runs: runs.length,
    references: [
      {
        label: 'Hoffmann et al. 2022, as printed',
        row: rowOf(CHINCHILLA_PARAMETER_SETS.hoffmann2022, runs, delta),
      },
      {
        label: 'Besiroglu et al. 2024 (Epoch) refit',
        row: rowOf(CHINCHILLA_PARAMETER_SETS.besiroglu2024, runs, delta),
      },
    ],
  };
}

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
