import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAdamW, disposeAdamW } from '../../../src/training/adamw';
import { DEFAULT_TRAIN, type RunConfig } from '../../../src/lib/labs/trainConfig';
import { makeBatchSampler } from '../../../src/training/data';
import { createModel, disposeModel, trainableVariables } from '../../../src/training/model';
import { learningRateAt } from '../../../src/training/schedule';
import { trainRun, trainStep } from '../../../src/training/trainLoop';
import { smallCorpus, tinyModel, useBackend } from './fixtures';
import { closeTo } from '../../tolerance';

const corpus = smallCorpus();
const tiny = (train: Partial<RunConfig['train']> = {}): RunConfig => ({
  name: 'tiny',
  model: tinyModel(corpus.meta.vocabSize),
  train: {
    ...DEFAULT_TRAIN,
    tokens: 40 * 8 * 16,
    batchSize: 8,
    learningRate: 1e-2,
    reportEvery: 5,
    evalBatches: 2,
    ...train,
  },
});

describe('trainRun({ run, corpus })', () => {
  beforeAll(() => useBackend('cpu'));

  it('makes the loss fall within a few steps, reports, and evaluates at the end', async () => {
    const reports: number[] = [];
    const r = await trainRun({ run: tiny(), corpus, onProgress: (p) => reports.push(p.trainLoss) });
    expect(r.status).toBe('finished');
    expect(r.steps).toBe(40);
    expect(reports).toHaveLength(8);
    expect(reports.at(-1)!).toBeLessThan(reports[0]! - 0.3);
    expect(r.finalValidationLoss).toBeLessThan(Math.log(corpus.meta.vocabSize) - 0.3);
    expect(r.history.at(-1)!.validationLoss).toBe(r.finalValidationLoss);
  });

  it('stops on a diverging loss with a message and keeps the last good numbers', async () => {
    const r = await trainRun({
      run: tiny({ learningRate: 1e4, warmupFraction: 0, gradClipNorm: 0, explodeFactor: 1.5 }),
      corpus,
    });
    expect(r.status).toBe('diverged');
    expect(r.message).toMatch(/training loss (exploded|became NaN).*lower learning rate/);
    expect(r.steps).toBeLessThan(40);
    for (const p of r.history) expect(Number.isFinite(p.trainLoss)).toBe(true);
  });

  it('stops when its AbortSignal fires', async () => {
    const controller = new AbortController();
    const r = await trainRun({
      run: tiny(),
      corpus,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(r.status).toBe('aborted');
    expect(r.steps).toBe(5);
    expect(r.finalTrainLoss).not.toBeNull();
  });

  it('frees every tensor it made', async () => {
    const before = tf.memory().numTensors;
    await trainRun({ run: tiny({ tokens: 10 * 8 * 16 }), corpus });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('trainStep(model, opt, batch, lr)', () => {
  it('does not grow the tensor count across steps', () => {
    const run = tiny();
    const model = createModel(run.model, 1);
    const opt = createAdamW(trainableVariables(model), run.train);
    const next = makeBatchSampler(corpus.tokens, corpus.train, 8, 16, 1);
    const counts: number[] = [];
    for (let i = 0; i < 6; i++) {
      trainStep(model, opt, next(), 1e-2).dispose();
      counts.push(tf.memory().numTensors);
    }
    expect(new Set(counts).size).toBe(1);
    disposeAdamW(opt);
    disposeModel(model);
  });
});

describe('learningRateAt(step, steps, warmup, peak, minRatio)', () => {
  it.each([
    [0, 1e-3],
    [9, 1e-2],
    [10, 1e-2],
    [99, 1e-3],
  ])('step %i → %f', (step, lr) => {
    closeTo(learningRateAt(step, 100, 10, 1e-2, 0.1), lr);
  });

  it('decays monotonically after warm-up', () => {
    const lrs = Array.from({ length: 90 }, (_, i) => learningRateAt(i + 10, 100, 10, 1e-2, 0.1));
    lrs.slice(1).forEach((lr, i) => expect(lr).toBeLessThanOrEqual(lrs[i]!));
  });
});
