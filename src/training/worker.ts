/**
 * Web Worker entry: the training API over comlink, so a page trains without blocking its
 * main thread. Page side:
 *   const api = Comlink.wrap<TrainingWorkerApi>(new Worker(new URL('../training/worker.ts', import.meta.url), { type: 'module' }));
 *   await api.init(); await api.loadCorpus('/corpus/');
 *   const result = await api.train(run, Comlink.proxy((p) => draw(p)));
 */
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from '../lib/labs/backendNames';
import type { RunConfig } from '../lib/labs/trainConfig';
import { runWithFallback, type BackendFallback, type BackendProbe } from './backend';
import { activateBackend, selectBackend } from './backendBrowser';
import { loadCorpus, type Corpus } from './data';
import { measureMatmul, measureStep, type StepThroughput } from './throughput';
import { trainRun, type TrainProgress, type TrainResult } from './trainLoop';

let corpus: Corpus | undefined;
let order: BackendName[] = [];
let controller: AbortController | undefined;

/** The functions a page can call on the worker (all asynchronous through comlink). */
const api = {
  /** Chooses and starts a backend (the forced one first, if given). */
  async init(
    forced?: BackendName,
  ): Promise<{ backend: BackendName; order: BackendName[]; probe: BackendProbe }> {
    const chosen = await selectBackend(forced);
    order = chosen.order;
    return chosen;
  },
  /** Fetches and splits the corpus; returns its size and vocabulary. */
  async loadCorpus(
    base = '/corpus/',
    splitSeed?: number,
  ): Promise<{ tokens: number; vocab: string[]; trainBlocks: number; validationBlocks: number }> {
    corpus = await loadCorpus(base, fetch, splitSeed);
    return {
      tokens: corpus.tokens.length,
      vocab: corpus.meta.vocab,
      trainBlocks: corpus.train.length,
      validationBlocks: corpus.validation.length,
    };
  },
  /**
   * Trains one run; progress arrives through `onProgress` (pass it wrapped in Comlink.proxy).
   * A lost WebGPU device or an out-of-memory error restarts the run on the next backend.
   */
  async train(
    run: RunConfig,
    onProgress?: (p: TrainProgress) => void,
    onFallback?: (f: BackendFallback) => void,
  ): Promise<TrainResult> {
    const data = corpus;
    if (!data) throw new Error('load the corpus (loadCorpus) before training');
    controller = new AbortController();
    const signal = controller.signal;
    const current = tf.getBackend() as BackendName;
    const rest = order.filter((b) => b !== current);
    const { value } = await runWithFallback(
      [current, ...rest],
      activateBackend,
      () => trainRun({ run, corpus: data, signal, ...(onProgress ? { onProgress } : {}) }),
      (f) => {
        order = [f.to, ...order.filter((b) => b !== f.to)];
        onFallback?.(f);
      },
    );
    return value;
  },
  /** Stops the run in progress after its current step; its last good numbers are returned by train(). */
  abort(): void {
    controller?.abort();
  },
  /** Switches to exactly `backend` (no fallback), for the benchmark; false when it cannot start here. */
  async useBackend(backend: BackendName): Promise<boolean> {
    return activateBackend(backend);
  },
  /** FLOP/s of a size³ matrix multiply on the active backend: the practical ceiling. */
  async matmulCeiling(
    size = 512,
    timed = 3,
  ): Promise<{ backend: string; ms: number; flopsPerSecond: number }> {
    return { backend: tf.getBackend(), ...(await measureMatmul(size, timed)) };
  },
  /** Median ms per training step of `run` on the active backend, and what it achieves. */
  async stepThroughput(run: RunConfig, timed = 3): Promise<StepThroughput> {
    return measureStep(run, timed);
  },
};

/** Type of the worker's API, for Comlink.wrap<TrainingWorkerApi>() on the page. */
export type TrainingWorkerApi = typeof api;

Comlink.expose(api);
