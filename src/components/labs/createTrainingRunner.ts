import * as Comlink from 'comlink';
import { createSignal, onCleanup } from 'solid-js';
import type { SweepPlan } from '../../lib/labs/sweepPlan';
import { estimateParams12LD2 } from '../../lib/countParameters';
import {
  PROBE_ABOVE_FLOPS,
  PROBE_STEPS,
  type LadderEstimate,
  type SizeProbe,
  estimateLadderTime,
  nextProbe,
  planFlopsOf,
} from '../../lib/labs/estimateLadderTime';
import { estimateSecondsLeft } from '../../lib/labs/estimateSecondsLeft';
import { splitFinished } from '../../lib/labs/storedRuns';
import { toSweepRun } from '../../lib/labs/sweepOutcome';
import type { SweepRun } from '../../lib/labs/sweepResults';
import { stepsFor, type RunConfig } from '../../lib/labs/trainConfig';
import type { TrainProgress } from '../../training/trainLoop';
import type { TrainingWorkerApi } from '../../training/worker';
import { loadRuns, saveRuns } from './labStorage';

/** The run being trained: its name, N and the loss curve so far. */
export interface LiveRun {
  name: string;
  N: number;
  step: number;
  steps: number;
  curve: { tokens: number; loss: number }[];
}

const weightMatrices = (r: RunConfig) => estimateParams12LD2(r.model.nLayer, r.model.dModel);

/**
 * Trains a training lab's plan (a sweep, predict-and-verify, IsoFLOP) in the training worker
 * (src/training/worker.ts), smallest size first, skipping sizes already finished; every finished
 * run is stored at once, so closing the tab loses only the run in progress. The worker (and tfjs
 * with it) is loaded on the first start.
 */
export function createTrainingRunner() {
  const [runs, setRuns] = createSignal<SweepRun[]>([]);
  const [live, setLive] = createSignal<LiveRun>();
  const [status, setStatus] = createSignal<'idle' | 'running' | 'stopping'>('idle');
  const [backend, setBackend] = createSignal<string>();
  const [message, setMessage] = createSignal('');
  const [progress, setProgress] = createSignal<{
    fraction: number;
    secondsLeft: number | undefined;
  }>();
  const [estimate, setEstimate] = createSignal<
    (LadderEstimate & { backend: string; key: string }) | undefined
  >();
  const [probing, setProbing] = createSignal(false);
  /** The estimate of `plan`, the plan on screen (undefined while a newer plan is probed). */
  const estimateOf = (plan: SweepPlan | undefined) => {
    const e = estimate();
    return e && e.key === plan?.key ? e : undefined;
  };
  let worker: Worker | undefined;
  let api: Comlink.Remote<TrainingWorkerApi> | undefined;
  let probeGeneration = 0;
  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
    api = undefined;
  };
  onCleanup(stopWorker);
  /** The training worker, started (with tfjs) on first use. */
  const workerApi = () => {
    if (!api) {
      worker = new Worker(new URL('../../training/worker.ts', import.meta.url), {
        type: 'module',
      });
      api = Comlink.wrap<TrainingWorkerApi>(worker);
    }
    return api;
  };

  /**
   * Before Start, for a plan whose unfinished sizes are too big to guess at (over
   * PROBE_ABOVE_FLOPS): times PROBE_STEPS steps of each that probes quickly, smallest first, and
   * estimates the rest from them (estimateLadderTime). A newer plan abandons the probe after its
   * current size.
   */
  const probe = async (plan: SweepPlan) => {
    const generation = ++probeGeneration;
    setEstimate(undefined);
    // Only the sizes Start would train.
    const runs = splitFinished(plan.runs, loadRuns(plan.key)).todo;
    if (planFlopsOf(runs) <= PROBE_ABOVE_FLOPS) {
      setProbing(false);
      return;
    }
    setProbing(true);
    const probes: SizeProbe[] = [];
    try {
      const remote = workerApi();
      const { backend: chosen } = await remote.init(plan.backend);
      for (let run = nextProbe(runs, probes); run; run = nextProbe(runs, probes)) {
        // One warm-up step and PROBE_STEPS − 1 timed.
        const { msPerStep } = await remote.stepThroughput(run, PROBE_STEPS - 1);
        if (generation !== probeGeneration) return;
        probes.push({ name: run.name, msPerStep });
      }
      const result = estimateLadderTime(runs, probes);
      if (result) setEstimate({ ...result, backend: chosen, key: plan.key });
    } catch (error) {
      if (generation !== probeGeneration) return;
      setMessage(
        `Could not time this ladder before Start: ${error instanceof Error ? error.message : String(error)}.`,
      );
    } finally {
      if (generation === probeGeneration) setProbing(false);
    }
  };

  /** Shows the runs stored for `plan` (after a reload or a change of settings). */
  const restore = (plan: SweepPlan) => {
    const stored = loadRuns(plan.key).filter((r) => plan.runs.some((p) => p.name === r.name));
    setRuns(stored);
    setBackend(stored.at(-1)?.backend);
  };

  const start = async (plan: SweepPlan) => {
    if (status() !== 'idle') return;
    probeGeneration++; // a probe still running is abandoned after its current size
    setProbing(false);
    setStatus('running');
    setMessage('');
    // Only runs stored under these exact settings count as done (not whatever the page shows).
    const { done, todo } = splitFinished(plan.runs, loadRuns(plan.key));
    setRuns(done);
    const totalSteps = todo.reduce((s, r) => s + stepsFor(r.model, r.train), 0);
    let stepsBefore = 0;
    const measured = done.map((r) => ({ N: r.N, msPerStep: r.elapsedMs / r.steps }));
    try {
      const remote = workerApi();
      const chosen = await remote.init(plan.backend);
      setBackend(chosen.backend);
      await remote.loadCorpus('/corpus/');
      for (const [i, run] of todo.entries()) {
        if (status() === 'stopping') break;
        const N = weightMatrices(run);
        const steps = stepsFor(run.model, run.train);
        setLive({ name: run.name, N, step: 0, steps, curve: [] });
        const onProgress = (p: TrainProgress) => {
          setLive(
            (prev) =>
              prev && {
                ...prev,
                step: p.step,
                curve: [...prev.curve, { tokens: p.tokens, loss: p.trainLoss }],
              },
          );
          const remaining = [
            { N, steps: steps - p.step },
            ...todo
              .slice(i + 1)
              .map((r) => ({ N: weightMatrices(r), steps: stepsFor(r.model, r.train) })),
          ];
          setProgress({
            fraction: (stepsBefore + p.step) / totalSteps,
            secondsLeft: estimateSecondsLeft(
              [...measured, { N, msPerStep: p.elapsedMs / p.step }],
              remaining,
            ),
          });
        };
        const onFallback = (f: { from: string; to: string; reason: string }) => {
          setBackend(f.to);
          setMessage(`${f.from} failed (${f.reason}); continuing on ${f.to}.`);
        };
        const result = await remote.train(
          run,
          Comlink.proxy(onProgress),
          Comlink.proxy(onFallback),
        );
        setBackend(result.backend);
        if (result.status !== 'finished' || result.finalValidationLoss === null) {
          setMessage(`${run.name}: ${result.message ?? 'stopped'}. Finished sizes are kept.`);
          break;
        }
        const finished = toSweepRun(run, result);
        measured.push({ N: finished.N, msPerStep: finished.elapsedMs / finished.steps });
        stepsBefore += steps;
        setRuns((prev) => [...prev, finished]);
        saveRuns(plan.key, runs());
      }
    } catch (error) {
      setMessage(
        `Training failed: ${error instanceof Error ? error.message : String(error)}. Finished sizes are kept.`,
      );
      stopWorker();
    } finally {
      setLive(undefined);
      setProgress(undefined);
      setStatus('idle');
    }
  };

  const abort = () => {
    if (status() !== 'running') return;
    setStatus('stopping');
    void api?.abort();
  };

  /** Forgets the stored runs of `plan`. */
  const clear = (plan: SweepPlan) => {
    setRuns([]);
    saveRuns(plan.key, []);
  };

  return {
    runs,
    live,
    status,
    backend,
    message,
    progress,
    estimateOf,
    probing,
    probe,
    restore,
    start,
    abort,
    clear,
  };
}
