import { bootstrapFit } from '../bootstrapFit';
import { type CalculatorDef, withFields } from '../calculator';
import { chinchillaFrontier } from '../chinchillaFrontier';
import { CHINCHILLA_PARAMETER_SETS, predictChinchillaLoss } from '../chinchillaLoss';
import { type ChinchillaFit, fitChinchilla } from '../fitChinchilla';
import type { ParamTable, ParamValue } from '../paramTable';
import { type Run, parseRunsCsv } from '../parseRunsCsv';
import { makeNormal, makeRandom } from '../random';
import { makeLogGrid } from '../makeLogGrid';

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
    bootstrapOk: number;
    points: { N: number; D: number; loss: number; fitted: number }[];
    frontier: { x: number; y: number; fit: string }[];
  };

/** Bootstrap resamples refit from the full-data optimum (one L-BFGS run each): 100 fits in about a second. */
const RESAMPLES = 100;

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
      help: `bootstrap, ${RESAMPLES} resamples`,
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

/** How far a fit has got: bootstrap refits done of `total` (the main fit before them reports nothing). */
export interface FitRunsProgress {
  refits: number;
  total: number;
}

/**
 * fit-runs' compute, telling `onProgress` after each bootstrap refit (the worker forwards it to
 * the page, which shows "Fitting 240 runs… 37 of 100 bootstrap refits done").
 */
export function computeFitRuns(
  values: Readonly<Record<string, ParamValue>>,
  onProgress?: (p: FitRunsProgress) => void,
): FitRunsResults {
  const runs = parseRunsCsv(String(values['csv'] ?? ''));
  return withFields({ points: 'csv', N: 'csv', D: 'csv', loss: 'csv' }, () => {
    const fit = fitChinchilla(runs);
    const start = [{ a: fit.logA, b: fit.logB, e: fit.logE, alpha: fit.alpha, beta: fit.beta }];
    let refits = 0;
    const refit = (sample: Run[]) => {
      try {
        return pick(fitChinchilla(sample, { starts: start }));
      } finally {
        onProgress?.({ refits: ++refits, total: RESAMPLES });
      }
    };
    const boot = bootstrapFit(runs, refit, {
      seed: 1,
      resamples: RESAMPLES,
      quantiles: [0.1, 0.9],
    });
    const intervals = Object.fromEntries(
      PARAMS.flatMap((k) => [
        [`${k}Low`, boot.percentiles[k][0]],
        [`${k}High`, boot.percentiles[k][1]],
      ]),
    );
    return {
      ...pick(fit),
      ...intervals,
      objective: fit.objective,
      runs: runs.length,
      bootstrapOk: boot.succeeded,
      points: runs.map((r) => ({ ...r, fitted: fit.predict(r.N, r.D) })),
      frontier: frontierOf(fit),
    };
  });
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
 * number of runs parsed from it (counted once, here), then the bootstrap refits done as they come.
 * @example makeFittingMessage(csvOf240Runs)({ refits: 37, total: 100 }) // 'Fitting 240 runs… 37 of 100 bootstrap refits done'
 */
export function makeFittingMessage(csv: string): (progress?: FitRunsProgress) => string {
  const n = countPastedRuns(csv);
  const head =
    n === undefined
      ? 'Reading the pasted runs…'
      : `Fitting ${n.toLocaleString('en-US')} ${n === 1 ? 'run' : 'runs'}…`;
  return (progress) =>
    progress ? `${head} ${progress.refits} of ${progress.total} bootstrap refits done` : head;
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
