// Web Worker entry: runs a calculator's compute off the main thread so typing never waits for a
// fit. Comlink (a maintained RPC layer over postMessage) carries the calls.
import * as Comlink from 'comlink';
import { type CalculatorDef, type Outcome, runCalculator } from '../lib/calculator';
import { type FitRunsProgress, computeFitRuns, fitRuns, pick } from '../lib/calculators/fitRuns';
import { fitChinchilla } from '../lib/fitChinchilla';
import type { Run } from '../lib/parseRunsCsv';
import { powerLawFit } from '../lib/calculators/powerLawFit';
import type { RawParams } from '../lib/paramTable';

// Only the calculators that ask for a worker, so the worker bundle carries no other code.
const WORKER_CALCULATORS: readonly CalculatorDef<Record<string, unknown>>[] = [
  powerLawFit,
  fitRuns,
];

const api = {
  /**
   * runCalculator for the calculator named by `slug`; results are plain data (structured-cloneable).
   * `onProgress` hears how far a long fit has got, where the calculator can tell (fit-runs' refits).
   */
  run(
    slug: string,
    raw: RawParams,
    onProgress?: (progress: FitRunsProgress) => void,
  ): Outcome<Record<string, unknown>> {
    const def = WORKER_CALCULATORS.find((c) => c.slug === slug);
    if (!def) return { ok: false, errors: { _: `Unknown calculator "${slug}"` } };
    if (def === fitRuns && onProgress)
      return runCalculator(
        { ...fitRuns, compute: (values) => computeFitRuns(values, onProgress) },
        raw,
      );
    return runCalculator(def, raw);
  },
  /**
   * fitChinchilla on the labs' runs for the dashboard, without fit-runs' bootstrap: the fitted
   * E, A, B, α, β, a, b as plain numbers, or the reason there is no fit.
   */
  fitLaw(runs: Run[]): { ok: true; fit: ReturnType<typeof pick> } | { ok: false; message: string } {
    try {
      return { ok: true, fit: pick(fitChinchilla(runs)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
};

export type CalculatorWorkerApi = typeof api;
Comlink.expose(api);
