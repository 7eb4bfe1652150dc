/**
 * AdamW (Loshchilov & Hutter 2019, Algorithm 2): Adam's moment estimates with weight decay
 * applied to the weights directly rather than through the gradient. Written here because
 * tfjs-core ships Adam without decoupled decay. Global-norm gradient clipping as in GPT-2.
 *
 * On a GPU backend (WebGPU, WebGL) it runs tensor by tensor, a dozen small kernels per weight,
 * and the moments stay on the device. On the backends whose tensors live in main memory (WASM,
 * CPU) each of those kernels costs more to launch than to run, so there the moments are plain
 * Float32Arrays and one JavaScript loop per weight does the whole update: the gradients are read
 * synchronously (a copy, no GPU to wait for) and each new weight is handed back as one tensor.
 * A version over one flat tensor of all weights (a concat of the gradients and a split back every
 * step) was tried before and dropped: in Chromium its copies cost more than the launches saved.
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

/** Moments on the device (tensors) or in main memory with a copy of the weights (host). */
type Moments =
  | { where: 'device'; m: tf.Variable[]; v: tf.Variable[] }
  | { where: 'host'; m: Float32Array[]; v: Float32Array[]; w: Float32Array[] };

/** Optimizer state: the first and second moments of every weight, and the step count. */
export interface AdamW {
  settings: AdamWSettings;
  params: tf.Variable[];
  /** Weights that decay: matrices (rank ≥ 2), not biases or LayerNorm gains (nanoGPT). */
  decays: boolean[];
  moments: Moments;
  step: number;
}

/** Backends whose tensors live in main memory, where a JavaScript update beats kernel launches. */
const HOST_BACKENDS = new Set(['wasm', 'cpu']);

/**
 * Creates zeroed moments for `params` (all allocated up front, so memory is flat across steps),
 * in main memory on the WASM and CPU backends and on the device elsewhere, unless `where` says.
 */
export function createAdamW(
  params: tf.Variable[],
  settings: AdamWSettings,
  where: Moments['where'] = HOST_BACKENDS.has(tf.getBackend()) ? 'host' : 'device',
): AdamW {
  const moments: Moments =
    where === 'host'
      ? {
          where,
          m: params.map((p) => new Float32Array(p.size)),
          v: params.map((p) => new Float32Array(p.size)),
          w: params.map((p) => Float32Array.from(p.dataSync())),
        }
      : {
          where,
          m: params.map((p) => variableFrom(tf.zerosLike(p), false)),
          v: params.map((p) => variableFrom(tf.zerosLike(p), false)),
        };
  return { settings, params, decays: params.map((p) => p.rank >= 2), moments, step: 0 };
}

/**
 * One update with learning rate lr: g ← g·min(1, c/‖g‖); m ← β₁m + (1−β₁)g;
 * v ← β₂v + (1−β₂)g²; w ← w − lr·(m̂/(√v̂ + ε) + λw). Call inside tf.tidy.
 */
export function applyAdamW(opt: AdamW, grads: tf.Tensor[], lr: number): void {
  opt.step += 1;
  if (opt.moments.where === 'host') applyOnHost(opt, opt.moments, grads, lr);
  else applyOnDevice(opt, opt.moments, grads, lr);
}

/**
 * The update in one JavaScript loop per weight, every operation rounded to float32 (Math.fround)
 * in the device path's order (the squares summed tensor by tensor as tfjs's Sum and AddN do), so
 * both give the same weights to the bit on WASM: tests/unit/training/gradients.test.ts.
 */
function applyOnHost(
  opt: AdamW,
  { m, v, w }: Extract<Moments, { where: 'host' }>,
  grads: tf.Tensor[],
  lr: number,
): void {
  const f = Math.fround;
  const { beta1, beta2, epsilon, weightDecay, gradClipNorm } = opt.settings;
  const g = grads.map((t) => t.dataSync() as Float32Array);
  let factor = 1;
  if (gradClipNorm > 0) {
    let total = 0;
    for (const gi of g) {
      let sum = 0;
      for (let j = 0; j < gi.length; j++) sum = f(sum + f(gi[j]! * gi[j]!));
      total = f(total + sum);
    }
    factor = Math.min(1, f(f(gradClipNorm) / f(f(Math.sqrt(total)) + f(1e-6))));
  }
  const [b1, b2, c1, c2] = [f(beta1), f(beta2), f(1 - beta1), f(1 - beta2)];
  const stepSize = f((lr * Math.sqrt(1 - beta2 ** opt.step)) / (1 - beta1 ** opt.step));
  const eps = f(epsilon * Math.sqrt(1 - beta2 ** opt.step));
  const shrink = f(1 - lr * weightDecay);
  opt.params.forEach((p, i) => {
    const [gi, mi, vi, wi] = [g[i]!, m[i]!, v[i]!, w[i]!];
    const decays = opt.decays[i] && weightDecay > 0;
    for (let j = 0; j < wi.length; j++) {
      const gj = gradClipNorm > 0 ? f(gi[j]! * factor) : gi[j]!;
      const mj = (mi[j] = f(f(mi[j]! * b1) + f(gj * c1)));
      const vj = (vi[j] = f(f(vi[j]! * b2) + f(f(gj * gj) * c2)));
      const decayed = decays ? f(wi[j]! * shrink) : wi[j]!;
      wi[j] = f(decayed - f(stepSize * f(mj / f(f(Math.sqrt(vj)) + eps))));
    }
    // The CPU backend keeps the array it is given, so it gets a copy; WASM copies it itself.
    p.assign(tf.tensor(tf.getBackend() === 'cpu' ? wi.slice() : wi, p.shape));
  });
}

/** The update as tensor kernels, for GPU backends. */
function applyOnDevice(
  opt: AdamW,
  moments: Extract<Moments, { where: 'device' }>,
  grads: tf.Tensor[],
  lr: number,
): void {
  const { beta1, beta2, epsilon, weightDecay, gradClipNorm } = opt.settings;
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
    const m = tf.add(tf.mul(moments.m[i]!, b1), tf.mul(g, c1));
    const v = tf.add(tf.mul(moments.v[i]!, b2), tf.mul(tf.square(g), c2));
    moments.m[i]!.assign(m);
    moments.v[i]!.assign(v);
    const decayed = opt.decays[i] && weightDecay > 0 ? tf.mul(p, shrink) : p;
    p.assign(tf.sub(decayed, tf.mul(stepSize, tf.div(m, tf.add(tf.sqrt(v), eps)))));
  });
}

/** Frees the moments. */
export function disposeAdamW(opt: AdamW): void {
  if (opt.moments.where === 'device')
    for (const t of [...opt.moments.m, ...opt.moments.v]) t.dispose();
}
