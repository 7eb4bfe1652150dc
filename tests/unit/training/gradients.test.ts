import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../../src/lib/labs/modelConfig';
import { applyAdamW, createAdamW, disposeAdamW } from '../../../src/training/adamw';
import {
  createModel,
  crossEntropy,
  disposeModel,
  trainableVariables,
  type Model,
} from '../../../src/training/model';
import { closeTo } from '../../tolerance';
import { useBackend } from './fixtures';

/** float32 arithmetic against float64 or another float32 order of operations. */
const F32 = 1e-4;

/** The same transformer in plain tfjs ops, differentiated by tfjs's own autodiff: the reference. */
function referenceLoss(m: Model, ids: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  const w = (n: string) => m.weights.get(n)!.variable;
  const { nVocab: V, dModel: d, nLayer, nHeads: h } = m.config;
  const [B, T] = ids.shape;
  const ln = (x: tf.Tensor2D, p: string) => {
    const { mean, variance } = tf.moments(x, -1, true);
    const xhat = tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, 1e-5)));
    return tf.add(tf.mul(xhat, w(`${p}.gain`)), w(`${p}.shift`)) as tf.Tensor2D;
  };
  const lin = (x: tf.Tensor2D, p: string) =>
    tf.add(tf.matMul(x, w(`${p}.weight`) as tf.Tensor2D), w(`${p}.bias`)) as tf.Tensor2D;
  const heads = (t: tf.Tensor2D) => tf.transpose(tf.reshape(t, [B, T, h, d / h]), [0, 2, 1, 3]);
  const oneHot = (t: tf.Tensor) =>
    tf.cast(tf.oneHot(tf.reshape(t, [B * T]) as tf.Tensor1D, V), 'float32');
  let x = tf.add(
    tf.matMul(oneHot(ids), w('tokenEmbedding')),
    tf.tile(tf.slice(w('positionEmbedding'), [0, 0], [T, d]), [B, 1]),
  ) as tf.Tensor2D;
  for (let l = 0; l < nLayer; l++) {
    const p = `layer${l}.`;
    const a = ln(x, `${p}ln1`);
    const [q, k, v] = ['query', 'key', 'value'].map((n) => heads(lin(a, `${p}attn.${n}`)));
    const s = tf.add(tf.mul(tf.matMul(q!, k!, false, true), 1 / Math.sqrt(d / h)), m.mask);
    const o = tf.reshape(tf.transpose(tf.matMul(tf.softmax(s), v!), [0, 2, 1, 3]), [B * T, d]);
    x = tf.add(x, lin(o as tf.Tensor2D, `${p}attn.output`));
    x = tf.add(x, lin(tf.relu(lin(ln(x, `${p}ln2`), `${p}ff.up`)), `${p}ff.down`));
  }
  const logits = tf.matMul(ln(x, 'lnFinal'), w('tokenEmbedding'), false, true);
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot(targets), tf.logSoftmax(logits)), -1))) as tf.Scalar;
}

const config: ModelConfig = { nVocab: 11, nCtx: 8, nLayer: 2, dModel: 16, nHeads: 2 };

describe('crossEntropy(model, ids, targets) gradients', () => {
  beforeAll(() => useBackend('cpu'));

  it('equal tfjs autodiff of the plain model for every weight (fused QKV, LayerNorm, loss)', () => {
    const m = createModel(config, 5);
    const ids = tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4, 5], [2, 8], 'int32');
    const y = tf.tensor2d([2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4, 5, 6], [2, 8], 'int32');
    const vars = trainableVariables(m);
    const ours = tf.variableGrads(() => crossEntropy(m, ids, y), vars);
    const ref = tf.variableGrads(() => referenceLoss(m, ids, y), vars);
    closeTo(ours.value.dataSync()[0]!, ref.value.dataSync()[0]!, F32);
    for (const v of vars) {
      const a = ours.grads[v.name]!.dataSync();
      const b = ref.grads[v.name]!.dataSync();
      const scale = Math.max(...Array.from(b, Math.abs), 1e-6);
      const worst = Math.max(...Array.from(a, (x, i) => Math.abs(x - b[i]!)));
      expect(worst / scale).toBeLessThan(F32);
    }
    disposeModel(m);
  });
});

describe('applyAdamW(opt, grads, lr)', () => {
  beforeAll(() => useBackend('cpu'));

  it.each(['host', 'device'] as const)(
    'equals AdamW worked by hand in float64 (clip, moments, decay on matrices only), moments on the %s',
    (where) => {
      const p = [
        tf.variable(tf.tensor2d([0.5, -1, 2, 0.25], [2, 2])),
        tf.variable(tf.tensor1d([1, -2, 3])),
      ];
      const settings = {
        beta1: 0.9,
        beta2: 0.99,
        epsilon: 1e-8,
        weightDecay: 0.1,
        gradClipNorm: 1,
      };
      const opt = createAdamW(p, settings, where);
      expect(opt.moments.where).toBe(where);
      const g = [
        [3, -1, 0.5, 2],
        [-4, 1, 0.25],
      ];
      // Reference: Loshchilov & Hutter 2019, Algorithm 2, by hand in float64.
      const w = [
        [0.5, -1, 2, 0.25],
        [1, -2, 3],
      ];
      const m = w.map((r) => r.map(() => 0));
      const v = w.map((r) => r.map(() => 0));
      for (let step = 1; step <= 2; step++) {
        tf.tidy(() =>
          applyAdamW(
            opt,
            g.map((r, i) => tf.tensor(r, p[i]!.shape)),
            0.01,
          ),
        );
        const norm = Math.sqrt(g.flat().reduce((s, x) => s + x * x, 0));
        const f = Math.min(1, 1 / (norm + 1e-6));
        w.forEach((row, i) =>
          row.forEach((_, j) => {
            const gi = g[i]![j]! * f;
            m[i]![j] = 0.9 * m[i]![j]! + 0.1 * gi;
            v[i]![j] = 0.99 * v[i]![j]! + 0.01 * gi * gi;
            const mh = m[i]![j]! / (1 - 0.9 ** step);
            const vh = v[i]![j]! / (1 - 0.99 ** step);
            const decay = i === 0 ? 0.01 * 0.1 * row[j]! : 0;
            row[j] = row[j]! - decay - (0.01 * mh) / (Math.sqrt(vh) + 1e-8);
          }),
        );
      }
      p.forEach((t, i) => Array.from(t.dataSync()).forEach((x, j) => closeTo(x, w[i]![j]!, F32)));
      disposeAdamW(opt);
      p.forEach((t) => t.dispose());
    },
  );

  it('gives the same weights to the bit with the moments on the host or the device (WASM, clipping on)', async () => {
    await useBackend('wasm');
    const config: ModelConfig = { nVocab: 12, nCtx: 8, nLayer: 1, dModel: 8, nHeads: 2 };
    const settings = {
      beta1: 0.9,
      beta2: 0.95,
      epsilon: 1e-8,
      weightDecay: 0.1,
      gradClipNorm: 0.05,
    };
    const ids = tf.tensor2d(
      Array.from({ length: 32 }, (_, i) => (i * 5) % 12),
      [4, 8],
      'int32',
    );
    const targets = tf.tensor2d(
      Array.from({ length: 32 }, (_, i) => (i * 7 + 1) % 12),
      [4, 8],
      'int32',
    );
    const weights = (['host', 'device'] as const).map((where) => {
      const model = createModel(config, 3);
      const opt = createAdamW(trainableVariables(model), settings, where);
      for (let step = 0; step < 4; step++)
        tf.tidy(() => {
          const { grads } = tf.variableGrads(() => crossEntropy(model, ids, targets), opt.params);
          applyAdamW(
            opt,
            opt.params.map((p) => grads[p.name]!),
            0.01,
          );
        });
      const values = opt.params.map((p) => Array.from(p.dataSync()));
      disposeAdamW(opt);
      disposeModel(model);
      return values;
    });
    expect(weights[0]).toEqual(weights[1]);
    [ids, targets].forEach((t) => t.dispose());
    await useBackend('cpu');
  });

  it('keeps the moments in main memory on the CPU and WASM backends by default', async () => {
    for (const backend of ['cpu', 'wasm'] as const) {
      await useBackend(backend);
      const p = [tf.variable(tf.ones([2]))];
      const opt = createAdamW(p, {
        beta1: 0.9,
        beta2: 0.99,
        epsilon: 1e-8,
        weightDecay: 0,
        gradClipNorm: 0,
      });
      expect(opt.moments.where).toBe('host');
      disposeAdamW(opt);
      p.forEach((t) => t.dispose());
    }
    await useBackend('cpu');
  });
});
