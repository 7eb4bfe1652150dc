/**
 * AdamW (Loshchilov & Hutter 2019, Algorithm 2): Adam's moment estimates with weight decay
 * applied to the weights directly rather than through the gradient. Written here because
 * tfjs-core ships Adam without decoupled decay. Global-norm gradient clipping as in GPT-2.
 *
 * Tensor by tensor, a dozen small kernels per weight. A version over one flat buffer of all
 * weights and moments (a concat of the gradients and a split back into the weights every step)
 * launched fewer kernels and ran d8 faster in Node (18.7 against 21.4 ms a step), but d48 slower
 * (108 against 73 ms), and in Chromium (WASM with threads) the five-width sweep took 221 s beside
 * the first engine's 157 s, where with this one it took 149 s beside 153 s (side by side,
 * `BENCH_AB`): the copies cost more than the launches saved.
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

/** Optimizer state: the first and second moments of every weight, and the step count. */
export interface AdamW {
  settings: AdamWSettings;
  params: tf.Variable[];
  /** Weights that decay: matrices (rank ≥ 2), not biases or LayerNorm gains (nanoGPT). */
  decays: boolean[];
  m: tf.Variable[];
  v: tf.Variable[];
  step: number;
}

/** Creates zeroed moments for `params` (all allocated up front, so memory is flat across steps). */
export function createAdamW(params: tf.Variable[], settings: AdamWSettings): AdamW {
  return {
    settings,
    params,
    decays: params.map((p) => p.rank >= 2),
    m: params.map((p) => variableFrom(tf.zerosLike(p), false)),
    v: params.map((p) => variableFrom(tf.zerosLike(p), false)),
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
  let scaled = grads;
  if (gradClipNorm > 0) {
    const norm = tf.sqrt(tf.addN(grads.map((g) => tf.sum(tf.square(g)))));
    const factor = tf.minimum(tf.scalar(1), tf.div(tf.scalar(gradClipNorm), tf.add(norm, 1e-6)));
    scaled = grads.map((g) => tf.mul(g, factor));
  }
  const b1 = tf.scalar(beta1);
  const b2 = tf.scalar(beta2);
  const c1 = tf.scalar(1 - beta1);
  const c2 = tf.scalar(1 - beta2);
  // Bias corrections folded into the step size (Kingma & Ba 2015, end of Sec. 2).
  const stepSize = tf.scalar((lr * Math.sqrt(1 - beta2 ** opt.step)) / (1 - beta1 ** opt.step));
  const eps = tf.scalar(epsilon * Math.sqrt(1 - beta2 ** opt.step));
  const shrink = tf.scalar(1 - lr * weightDecay);
  opt.params.forEach((p, i) => {
    const g = scaled[i]!;
    const m = tf.add(tf.mul(opt.m[i]!, b1), tf.mul(g, c1));
    const v = tf.add(tf.mul(opt.v[i]!, b2), tf.mul(tf.square(g), c2));
    opt.m[i]!.assign(m);
    opt.v[i]!.assign(v);
    const decayed = opt.decays[i] && weightDecay > 0 ? tf.mul(p, shrink) : p;
    p.assign(tf.sub(decayed, tf.mul(stepSize, tf.div(m, tf.add(tf.sqrt(v), eps)))));
  });
}

/** Frees the moments. */
export function disposeAdamW(opt: AdamW): void {
  for (const t of [...opt.m, ...opt.v]) t.dispose();
}
