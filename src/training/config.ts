/**
 * Model and training configuration for the in-browser scaling labs: typed objects with
 * commented defaults and named presets (nanoGPT's config style, STYLE.md point 7).
 */

/** Shape of a decoder-only transformer. */
export interface ModelConfig {
  /** Characters in the vocabulary (set from the corpus file; 40 for the prepared Moby-Dick). */
  vocabSize: number;
  /** Context length T in tokens (characters). */
  contextLength: number;
  /** Transformer blocks. */
  nLayer: number;
  /** Residual stream width d_model. */
  dModel: number;
  /** Attention heads; must divide dModel. */
  nHead: number;
}

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
  /** Validation batches (of batchSize × contextLength tokens) per evaluation; fixed windows. */
  evalBatches: number;
  /** A loss above explodeFactor · ln(vocabSize), or not finite, stops the run. */
  explodeFactor: number;
}

/** A named model of a ladder, with its training settings. */
export interface RunConfig {
  name: string;
  model: ModelConfig;
  train: TrainConfig;
}

/** Vocabulary size of public/corpus/moby-dick.json as prepared by scripts/prepare-corpus.mjs. */
export const MOBY_DICK_VOCAB = 40;

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

/** Context shared by every size: long enough for words and phrases, short enough to be fast. */
export const DEFAULT_CONTEXT = 64;

/**
 * Heads of width about 8: the largest divisor of d_model not above d_model/8 (at least 1).
 * Narrow heads made the escape from the bigram plateau (loss ≈ 2.4) more reliable than one
 * wide head in our runs (d 24, seed 1: 2.19 nats with 3 heads, 2.40 with 1).
 * @example headsFor(48) // 6
 */
export function headsFor(dModel: number): number {
  for (let h = Math.max(1, Math.floor(dModel / 8)); h > 1; h--) if (dModel % h === 0) return h;
  return 1;
}

/**
 * Builds a ladder entry: layers fixed at 2 and heads of width ~8, so only d_model moves
 * N = 12·n_layer·d_model² (Kaplan et al. 2020, Sec. 2.1).
 * @example ladderRun('d32', 32, { learningRate: 2e-2 }).model.nHead // 4
 */
export function ladderRun(name: string, dModel: number, train: Partial<TrainConfig> = {}): RunConfig {
  return {
    name,
    model: { vocabSize: MOBY_DICK_VOCAB, contextLength: DEFAULT_CONTEXT, nLayer: 2, dModel, nHead: headsFor(dModel) },
    train: { ...DEFAULT_TRAIN, ...train },
  };
}

/**
 * Peak learning rate for a 2-layer model of width d: 0.02·√(32/d), capped at 0.03, the rule the
 * browser ladder was tuned around on this corpus (by hand, d_model 8–64). Every lab takes its
 * rates from here, so one rule sets them all.
 * @example learningRateFor(32) // 0.02
 */
export function learningRateFor(dModel: number): number {
  return Math.min(0.03, 0.02 * Math.sqrt(32 / dModel));
}

/**
 * The seed configurations (nano, micro, mini, small: n_layer 2–12, d_model 64–512, 0.1M–38M
 * non-embedding parameters) are far beyond what a 2-core laptop trains in minutes. The
 * browser ladder keeps their shape (decoder-only, d_ff = 4·d_model) but fixes n_layer = 2
 * and sweeps d_model 8–48, so N = 12·2·d² spans 1.5k–55k (a factor of 36) and the five runs
 * take about 140 s on one WASM thread (21–81 ms per step). Every size sees the same 614k
 * tokens; the learning rate falls with width (learningRateFor). d_model 64 is the held-out
 * size for predict-and-verify.
 */
export const DEFAULT_LADDER: readonly RunConfig[] = [8, 16, 24, 32, 48].map((d) =>
  ladderRun(`d${d}`, d, { learningRate: learningRateFor(d) }),
);

/** The next size up, held out: fitted from DEFAULT_LADDER, then trained to check the forecast. */
export const HELD_OUT_RUN: RunConfig = ladderRun('d64', 64, { learningRate: learningRateFor(64) });

/** Named presets: the seed configurations as published (for the parameter audit) and the tiny test model. */
export const PRESETS: Readonly<Record<string, ModelConfig>> = {
  nano: { vocabSize: MOBY_DICK_VOCAB, contextLength: 256, nLayer: 2, dModel: 64, nHead: 2 },
  micro: { vocabSize: MOBY_DICK_VOCAB, contextLength: 256, nLayer: 4, dModel: 128, nHead: 4 },
  mini: { vocabSize: MOBY_DICK_VOCAB, contextLength: 256, nLayer: 6, dModel: 256, nHead: 8 },
  small: { vocabSize: MOBY_DICK_VOCAB, contextLength: 256, nLayer: 12, dModel: 512, nHead: 8 },
  tiny: { vocabSize: MOBY_DICK_VOCAB, contextLength: 16, nLayer: 1, dModel: 16, nHead: 2 },
};

/** Optimizer steps a run takes: ⌈tokens / (batch · context)⌉. */
export function stepsFor(model: ModelConfig, train: TrainConfig): number {
  return Math.max(1, Math.ceil(train.tokens / (train.batchSize * model.contextLength)));
}

/**
 * Throws a RangeError naming the first bad field, e.g. "dModel (30) must be divisible by nHead (4)".
 * @example validateModelConfig(PRESETS.nano!) // passes
 */
export function validateModelConfig(c: ModelConfig): void {
  for (const key of ['vocabSize', 'contextLength', 'nLayer', 'dModel', 'nHead'] as const) {
    if (!Number.isInteger(c[key]) || c[key] <= 0) throw new RangeError(`${key} must be a positive integer, got ${String(c[key])}`);
  }
  if (c.dModel % c.nHead !== 0) throw new RangeError(`dModel (${c.dModel}) must be divisible by nHead (${c.nHead})`);
}

/** Throws a RangeError naming the first bad training setting. */
export function validateTrainConfig(t: TrainConfig): void {
  if (!Number.isInteger(t.seed)) throw new RangeError(`seed must be an integer, got ${String(t.seed)}`);
  if (!(t.tokens > 0)) throw new RangeError(`tokens must be a positive token budget, got ${String(t.tokens)}`);
  if (!Number.isInteger(t.batchSize) || t.batchSize <= 0) throw new RangeError(`batchSize must be a positive integer, got ${String(t.batchSize)}`);
  if (!(t.learningRate > 0)) throw new RangeError(`learningRate must be positive, got ${String(t.learningRate)}`);
  if (!(t.warmupFraction >= 0 && t.warmupFraction < 1)) throw new RangeError(`warmupFraction must be in [0, 1), got ${String(t.warmupFraction)}`);
  if (!Number.isInteger(t.reportEvery) || t.reportEvery <= 0) throw new RangeError(`reportEvery must be a positive integer, got ${String(t.reportEvery)}`);
  if (!Number.isInteger(t.evalBatches) || t.evalBatches <= 0) throw new RangeError(`evalBatches must be a positive integer, got ${String(t.evalBatches)}`);
}
