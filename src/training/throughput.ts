/**
 * Training throughput on the active tfjs backend: milliseconds per optimizer step of a ladder
 * model, tokens per second, achieved FLOP/s, and the FLOP/s of a large matrix multiply on the
 * same backend (the practical ceiling). Shared by `npm run bench` (Node) and the browser
 * benchmark lab (in the training worker). Timing only: nothing here passes or fails.
 */
import * as tf from '@tensorflow/tfjs-core';
import './registerGradients';
import { createAdamW, disposeAdamW } from './adamw';
import type { RunConfig } from '../lib/labs/trainConfig';
import { makeBatchSampler } from './data';
import { summariseWeights } from '../lib/labs/weightSummary';
import { createModel, disposeModel, listWeights, trainableVariables } from './model';
import { makeRng } from './random';
import { trainStep } from './trainLoop';

/** Median wall time in ms of `runs` awaited calls of `fn`, after one warm-up call. */
export async function medianMs(fn: () => Promise<void>, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A size×size×size matrix multiply: its median time and FLOP/s (2·size³ per product). */
export async function measureMatmul(
  size = 512,
  runs = 5,
): Promise<{ ms: number; flopsPerSecond: number }> {
  const a = tf.randomNormal([size, size]);
  const ms = await medianMs(async () => {
    const c = tf.matMul(a, a);
    await c.data();
    c.dispose();
  }, runs);
  a.dispose();
  return { ms, flopsPerSecond: (2 * size ** 3) / (ms / 1000) };
}

/** Throughput of one model: ms per step and what it achieves. */
export interface StepThroughput {
  name: string;
  /** Non-embedding parameters from the real weights. */
  N: number;
  msPerStep: number;
  tokensPerSecond: number;
  /** 6·N FLOPs per token (Kaplan et al. 2020, Sec. 2.1) times tokens/s. */
  flopsPerSecond: number;
  /** With attention's 6·n_layer·n_ctx·d_model per token added (Kaplan et al. 2020, Table 1, ×3 for training). */
  flopsPerSecondWithAttention: number;
}

/** Median time of `runs` training steps (after a warm-up) of `run` on random tokens, on the active backend. */
export async function measureStep(run: RunConfig, runs = 5): Promise<StepThroughput> {
  const { model: mc, train: tc } = run;
  const model = createModel(mc, 1);
  const opt = createAdamW(trainableVariables(model), tc);
  try {
    const rng = makeRng(1);
    const tokens = Uint8Array.from({ length: 65_536 }, () => Math.floor(rng() * mc.nVocab));
    const next = makeBatchSampler(
      tokens,
      [{ start: 0, length: tokens.length }],
      tc.batchSize,
      mc.nCtx,
      1,
    );
    const msPerStep = await medianMs(async () => {
      const loss = trainStep(model, opt, next(), tc.learningRate);
      await loss.data();
      loss.dispose();
    }, runs);
    const N = summariseWeights(listWeights(model)).weightMatrices;
    const tokensPerSecond = (tc.batchSize * mc.nCtx * 1000) / msPerStep;
    return {
      name: run.name,
      N,
      msPerStep,
      tokensPerSecond,
      flopsPerSecond: 6 * N * tokensPerSecond,
      flopsPerSecondWithAttention: (6 * N + 6 * mc.nLayer * mc.nCtx * mc.dModel) * tokensPerSecond,
    };
  } finally {
    disposeAdamW(opt);
    disposeModel(model);
  }
}
