/**
 * The light half of fit-runs: what its page needs before any fit (the example runs, the
 * parameter table, the result list, the busy message, the CSV of results). The fit itself is in
 * fitRuns.ts, which only the worker loads.
 */
import type { CalculatorView } from '../calculator';
import { predictChinchillaLoss } from '../chinchillaLoss';
import type { ParamTable } from '../paramTable';
import { makeNormal, makeRandom } from '../random';

/**
 * An example sweep to start from: 45 runs drawn from Hoffmann et al.'s printed law (App. D.2)
 * at 9 sizes × 5 token counts with 1% seeded log-normal noise, so the page works without data.
 */
export function exampleRunsCsv(): string {
  const normal = makeNormal(makeRandom(7));
  const lines = ['N,D,loss'];
  for (const N of [4e7, 8e7, 1.6e8, 3.2e8, 6.4e8, 1.3e9, 2.6e9, 5e9, 1e10]) {
    for (const D of [2e9, 8e9, 3.2e10, 1.3e11, 5e11]) {
      const loss = predictChinchillaLoss(N, D, 'hoffmann2022') * Math.exp(0.01 * normal());
      lines.push(`${N.toExponential(2)},${D.toExponential(2)},${loss.toFixed(4)}`);
    }
  }
  return lines.join('\n');
}

/** Longest paste accepted, in characters (about 5,000 runs of three numbers). */
export const MAX_CSV_LENGTH = 400_000;

export const fitRunsParams: ParamTable = [
  {
    kind: 'text',
    name: 'csv',
    label: 'Runs (CSV)',
    default: exampleRunsCsv(),
    rows: 10,
    maxLength: MAX_CSV_LENGTH,
    help: 'Columns N and D (or N and C) and loss; header names matched loosely; 70B and 1.4T accepted.',
  },
];

/** The fit's seven numbers, in the order the page and the CSV list them. */
export const FIT_RUNS_PARAMS = ['E', 'A', 'B', 'alpha', 'beta', 'a', 'b'] as const;
/** One of FIT_RUNS_PARAMS. */
export type FitRunsParam = (typeof FIT_RUNS_PARAMS)[number];

export type FitRunsResults = Record<FitRunsParam, number> &
  Partial<Record<`${FitRunsParam}Low` | `${FitRunsParam}High`, number>> & {
    objective: number;
    runs: number;
    /** Resamples fitted so far (the estimate alone: 0), and how many are planned. */
    resamplesDone: number;
    resamplesTotal: number;
    bootstrapOk: number;
    points: { N: number; D: number; loss: number; fitted: number }[];
    frontier: { x: number; y: number; fit: string }[];
  };

/**
 * Bootstrap resamples: 1,000. Each is a warm-started refit (`makeWarmRefit`, ≈ 240 objective
 * evaluations on 240 runs), so all 1,000 take seconds, where Hoffmann et al.'s 100 (Table 2)
 * from the full grid each took ~0.6 s. Epoch used 4,000; at 1,000 the Monte Carlo error of a
 * 10th or 90th percentile is about ±1 percentile point (√(0.1·0.9/1000) ≈ 0.0095), ±2% of the
 * 10–90% width for a normal spread, for a quarter of 4,000's time.
 */
export const FIT_RUNS_RESAMPLES = 1000;

/** Intervals are shown once this many resamples have fitted, so a 10th percentile rests on at least 2 values below it. */
export const FIT_RUNS_FIRST_INTERVAL = 20;

/**
 * /calculators/fit-runs/ as its page shows it: parameters, results and presets, without the
 * fitter (fitRuns.ts adds compute), so the page's island loads neither the fitter nor the CSV
 * parser: only its worker does.
 */
export const fitRunsView: CalculatorView<FitRunsResults> = {
  slug: 'fit-runs',
  title: 'Fit your runs',
  params: fitRunsParams,
  results: [
    { name: 'E', label: 'E (irreducible loss)', unit: 'nats/token', style: 'plain' },
    { name: 'A', label: 'A', style: 'plain' },
    { name: 'B', label: 'B', style: 'plain' },
    { name: 'alpha', label: 'α (size exponent)', style: 'plain' },
    { name: 'beta', label: 'β (data exponent)', style: 'plain' },
    { name: 'a', label: 'a: N_opt ∝ C^a', style: 'plain' },
    { name: 'b', label: 'b: D_opt ∝ C^b', style: 'plain' },
    {
      name: 'alphaLow',
      label: 'α, 10th percentile',
      style: 'plain',
      help: `bootstrap, ${FIT_RUNS_RESAMPLES.toLocaleString('en-US')} resamples`,
    },
    { name: 'alphaHigh', label: 'α, 90th percentile', style: 'plain' },
    { name: 'aLow', label: 'a, 10th percentile', style: 'plain' },
    { name: 'aHigh', label: 'a, 90th percentile', style: 'plain' },
    {
      name: 'objective',
      label: 'Huber objective',
      style: 'scientific',
      help: 'sum over runs, δ = 10⁻³',
    },
  ],
  presets: [
    {
      id: 'example',
      label: 'Example sweep (45 runs)',
      values: { csv: exampleRunsCsv() },
      source: 'Synthetic: Hoffmann et al. 2022 App. D.2 law with 1% noise',
    },
  ],
};

/**
 * What the page says while a paste is being fitted and the results on screen are stale: the
 * number of runs the worker parsed from it (its first message), until the new estimate replaces
 * the old results.
 * @example makeFittingMessage(240) // 'Fitting 240 runs…'
 */
export function makeFittingMessage(runs: number | undefined): string {
  return runs === undefined
    ? 'Reading the pasted runs…'
    : `Fitting ${runs.toLocaleString('en-US')} ${runs === 1 ? 'run' : 'runs'}…`;
}

/** The results as CSV for download: parameter, estimate, 10th and 90th percentile. */
export function resultsCsv(r: FitRunsResults): string {
  const rows = FIT_RUNS_PARAMS.map((k) =>
    [k, r[k], r[`${k}Low`] ?? '', r[`${k}High`] ?? ''].join(','),
  );
  return (
    ['parameter,estimate,p10,p90', ...rows, `objective,${r.objective},,`, `runs,${r.runs},,`].join(
      '\n',
    ) + '\n'
  );
}
