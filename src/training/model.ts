/**
 * A decoder-only transformer (GPT-2 layout, pre-LayerNorm) written for the parameter audit:
 * every weight is a named tf.variable whose category says whether it counts in Kaplan's
 * non-embedding N = 12·n_layer·d_model² (Kaplan et al. 2020, Sec. 2.1, Table 1).
 *
 * Per layer: Q, K, V and output projections (d × d each, 4d²) and a feed-forward
 * d → 4d → d (8d²): 12d² per layer. Counted apart: biases (9d per layer), LayerNorm gains
 * and shifts (4d per layer + 2d final), the token embedding (V·d, one-hot matmul so the
 * WASM backend, which lacks UnsortedSegmentSum for gather's gradient, can train it) and the
 * learned position embedding (T·d). The output head is tied to the token embedding (Press &
 * Wolf 2017, as in GPT-2), so it adds no parameters and N stays free of vocabulary terms.
 * The feed-forward uses ReLU rather than GPT-2's GELU: one kernel, no tanh approximation.
 */
import * as tf from '@tensorflow/tfjs-core';
import { validateModelConfig, type ModelConfig } from '../lib/labs/modelConfig';
import {
  type WeightCategory,
  type WeightInfo,
  type WeightSummary,
  summariseWeights,
} from '../lib/labs/weightSummary';
import {
  affine,
  affineRelu,
  layerNorm,
  matMul,
  qkvProject,
  softmaxCrossEntropy,
  transposeLast,
} from './ops';
import { deriveSeed, makeRng, normalArray } from './random';

export { matMul } from './ops';

/** A built model: its config, its named variables (in creation order) and the causal mask. */
export interface Model {
  config: ModelConfig;
  weights: Map<string, { variable: tf.Variable; category: WeightCategory }>;
  /** T × T additive mask: 0 on and below the diagonal, −1e9 above (no look-ahead). */
  mask: tf.Tensor2D;
}

/** A variable holding `initial`'s values; frees `initial` (tf.variable alone leaves it allocated). */
export function variableFrom(initial: tf.Tensor, trainable: boolean): tf.Variable {
  const v = tf.variable(initial, trainable);
  initial.dispose();
  return v;
}

/** GPT-2's initial standard deviation for weight matrices (Radford et al. 2019; nanoGPT). */
const INIT_STD = 0.02;

/**
 * Builds the model with weights drawn from a seeded generator, identical on every backend.
 * Residual output projections get std 0.02/√(2·n_layer) (GPT-2, Sec. 2.3).
 * @example const m = createModel(PRESETS.tiny!, 1); listWeights(m).length // 16
 */
export function createModel(config: ModelConfig, seed: number): Model {
  validateModelConfig(config);
  const { nVocab: V, nCtx: T, nLayer, dModel: d } = config;
  const rng = makeRng(deriveSeed(seed, 'init'));
  const weights: Model['weights'] = new Map();
  const residualStd = INIT_STD / Math.sqrt(2 * nLayer);
  const add = (
    name: string,
    shape: number[],
    category: WeightCategory,
    init: 'normal' | 'zeros' | 'ones',
    std = INIT_STD,
  ) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const values =
      init === 'normal'
        ? normalArray(rng, size, std)
        : new Float32Array(size).fill(init === 'ones' ? 1 : 0);
    // tfjs variable names are global; ours live in the map so several models can coexist.
    weights.set(name, { variable: variableFrom(tf.tensor(values, shape), true), category });
  };
  add('tokenEmbedding', [V, d], 'embedding', 'normal');
  add('positionEmbedding', [T, d], 'embedding', 'normal', INIT_STD / 2);
  for (let l = 0; l < nLayer; l++) {
    const p = `layer${l}.`;
    add(`${p}ln1.gain`, [d], 'norm', 'ones');
    add(`${p}ln1.shift`, [d], 'norm', 'zeros');
    for (const m of ['query', 'key', 'value'] as const) {
      add(`${p}attn.${m}.weight`, [d, d], 'attention', 'normal');
      add(`${p}attn.${m}.bias`, [d], 'bias', 'zeros');
    }
    add(`${p}attn.output.weight`, [d, d], 'attention', 'normal', residualStd);
    add(`${p}attn.output.bias`, [d], 'bias', 'zeros');
    add(`${p}ln2.gain`, [d], 'norm', 'ones');
    add(`${p}ln2.shift`, [d], 'norm', 'zeros');
    add(`${p}ff.up.weight`, [d, 4 * d], 'feedForward', 'normal');
    add(`${p}ff.up.bias`, [4 * d], 'bias', 'zeros');
    add(`${p}ff.down.weight`, [4 * d, d], 'feedForward', 'normal', residualStd);
    add(`${p}ff.down.bias`, [d], 'bias', 'zeros');
  }
  add('lnFinal.gain', [d], 'norm', 'ones');
  add('lnFinal.shift', [d], 'norm', 'zeros');
  const mask = tf.tidy(() => {
    const row = tf.reshape(tf.range(0, T, 1, 'int32'), [T, 1]);
    const col = tf.reshape(tf.range(0, T, 1, 'int32'), [1, T]);
    return tf.mul(tf.cast(tf.greater(col, row), 'float32'), tf.scalar(-1e9)) as tf.Tensor2D;
  });
  return { config, weights, mask };
}

/**
 * Every weight tensor with its name, shape, size and category, in creation order.
 * @example listWeights(m).filter((w) => w.category === 'attention').length // 4 · n_layer
 */
export function listWeights(model: Model): WeightInfo[] {
  return [...model.weights].map(([name, { variable, category }]) => ({
    name,
    shape: [...variable.shape],
    size: variable.size,
    category,
  }));
}

/** The trainable variables, in creation order. */
export function trainableVariables(model: Model): tf.Variable[] {
  return [...model.weights.values()].map((w) => w.variable);
}

/** Frees every variable of the model and its mask. */
export function disposeModel(model: Model): void {
  for (const { variable } of model.weights.values()) variable.dispose();
  model.mask.dispose();
}

function weight(model: Model, name: string): tf.Variable {
  const w = model.weights.get(name);
  if (!w) throw new Error(`model has no weight named ${name}`);
  return w.variable;
}

function linear(model: Model, x: tf.Tensor2D, name: string): tf.Tensor2D {
  return affine(x, weight(model, `${name}.weight`), weight(model, `${name}.bias`));
}

/** Causal multi-head self-attention on rows of x (B·T × d). */
function attention(model: Model, x: tf.Tensor2D, p: string, batch: number): tf.Tensor2D {
  const { nHeads: h, dModel: d } = model.config;
  const T = x.shape[0] / batch;
  const dh = d / h;
  const w = (m: string, kind: string) => weight(model, `${p}attn.${m}.${kind}`);
  const qkv = qkvProject(
    x,
    ...(['query', 'key', 'value'].map((m) => w(m, 'weight')) as tf.Tensor[]),
    ...(['query', 'key', 'value'].map((m) => w(m, 'bias')) as tf.Tensor[]),
  );
  // [B·T, 3d] → [B, 3h, T, dh] in one 4-D transpose (WASM's 5-D transpose is about 10× slower),
  // then q, k, v are its three runs of h heads.
  const [q, k, v] = tf.split(
    tf.transpose(tf.reshape(qkv, [batch, T, 3 * h, dh]), [0, 2, 1, 3]),
    3,
    1,
  ) as [tf.Tensor4D, tf.Tensor4D, tf.Tensor4D];
  const mask = T === model.config.nCtx ? model.mask : tf.slice(model.mask, [0, 0], [T, T]);
  // softmax(QKᵀ/√d_h + mask)·V (Vaswani et al. 2017, Eq. 1)
  const scores = tf.add(tf.mul(matMul(q, transposeLast(k)), tf.scalar(1 / Math.sqrt(dh))), mask);
  const out = matMul(tf.softmax(scores), v);
  const merged = tf.reshape<tf.Rank.R2>(tf.transpose(out, [0, 2, 1, 3]), [batch * T, d]);
  return linear(model, merged, `${p}attn.output`);
}

/** One-hot rows as float32. tfjs-backend-wasm 4.22's OneHot ignores its dtype argument and writes int32 bits, so cast. */
function oneHotFloat(ids: tf.Tensor, depth: number): tf.Tensor2D {
  return tf.cast(tf.oneHot(ids as tf.Tensor1D, depth), 'float32') as tf.Tensor2D;
}

/**
 * Logits for every position: ids is B × T int32 token ids (T ≤ nCtx); returns B·T × V.
 * @example tf.tidy(() => forward(m, ids)).shape // [B·T, nVocab]
 */
export function forward(model: Model, ids: tf.Tensor2D): tf.Tensor2D {
  const { nVocab: V, dModel: d, nLayer } = model.config;
  const [batch, T] = ids.shape;
  const embedding = weight(model, 'tokenEmbedding');
  const oneHot = oneHotFloat(tf.reshape(ids, [batch * T]), V);
  const positions = tf.slice(weight(model, 'positionEmbedding'), [0, 0], [T, d]);
  let x = tf.reshape(tf.add(tf.reshape(matMul(oneHot, embedding), [batch, T, d]), positions), [
    batch * T,
    d,
  ]) as tf.Tensor2D;
  for (let l = 0; l < nLayer; l++) {
    const p = `layer${l}.`;
    const ln = (n: string, t: tf.Tensor2D) =>
      layerNorm(t, weight(model, `${p}${n}.gain`), weight(model, `${p}${n}.shift`));
    x = tf.add(x, attention(model, ln('ln1', x), p, batch));
    const up = affineRelu(
      ln('ln2', x),
      weight(model, `${p}ff.up.weight`),
      weight(model, `${p}ff.up.bias`),
    );
    x = tf.add(x, linear(model, up, `${p}ff.down`));
  }
  const final = layerNorm(x, weight(model, 'lnFinal.gain'), weight(model, 'lnFinal.shift'));
  return matMul(final, transposeLast(embedding)); // tied output head
}

/**
 * Mean cross-entropy in nats per token of predicting targets (B × T) from ids (B × T):
 * −(1/BT)·Σ ln p(target). At initialisation it is close to ln(nVocab).
 */
export function crossEntropy(model: Model, ids: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  const logits = forward(model, ids);
  const labels = oneHotFloat(tf.reshape(targets, [targets.size]), model.config.nVocab);
  return softmaxCrossEntropy(logits, labels);
}

/**
 * The real weight tensors of a configuration and their sums by category, for the parameter
 * audit: builds the model, lists its weights, and disposes it again.
 */
export function auditModel(config: ModelConfig): { weights: WeightInfo[]; summary: WeightSummary } {
  const model = createModel(config, 0);
  try {
    const weights = listWeights(model);
    return { weights, summary: summariseWeights(weights) };
  } finally {
    disposeModel(model);
  }
}
