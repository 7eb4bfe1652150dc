/**
 * Worker for /labs/fit-choices/ and /labs/three-approaches/: the fits run here, so the page
 * never freezes while Hoffmann et al.'s 4,500 starts each run to SciPy's stop (seconds to a
 * minute). Comlink carries the calls, as in the calculators' worker.
 */
import * as Comlink from 'comlink';
import { type Outcome, runPlan } from '../../lib/calculator';
import { type FitChoicesResults, fitChoicesParams } from '../../lib/labs/fitChoices';
import { computeFitChoices } from '../../lib/labs/computeFitChoices';
import {
  computeThreeApproaches,
  type ThreeApproachesResults,
  threeApproachesParams,
} from '../../lib/labs/threeApproaches';
import type { RawParams } from '../../lib/paramTable';

const api = {
  /** The fit-choices lab's outcome for the link's raw values; `onProgress` hears each start. */
  fitChoices(
    raw: RawParams,
    onProgress?: (done: number, total: number) => void,
  ): Outcome<FitChoicesResults> {
    return runPlan(fitChoicesParams, (values) => computeFitChoices(values, onProgress), raw);
  },
  /** The three-approaches lab's outcome for the link's raw values. */
  threeApproaches(raw: RawParams): Outcome<ThreeApproachesResults> {
    return runPlan(threeApproachesParams, computeThreeApproaches, raw);
  },
};

/** Type of the lab worker's API, for Comlink.wrap on the page. */
export type FitChoicesWorkerApi = typeof api;

Comlink.expose(api);
