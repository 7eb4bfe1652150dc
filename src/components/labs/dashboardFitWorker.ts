// Web Worker entry for the dashboard: fits L(N, D) to the labs' runs off the main thread.
// Comlink (a maintained RPC layer over postMessage) carries the call.
import * as Comlink from 'comlink';
import { pick } from '../../lib/calculators/fitRuns';
import { fitChinchilla } from '../../lib/fitChinchilla';
import type { Run } from '../../lib/parseRunsCsv';

const api = {
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

/** Type of the worker's API, for Comlink.wrap<DashboardFitWorkerApi>() on the page. */
export type DashboardFitWorkerApi = typeof api;
Comlink.expose(api);
