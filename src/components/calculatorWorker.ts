// Web Worker entry: runs a calculator's compute off the main thread so typing never waits for a
// fit. Comlink (a maintained RPC layer over postMessage) carries the calls.
import * as Comlink from 'comlink';
import { type CalculatorDef, type Outcome, runCalculator } from '../lib/calculator';
import { powerLawFit } from '../lib/calculators/powerLawFit';
import type { RawParams } from '../lib/paramTable';

// Only the calculators that ask for this worker, so its bundle carries no other code. fit-runs
// has its own (fitRunsWorker.ts), which posts the estimate before the bootstrap intervals, and the
// dashboard's fit of L(N, D) has its own (labs/dashboardFitWorker.ts), so power-law-fit's page
// loads neither fitChinchilla nor the CSV parser before its first result.
const WORKER_CALCULATORS: readonly CalculatorDef<Record<string, unknown>>[] = [powerLawFit];

const api = {
  /**
   * runCalculator for the calculator named by `slug`; results are plain data (structured-cloneable).
   * createWorkerOutcome passes a progress callback; none of this worker's calculators reports progress.
   */
  run(
    slug: string,
    raw: RawParams,
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    _onProgress?: (progress: unknown) => void,
  ): Outcome<Record<string, unknown>> {
    const def = WORKER_CALCULATORS.find((c) => c.slug === slug);
    if (!def) return { ok: false, errors: { _: `Unknown calculator "${slug}"` } };
    return runCalculator(def, raw);
  },
};

export type CalculatorWorkerApi = typeof api;
Comlink.expose(api);
