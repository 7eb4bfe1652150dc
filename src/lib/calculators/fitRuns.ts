import { makeBootstrap } from '../bootstrapFit';
import { type CalculatorDef, withFields } from '../calculator';
import {
  FIT_RUNS_FIRST_INTERVAL,
  FIT_RUNS_PARAMS,
  FIT_RUNS_RESAMPLES,
  type FitRunsParam,
  type FitRunsResults,
  MAX_CSV_LENGTH,
  fitRunsView,
} from './fitRunsView';
import { chinchillaFrontier } from '../chinchillaFrontier';
import { CHINCHILLA_PARAMETER_SETS } from '../chinchillaLoss';
import { type ChinchillaFit, fitChinchilla } from '../fitChinchilla';
import type { ParamValue } from '../paramTable';
import { type Run, parseRunsCsv } from '../parseRunsCsv';
import { makeLogGrid } from '../makeLogGrid';
import { makeWarmRefit } from '../makeWarmRefit';

/** /calculators/fit-runs/: Chinchilla's Approach 3 on your own runs, with bootstrap intervals. */
export const fitRuns: CalculatorDef<FitRunsResults> = {
  ...fitRunsView,
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
            FIT_RUNS_PARAMS.flatMap((k) => [
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

/** The fit's seven numbers, E, A, B, α, β, a, b (Hoffmann et al. 2022, Eqs. 2 and 4), as plain data a worker can send. */
export function pick(fit: ChinchillaFit): Record<FitRunsParam, number> {
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
