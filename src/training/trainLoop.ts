/**
 * Trains one model of a ladder: AdamW with warm-up and cosine decay, losses in nats per token,
 * evaluation on the held-out split, progress through a callback. No per-step synchronous
 * reads: loss tensors are kept and read with `await data()` every reportEvery steps; every
 * step runs in tf.tidy, so the tensor count is flat; the loop yields to the event loop after
 * each step and stops on an AbortSignal, on NaN and on an exploding loss.
 */
import * as tf from '@tensorflow/tfjs-core';
import './registerGradients';
import { applyAdamW, createAdamW, disposeAdamW, type AdamW } from './adamw';
import { stepsFor, validateTrainConfig, type RunConfig } from '../lib/labs/trainConfig';
import { makeBatchSampler, type Batch, type Corpus } from './data';
import { type WeightSummary, summariseWeights } from '../lib/labs/weightSummary';
import {
  createModel,
  crossEntropy,
  disposeModel,
  listWeights,
  trainableVariables,
  type Model,
} from './model';
import { learningRateAt } from './schedule';

/** One progress report. Losses are mean cross-entropy in nats per token. */
export interface TrainProgress {
  step: number;
  steps: number;
  tokens: number;
  /** Mean training loss over the steps since the last report. */
  trainLoss: number;
  /** Held-out loss, present on evaluation steps. */
  validationLoss?: number;
  learningRate: number;
  elapsedMs: number;
  tokensPerSecond: number;
}

/** How a run ended; the numbers are the last good ones even when it did not finish. */
export interface TrainResult {
  name: string;
  status: 'finished' | 'aborted' | 'diverged';
  /** Why the run stopped early, in words; absent when it finished. */
  message?: string;
  steps: number;
  tokens: number;
  finalTrainLoss: number | null;
  finalValidationLoss: number | null;
  history: TrainProgress[];
  elapsedMs: number;
  /** Parameter counts by category from the real weights; weights.weightMatrices is Kaplan's N. */
  weights: WeightSummary;
  backend: string;
}

/** Options of trainRun. */
export interface TrainOptions {
  run: RunConfig;
  corpus: Corpus;
  onProgress?: (p: TrainProgress) => void;
  signal?: AbortSignal;
  /** Evaluation windows come from this seed so every model of a sweep sees the same ones. */
  evalSeed?: number;
}

/** Resolves on the next turn of the event loop (a message, not a 4 ms-clamped timer). */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function batchTensors(b: Batch): [tf.Tensor2D, tf.Tensor2D] {
  const shape: [number, number] = [b.batchSize, b.contextLength];
  return [tf.tensor2d(b.x, shape, 'int32'), tf.tensor2d(b.y, shape, 'int32')];
}

/**
 * One optimizer step; returns the loss (before the update) as a kept scalar for a later async read.
 */
export function trainStep(model: Model, opt: AdamW, batch: Batch, lr: number): tf.Scalar {
  return tf.tidy(() => {
    const [x, y] = batchTensors(batch);
    const { value, grads } = tf.variableGrads(() => crossEntropy(model, x, y), opt.params);
    applyAdamW(
      opt,
      opt.params.map((p) => grads[p.name]!),
      lr,
    );
    return value;
  });
}

/** Mean held-out loss (nats per token) over fixed batches; reads asynchronously. */
export async function evaluate(model: Model, batches: Batch[]): Promise<number> {
  const losses = batches.map((b) => tf.tidy(() => crossEntropy(model, ...batchTensors(b))));
  const values = await Promise.all(losses.map((l) => l.data()));
  losses.forEach((l) => l.dispose());
  return values.reduce((s, v) => s + v[0]!, 0) / values.length;
}

/**
 * Builds and trains `run.model` on `corpus.train` for `run.train.tokens` tokens, then
 * evaluates it on `corpus.validation`. Never throws for divergence or abort: the result
 * says what happened and keeps the last good numbers. Frees every tensor it made.
 */
export async function trainRun({
  run,
  corpus,
  onProgress,
  signal,
  evalSeed = corpus.meta.split.seed,
}: TrainOptions): Promise<TrainResult> {
  const { model: mc, train: tc } = run;
  validateTrainConfig(tc);
  if (mc.nVocab !== corpus.meta.vocabSize)
    throw new RangeError(
      `model nVocab ${mc.nVocab} differs from the corpus vocabulary ${corpus.meta.vocabSize}`,
    );
  const steps = stepsFor(mc, tc);
  const tokensPerStep = tc.batchSize * mc.nCtx;
  const warmupSteps = Math.round(steps * tc.warmupFraction);
  const limit = tc.explodeFactor * Math.log(mc.nVocab);
  const model = createModel(mc, tc.seed);
  const opt = createAdamW(trainableVariables(model), tc);
  const next = makeBatchSampler(corpus.tokens, corpus.train, tc.batchSize, mc.nCtx, tc.seed);
  const evalNext = makeBatchSampler(
    corpus.tokens,
    corpus.validation,
    tc.batchSize,
    mc.nCtx,
    evalSeed,
  );
  const evalBatches = Array.from({ length: tc.evalBatches }, evalNext);
  const result: TrainResult = {
    name: run.name,
    status: 'finished',
    steps: 0,
    tokens: 0,
    finalTrainLoss: null,
    finalValidationLoss: null,
    history: [],
    elapsedMs: 0,
    weights: summariseWeights(listWeights(model)),
    backend: tf.getBackend(),
  };
  const t0 = performance.now();
  let pending: tf.Scalar[] = [];
  const stop = (status: TrainResult['status'], message: string) => {
    result.status = status;
    result.message = message;
  };
  try {
    for (let step = 0; step < steps; step++) {
      if (signal?.aborted) {
        stop('aborted', `stopped by the reader after ${step} of ${steps} steps`);
        break;
      }
      const lr = learningRateAt(step, steps, warmupSteps, tc.learningRate, tc.minLearningRateRatio);
      pending.push(trainStep(model, opt, next(), lr));
      const last = step === steps - 1;
      if (pending.length >= tc.reportEvery || last) {
        const values = await Promise.all(pending.map((t) => t.data()));
        pending.forEach((t) => t.dispose());
        pending = [];
        const losses = values.map((v) => v[0]!);
        const bad = losses.find((l) => !Number.isFinite(l) || l > limit);
        if (bad !== undefined) {
          const what = Number.isFinite(bad)
            ? `exploded to ${bad.toFixed(2)} nats (limit ${limit.toFixed(2)})`
            : `became ${String(bad)}`;
          stop(
            'diverged',
            `training loss ${what} near step ${step + 1}; try a lower learning rate. The last good numbers are kept.`,
          );
          break;
        }
        const elapsedMs = performance.now() - t0;
        const progress: TrainProgress = {
          step: step + 1,
          steps,
          tokens: (step + 1) * tokensPerStep,
          trainLoss: losses.reduce((a, b) => a + b, 0) / losses.length,
          learningRate: lr,
          elapsedMs,
          tokensPerSecond: ((step + 1) * tokensPerStep * 1000) / elapsedMs,
        };
        if (last || (tc.evalEvery > 0 && (step + 1) % tc.evalEvery === 0))
          progress.validationLoss = await evaluate(model, evalBatches);
        result.history.push(progress);
        result.steps = progress.step;
        result.tokens = progress.tokens;
        result.finalTrainLoss = progress.trainLoss;
        if (progress.validationLoss !== undefined)
          result.finalValidationLoss = progress.validationLoss;
        onProgress?.(progress);
      }
      await yieldToEventLoop();
    }
  } finally {
    pending.forEach((t) => t.dispose());
    disposeAdamW(opt);
    disposeModel(model);
    result.elapsedMs = performance.now() - t0;
  }
  return result;
}
