import { makeBootstrap } from '../bootstrapFit';
import { type CalculatorDef, withFields } from '../calculator';
import { chinchillaFrontier } from '../chinchillaFrontier';
import { CHINCHILLA_PARAMETER_SETS, predictChinchillaLoss } from '../chinchillaLoss';
import { type ChinchillaFit, fitChinchilla } from '../fitChinchilla';
import type { ParamTable, ParamValue } from '../paramTable';
import { type Run, parseRunsCsv } from '../parseRunsCsv';
import { makeNormal, makeRandom } from '../random';
import { makeLogGrid } from '../makeLogGrid';
import { makeWarmRefit } from '../makeWarmRefit';

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
const MAX_CSV_LENGTH = 400_000;

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

const PARAMS = ['E', 'A', 'B', 'alpha', 'beta', 'a', 'b'] as const;
type Name = (typeof PARAMS)[number];

export type FitRunsResults = Record<Name, number> &
  Partial<Record<`${Name}Low` | `${Name}High`, number>> & {
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

/** /calculators/fit-runs/: Chinchilla's Approach 3 on your own runs, with bootstrap intervals. */
export const fitRuns: CalculatorDef<FitRunsResults> = {
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
  compute: (values) => computeFitRuns(values),
};

/** The full-data fit of fit-runs, before any resample: the runs, the fit and its results without intervals. */
export interface FitRunsEstimate {
  runs: Run[];
  fit: ChinchillaFit;
  results: FitRunsResults;
}

/**
 * fit-runs' first stage: parse the CSV and fit it from Hoffmann et al.'s 4,500-start grid
 * (fitChinchilla). Its results carry no intervals yet (resamplesDone 0); the page shows them at
 * once while `makeFitRunsBootstrap` fills the intervals in. Throws InputError on the csv field.
 * @example estimateFitRuns({ csv: exampleRunsCsv() }).results.alpha // ≈ 0.3143 (the law that drew them has 0.34; 1% noise)
 */
export function estimateFitRuns(
  values: Readonly<Record<string, ParamValue>>,
  resamples: number = FIT_RUNS_RESAMPLES,
): FitRunsEstimate {
  const runs = parseRunsCsv(String(values['csv'] ?? ''));
  const fit = withFields({ points: 'csv', N: 'csv', D: 'csv', loss: 'csv' }, () =>
    fitChinchilla(runs),
  );
  const results: FitRunsResults = {
    ...pick(fit),
    objective: fit.objective,
    runs: runs.length,
    resamplesDone: 0,
    resamplesTotal: resamples,
    bootstrapOk: 0,
    points: runs.map((r) => ({ ...r, fitted: fit.predict(r.N, r.D) })),
    frontier: frontierOf(fit),
  };
  return { runs, fit, results };
}

/**
 * fit-runs' second stage: the seeded bootstrap (seed 1, 10th and 90th percentiles) of an
 * estimate, one warm-started resample per `step()` (makeWarmRefit). `results()` is the estimate
 * with the intervals over the resamples so far, from FIT_RUNS_FIRST_INTERVAL fitted resamples on.
 * @example const boot = makeFitRunsBootstrap(estimateFitRuns(values)); while (boot.step()); boot.results().alphaLow
 */
export function makeFitRunsBootstrap(estimate: FitRunsEstimate) {
  const refit = makeWarmRefit(estimate.fit);
  const boot = makeBootstrap(estimate.runs, (sample: Run[]) => pick(refit(sample)), {
    seed: 1,
    resamples: estimate.results.resamplesTotal,
    quantiles: [0.1, 0.9],
  });
  const results = (): FitRunsResults => {
    const so = boot.result();
    const intervals =
      so && so.succeeded >= Math.min(FIT_RUNS_FIRST_INTERVAL, boot.total)
        ? Object.fromEntries(
            PARAMS.flatMap((k) => [
              [`${k}Low`, so.percentiles[k][0]],
              [`${k}High`, so.percentiles[k][1]],
            ]),
          )
        : {};
    return {
      ...estimate.results,
      ...intervals,
      resamplesDone: boot.done(),
      bootstrapOk: so?.succeeded ?? 0,
    };
  };
  return { total: boot.total, done: boot.done, step: boot.step, results };
}

/**
 * fit-runs' compute, both stages at once: the estimate and all its resamples (the worker runs
 * the same two stages, posting the estimate first and the intervals as they fill in).
 */
export function computeFitRuns(
  values: Readonly<Record<string, ParamValue>>,
  resamples: number = FIT_RUNS_RESAMPLES,
): FitRunsResults {
  const boot = makeFitRunsBootstrap(estimateFitRuns(values, resamples));
  while (boot.step());
  return boot.results();
}

/**
 * Runs in the pasted CSV, or undefined when it is refused or does not parse (the fit says why).
 * @example countPastedRuns('N,D,loss\n1e9,2e10,2.5\n2e9,2e10,2.4') // 2
 */
export function countPastedRuns(csv: string): number | undefined {
  if (csv.length > MAX_CSV_LENGTH) return undefined; // refused before any parse
  try {
    return parseRunsCsv(csv).length;
  } catch {
    return undefined;
  }
}

/**
 * What the page says while a paste is being fitted and the results on screen are stale: the
 * number of runs parsed from it, counted once, until the new estimate replaces the old results.
 * @example makeFittingMessage(csvOf240Runs) // 'Fitting 240 runs…'
 */
export function makeFittingMessage(csv: string): string {
  const n = countPastedRuns(csv);
  return n === undefined
    ? 'Reading the pasted runs…'
    : `Fitting ${n.toLocaleString('en-US')} ${n === 1 ? 'run' : 'runs'}…`;
}

/** The fit's seven numbers, E, A, B, α, β, a, b (Hoffmann et al. 2022, Eqs. 2 and 4), as plain data a worker can send. */
export function pick(fit: ChinchillaFit): Record<Name, number> {
  return { E: fit.E, A: fit.A, B: fit.B, alpha: fit.alpha, beta: fit.beta, a: fit.a, b: fit.b };
}

/** N_opt against C (Eq. 4) for this fit beside the printed and Epoch's, 10¹⁸–10²⁶ FLOPs. */
function frontierOf(fit: ChinchillaFit): { x: number; y: number; fit: string }[] {
  const sets = [
    ['your fit', { ...fit, source: 'your runs' }],
    ['Hoffmann et al. 2022', CHINCHILLA_PARAMETER_SETS.hoffmann2022],
    ['Besiroglu et al. 2024', CHINCHILLA_PARAMETER_SETS.besiroglu2024],
  ] as const;
  return sets.flatMap(([name, p]) =>
    makeLogGrid(1e18, 1e26, 17).map((C) => ({
      x: C,
      y: chinchillaFrontier(C, p).params,
      fit: name,
    })),
  );
}

/** The results as CSV for download: parameter, estimate, 10th and 90th percentile. */
export function resultsCsv(r: FitRunsResults): string {
  const rows = PARAMS.map((k) => [k, r[k], r[`${k}Low`] ?? '', r[`${k}High`] ?? ''].join(','));
  return (
    ['parameter,estimate,p10,p90', ...rows, `objective,${r.objective},,`, `runs,${r.runs},,`].join(
      '\n',
    ) + '\n'
  );
}
