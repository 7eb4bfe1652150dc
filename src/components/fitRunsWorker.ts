// Web Worker entry for fit-runs: fits the pasted runs, posts the estimate at once, then posts the
// bootstrap intervals as they fill in. Plain postMessage rather than Comlink: the answer comes in
// several messages, and the page cancels a fit by terminating this worker, so it needs no
// cancellation protocol of its own (its loop is synchronous and never reads messages mid-fit).
import { runPlan } from '../lib/calculator';
import {
  countPastedRuns,
  estimateFitRuns,
  type FitRunsEstimate,
  makeFitRunsBootstrap,
} from '../lib/calculators/fitRuns';
import { FIT_RUNS_FIRST_INTERVAL, fitRunsParams } from '../lib/calculators/fitRunsView';
import type { StreamAnswer, StreamProgress, StreamRequest } from './createStreamingWorkerOutcome';

/** fit-runs' progress note: the runs parsed from the paste. */
export interface FitRunsProgress {
  runs: number;
}

/** At most one interim answer per this many milliseconds: the page redraws, the fit goes on. */
const POST_EVERY_MS = 150;

const post = (answer: StreamAnswer<unknown>) => self.postMessage(answer);

self.onmessage = (event: MessageEvent<StreamRequest>) => {
  const { id, raw } = event.data;
  // The count first, so the page can say "Fitting 240 runs…" while the grid fit runs.
  const runs = countPastedRuns(raw['csv'] ?? '');
  if (runs !== undefined)
    self.postMessage({ id, progress: { runs } } satisfies StreamProgress<FitRunsProgress>);
  let estimate: FitRunsEstimate | undefined;
  const first = runPlan(
    fitRunsParams,
    (values) => (estimate = estimateFitRuns(values)).results,
    raw,
  );
  post({ id, outcome: first, final: !first.ok || !estimate });
  if (!first.ok || !estimate) return;
  try {
    const boot = makeFitRunsBootstrap(estimate);
    let last = performance.now();
    while (boot.step()) {
      const now = performance.now();
      // The first interval goes out the moment it exists; later ones at most every POST_EVERY_MS.
      if (boot.done() === FIT_RUNS_FIRST_INTERVAL || now - last >= POST_EVERY_MS) {
        post({ id, outcome: { ok: true, results: boot.results() }, final: false });
        last = now;
      }
    }
    post({ id, outcome: { ok: true, results: boot.results() }, final: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({
      id,
      outcome: { ok: false, errors: { _: `The bootstrap failed: ${message}` } },
      final: true,
    });
  }
};
