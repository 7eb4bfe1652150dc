/**
 * AdamW (Loshchilov & Hutter 2019, Algorithm 2): Adam's moment estimates with weight decay
 * applied to the weights directly rather than through the gradient. Written here because
 * tfjs-core ships Adam without decoupled decay. Global-norm gradient clipping as in GPT-2.
 *
 * The update runs over one flat buffer: the gradients are concatenated once, the moments and a
 * master copy of the weights are single flat variables, and the new weights are split back into
 * the model's tensors with one SplitV. A per-tensor loop launched about a dozen kernels per
 * weight tensor (470 for 36 tensors, a third of a small model's step, each launch tens of µs on
 * WASM); the flat update launches about twenty in all. The arithmetic is the same.
 */
import * as tf from '@tensorflow/tfjs-core';
import { variableFrom } from './model';

/** Settings of the optimizer; the learning rate comes with every step. */
export interface AdamWSettings {
  beta1: number;
  beta2: number;
  epsilon: number;
  weightDecay: number;
  gradClipNorm: number;
}

/** Optimizer state: flat first and second moments, a flat master copy of the weights, the step. */
export interface AdamW {
  settings: AdamWSettings;
  params: tf.Variable[];
  /** Weights that decay: matrices (rank ≥ 2), not biases or LayerNorm gains (nanoGPT). */
  decays: boolean[];
  /** Elements of each parameter, in order: the split sizes of the flat buffers. */
  sizes: number[];
  /** 1 where the element belongs to a decaying weight, 0 elsewhere (flat). */
  decayMask: tf.Tensor1D;
  /** The weights, flat, in params order; the params are written from it after every update. */
  weights: tf.Variable;
  m: tf.Variable;
  v: tf.Variable;
  step: number;
}

/** Concatenates tensors as one flat vector. */
function flatten(ts: tf.Tensor[]): tf.Tensor1D {
  return tf.concat(ts.map((t) => tf.reshape(t, [t.size])));
}

/** Creates zeroed moments for `params` (all allocated up front, so memory is flat across steps). */
export function createAdamW(params: tf.Variable[], settings: AdamWSettings): AdamW {
  const decays = params.map((p) => p.rank >= 2);
  const sizes = params.map((p) => p.size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const mask = new Float32Array(total);
  let offset = 0;
  params.forEach((p, i) => {
    if (decays[i]) mask.fill(1, offset, offset + p.size);
    offset += p.size;
  });
  return {
    settings,
    params,
    decays,
    sizes,
    decayMask: tf.tensor1d(mask),
    weights: variableFrom(
      tf.tidy(() => flatten(params)),
      false,
    ),
    m: variableFrom(tf.zeros([total]), false),
    v: variableFrom(tf.zeros([total]), false),
    step: 0,
  };
}

/**
 * One update with learning rate lr: g ← g·min(1, c/‖g‖); m ← β₁m + (1−β₁)g;
 * v ← β₂v + (1−β₂)g²; w ← w − lr·(m̂/(√v̂ + ε) + λw). Call inside tf.tidy.
 */
export function applyAdamW(opt: AdamW, grads: tf.Tensor[], lr: number): void {
  const { beta1, beta2, epsilon, weightDecay, gradClipNorm } = opt.settings;
  opt.step += 1;
  let g = flatten(grads);
  if (gradClipNorm > 0) {
    const norm = tf.sqrt(tf.sum(tf.square(g)));
    g = tf.mul(g, tf.minimum(1, tf.div(gradClipNorm, tf.add(norm, 1e-6))));
  }
  const m = tf.add(tf.mul(opt.m, beta1), tf.mul(g, 1 - beta1));
  const v = tf.add(tf.mul(opt.v, beta2), tf.mul(tf.square(g), 1 - beta2));
  opt.m.assign(m);
  opt.v.assign(v);
  // Bias corrections folded into the step size (Kingma & Ba 2015, end of Sec. 2).
  const stepSize = (lr * Math.sqrt(1 - beta2 ** opt.step)) / (1 - beta1 ** opt.step);
  const eps = epsilon * Math.sqrt(1 - beta2 ** opt.step);
  // Decoupled decay: w·(1 − lr·λ) on matrices, w on the rest, as one multiply by a flat factor.
  const decayed =
    weightDecay > 0
      ? tf.mul(opt.weights, tf.sub(1, tf.mul(opt.decayMask, lr * weightDecay)))
      : opt.weights;
  const next = tf.sub(decayed, tf.mul(tf.div(m, tf.add(tf.sqrt(v), eps)), stepSize));
  opt.weights.assign(next);
  tf.split(next, opt.sizes).forEach((w, i) => {
    const p = opt.params[i]!;
    p.assign(tf.reshape(w, p.shape));
  });
}

/** Frees the moments, the master weights and the decay mask. */
export function disposeAdamW(opt: AdamW): void {
  for (const t of [opt.m, opt.v, opt.weights, opt.decayMask]) t.dispose();
}
