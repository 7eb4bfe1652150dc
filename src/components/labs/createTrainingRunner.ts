import * as Comlink from 'comlink';
import { createSignal, onCleanup } from 'solid-js';
import type { SweepPlan } from '../../lib/labs/sweepPlan';
import { estimateParams12LD2 } from '../../lib/countParameters';
import { estimateSecondsLeft } from '../../lib/labs/estimateSecondsLeft';
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
  let worker: Worker | undefined;
  let api: Comlink.Remote<TrainingWorkerApi> | undefined;
  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
    api = undefined;
  };
  onCleanup(stopWorker);

  /** Shows the runs stored for `plan` (after a reload or a change of settings). */
  const restore = (plan: SweepPlan) => {
    const stored = loadRuns(plan.key).filter((r) => plan.runs.some((p) => p.name === r.name));
    setRuns(stored);
    setBackend(stored.at(-1)?.backend);
  };

  const start = async (plan: SweepPlan) => {
    if (status() !== 'idle') return;
    setStatus('running');
    setMessage('');
    // Only runs stored under these exact settings count as done (not whatever the page shows).
    let done = loadRuns(plan.key).filter((r) => plan.runs.some((p) => p.name === r.name));
    if (done.length === plan.runs.length) done = [];
    setRuns(done);
    const todo = plan.runs.filter((p) => !done.some((r) => r.name === p.name));
    const totalSteps = todo.reduce((s, r) => s + stepsFor(r.model, r.train), 0);
    let stepsBefore = 0;
    const measured = done.map((r) => ({ N: r.N, msPerStep: r.elapsedMs / r.steps }));
    try {
      if (!api) {
        worker = new Worker(new URL('../../training/worker.ts', import.meta.url), {
          type: 'module',
        });
        api = Comlink.wrap<TrainingWorkerApi>(worker);
      }
      const chosen = await api.init(plan.backend);
      setBackend(chosen.backend);
      await api.loadCorpus('/corpus/');
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
        const result = await api.train(run, Comlink.proxy(onProgress), Comlink.proxy(onFallback));
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

  return { runs, live, status, backend, message, progress, restore, start, abort, clear };
}
