/**
 * How one model of a lab is trained: a typed object with commented defaults (nanoGPT's config
 * style, STYLE.md point 7), the run config that pairs it with a model, and its checks.
 */
import type { ModelConfig } from './modelConfig';

/** How one model is trained. */
export interface TrainConfig {
  /** Seed of the initial weights and of the batch order. */
  seed: number;
  /** Training token budget D (batch · context · steps, rounded up to whole steps). */
  tokens: number;
  /** Sequences per step B (Kaplan counts batch in tokens: B·T). */
  batchSize: number;
  /** Peak learning rate of AdamW. */
  learningRate: number;
  /** Fraction of the steps spent warming the learning rate up linearly from 0. */
  warmupFraction: number;
  /** The cosine decays to this fraction of the peak learning rate at the last step. */
  minLearningRateRatio: number;
  /** Decoupled weight decay of AdamW (Loshchilov & Hutter 2019), on weight matrices only. */
  weightDecay: number;
  /** Adam's first and second moment decay rates. */
  beta1: number;
  beta2: number;
  /** Adam's denominator guard. */
  epsilon: number;
  /** Gradients are rescaled so their global L2 norm is at most this; 0 turns clipping off. */
  gradClipNorm: number;
  /** Steps between progress reports (loss reads are asynchronous and only this often). */
  reportEvery: number;
  /** Steps between validation evaluations; the last step is always evaluated. 0: last only. */
  evalEvery: number;
  /** Validation batches (of batchSize × nCtx tokens) per evaluation; fixed windows. */
  evalBatches: number;
  /** A loss above explodeFactor · ln(nVocab), or not finite, stops the run. */
  explodeFactor: number;
}

/** A named model of a ladder, with its training settings. */
export interface RunConfig {
  name: string;
  model: ModelConfig;
  train: TrainConfig;
}

/** Defaults shared by every size of the ladder. */
export const DEFAULT_TRAIN: TrainConfig = {
  seed: 1,
  tokens: 614_400, // 600 steps of 16 × 64 tokens (about half the training text, seen once)
  batchSize: 16,
  learningRate: 2e-2,
  warmupFraction: 0.05,
  minLearningRateRatio: 0.1,
  weightDecay: 0.1, // nanoGPT's value; hardly matters for runs this short
  beta1: 0.9,
  beta2: 0.99, // nanoGPT's choice for small character models
  epsilon: 1e-8,
  gradClipNorm: 1,
  reportEvery: 10,
  evalEvery: 0,
  evalBatches: 16,
  explodeFactor: 2,
};

/**
 * Optimizer steps a run takes: ⌈tokens / (batch · context)⌉, at least 1.
 * @example stepsFor({ ...model, nCtx: 64 }, { ...DEFAULT_TRAIN, tokens: 614_400, batchSize: 16 }) // 600
 */
export function stepsFor(model: ModelConfig, train: TrainConfig): number {
  return Math.max(1, Math.ceil(train.tokens / (train.batchSize * model.nCtx)));
}

/** Throws a RangeError naming the first bad training setting. */
export function validateTrainConfig(t: TrainConfig): void {
  const fail = (message: string) => {
    throw new RangeError(message);
  };
  if (!Number.isInteger(t.seed)) fail(`seed must be an integer, got ${String(t.seed)}`);
  if (!(t.tokens > 0)) fail(`tokens must be a positive token budget, got ${String(t.tokens)}`);
  if (!Number.isInteger(t.batchSize) || t.batchSize <= 0)
    fail(`batchSize must be a positive integer, got ${String(t.batchSize)}`);
  if (!(t.learningRate > 0)) fail(`learningRate must be positive, got ${String(t.learningRate)}`);
  if (!(t.warmupFraction >= 0 && t.warmupFraction < 1))
    fail(`warmupFraction must be in [0, 1), got ${String(t.warmupFraction)}`);
  if (!Number.isInteger(t.reportEvery) || t.reportEvery <= 0)
    fail(`reportEvery must be a positive integer, got ${String(t.reportEvery)}`);
  if (!Number.isInteger(t.evalBatches) || t.evalBatches <= 0)
    fail(`evalBatches must be a positive integer, got ${String(t.evalBatches)}`);
}
