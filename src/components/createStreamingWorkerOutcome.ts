import { type Accessor, createEffect, createSignal, onCleanup } from 'solid-js';
import type { Outcome } from '../lib/calculator';
import type { RawParams } from '../lib/paramTable';

/** What the page posts to a streaming worker: the input, numbered. */
export interface StreamRequest {
  id: number;
  raw: RawParams;
}

/** What a streaming worker posts back, any number of times per request; `final` on the last. */
export interface StreamAnswer<R> {
  id: number;
  outcome: Outcome<R>;
  final: boolean;
}

/** A note a streaming worker may post before its first answer (fit-runs: how many runs it parsed). */
export interface StreamProgress<P> {
  id: number;
  progress: P;
}

/** Where a Calculator's outcome can come from (its `source` prop): the outcome, busy until the newest input's first answer, and progress. */
export interface OutcomeSource<R, P = unknown> {
  outcome: () => Outcome<R> | undefined;
  busy: Accessor<boolean>;
  progress: Accessor<P | undefined>;
}

/**
 * The outcome of a calculator whose worker answers in stages (fit-runs: the estimate, then its
 * intervals as they fill in). Each new input is posted with a fresh id; if the worker is still
 * on an older input, it is terminated and a new one spawned, so a newer paste cancels the fit in
 * flight at once (a generation counter could only be checked between resamples, and not during
 * the first grid fit) and answers to older ids are dropped. `busy` is true until the newest
 * input's first answer, `running` until its last. Beside createWorkerOutcome, which keeps one
 * Comlink call per input for the calculators that answer once.
 */
export function createStreamingWorkerOutcome<R, P = unknown>(
  spawn: () => Worker,
  raw: Accessor<RawParams>,
  ready: Accessor<boolean>,
) {
  const [outcome, setOutcome] = createSignal<Outcome<R>>();
  const [progress, setProgress] = createSignal<P>();
  const [busy, setBusy] = createSignal(false);
  const [running, setRunning] = createSignal(false);
  let worker: Worker | undefined;
  let latest = 0;
  // A plain flag, not `running()`: the effect below must not rerun when an answer comes in.
  let inFlight = false;
  const start = () => {
    const w = spawn();
    w.onmessage = (event: MessageEvent<StreamAnswer<R> | StreamProgress<P>>) => {
      const data = event.data;
      if (data.id !== latest) return;
      if ('progress' in data) {
        setProgress(() => data.progress);
        return;
      }
      setOutcome(() => data.outcome);
      setBusy(false);
      if (!data.final) return;
      inFlight = false;
      setRunning(false);
    };
    w.onerror = (event) => {
      event.preventDefault();
      setOutcome({ ok: false, errors: { _: `The computation failed: ${event.message}` } });
      setBusy(false);
      setRunning(false);
      inFlight = false;
      worker = undefined;
      w.terminate();
    };
    return w;
  };
  createEffect(() => {
    const input = raw();
    if (!ready()) return;
    if (worker && inFlight) {
      worker.terminate();
      worker = undefined;
    }
    worker ??= start();
    latest++;
    inFlight = true;
    setProgress(undefined);
    setBusy(true);
    setRunning(true);
    worker.postMessage({ id: latest, raw: input } satisfies StreamRequest);
  });
  onCleanup(() => worker?.terminate());
  return { outcome, busy, running, progress };
}
