/**
 * The model's differentiable building blocks with hand-written gradients (tf.customGrad), so a
 * training step launches few kernels: on WASM each launch costs tens of microseconds and a
 * small model's step is mostly launches. Each gradient is checked against tfjs's own autodiff
 * of the plain formula in tests/unit/training/gradients.test.ts.
 */
import * as tf from '@tensorflow/tfjs-core';

type GradFunc = (...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  value: tf.Tensor;
  gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.Tensor[];
};

/** Column sums of rows (n × k → k) as 1ᵀ·x: on WASM a matMul is about 10× faster than tf.sum over axis 0. */
export function sumRows(x: tf.Tensor2D): tf.Tensor1D {
  return tf.reshape(tf.matMul(tf.ones([1, x.shape[0]]), x), [x.shape[1]]);
}

/**
 * LayerNorm over the last axis (Ba et al. 2016), ε = 1e-5, with its gradient written out:
 * x̂ = (x − μ)·r, r = 1/√(σ² + ε), y = x̂·g + b;
 * dx = r·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) with dx̂ = dy·g, dg = Σ dy·x̂, db = Σ dy.
 * Autodiff through tf.moments launched about 30 kernels and saved a dozen tensors per norm;
 * this launches 8 forward and 13 backward.
 */
export const layerNorm = tf.customGrad(((...args) => {
  const [x, gain, shift, save] = args as [tf.Tensor2D, tf.Tensor1D, tf.Tensor1D, tf.GradSaveFunc];
  const xc = tf.sub(x, tf.mean(x, -1, true));
  const r = tf.rsqrt(tf.add(tf.mean(tf.square(xc), -1, true), 1e-5));
  const xhat = tf.mul(xc, r);
  save([xhat, r, gain]);
  return {
    value: tf.add(tf.mul(xhat, gain), shift),
    gradFunc: (dy, saved) => {
      const [xh, rs, g] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D];
      const dxhat = tf.mul(dy, g);
      const dx = tf.mul(
        rs,
        tf.sub(
          tf.sub(dxhat, tf.mean(dxhat, -1, true)),
          tf.mul(xh, tf.mean(tf.mul(dxhat, xh), -1, true)),
        ),
      );
      return [dx, sumRows(tf.mul(dy, xh) as tf.Tensor2D), sumRows(dy as tf.Tensor2D)];
    },
  };
}) as GradFunc) as (x: tf.Tensor2D, gain: tf.Tensor, shift: tf.Tensor) => tf.Tensor2D;

/** Swaps the last two axes. */
export function transposeLast<T extends tf.Tensor>(x: T): T {
  const perm = x.shape.map((_, i) => i);
  [perm[x.rank - 2], perm[x.rank - 1]] = [x.rank - 1, x.rank - 2];
  return tf.transpose(x, perm);
}

/**
 * C = A·B with the gradients dA = dC·Bᵀ and dB = Aᵀ·dC computed on explicitly transposed
 * copies. tfjs's own MatMul gradient passes transpose flags, and on the WASM backend
 * (4.22, XNNPACK) a transposed matMul is about 10× slower than transpose + plain matMul:
 * this keeps a training step 3–6× faster there and costs nothing elsewhere.
 */
export const matMul = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [a, b, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  save([a, b]);
  return {
    value: tf.matMul(a, b),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => [
      tf.matMul(dy, transposeLast(saved[1]!)),
      tf.matMul(transposeLast(saved[0]!), dy),
    ],
  };
}) as <T extends tf.Tensor>(a: T, b: tf.Tensor) => T;

/**
 * y = x·W + b for rows x (n × d_in), one fused kernel (tf.fused.matMul: XNNPACK adds the bias
 * in the product's epilogue), with the explicit-transpose gradients of matMul and the bias
 * gradient as 1ᵀ·dy.
 */
function affineGrad(x: tf.Tensor2D, w: tf.Tensor2D, dy: tf.Tensor2D): tf.Tensor[] {
  return [tf.matMul(dy, tf.transpose(w)), tf.matMul(tf.transpose(x), dy), sumRows(dy)];
}

export const affine = tf.customGrad(((...args) => {
  const [x, w, b, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
  save([x, w]);
  return {
    value: tf.fused.matMul({ a: x, b: w, bias: b }),
    gradFunc: (dy, saved) =>
      affineGrad(saved[0] as tf.Tensor2D, saved[1] as tf.Tensor2D, dy as tf.Tensor2D),
  };
}) as GradFunc) as (x: tf.Tensor2D, w: tf.Tensor, b: tf.Tensor) => tf.Tensor2D;

/** relu(x·W + b) in one fused kernel; the ReLU's gradient masks dy where the output is 0. */
export const affineRelu = tf.customGrad(((...args) => {
  const [x, w, b, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
  const y = tf.fused.matMul({ a: x, b: w, bias: b, activation: 'relu' });
  save([x, w, y]);
  return {
    value: y,
    gradFunc: (dy, saved) => {
      const [xs, ws, ys] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
      return affineGrad(xs, ws, tf.mul(dy, tf.step(ys)));
    },
  };
}) as GradFunc) as (x: tf.Tensor2D, w: tf.Tensor, b: tf.Tensor) => tf.Tensor2D;

/**
 * [Q | K | V] = x·[W_q | W_k | W_v] + [b_q | b_k | b_v]: one product of width 3d instead of three
 * of width d (three times fewer kernels, a wider matMul), over the model's separate weights, so
 * the parameter audit still sees GPT-2's four attention matrices. The weights' gradients come back
 * split from one 3d-wide gradient.
 */
export const qkvProject = tf.customGrad(((...args) => {
  const [x, wq, wk, wv, bq, bk, bv] = args.slice(0, 7) as [tf.Tensor2D, ...tf.Tensor[]] as [
    tf.Tensor2D,
    tf.Tensor,
    tf.Tensor,
    tf.Tensor,
    tf.Tensor,
    tf.Tensor,
    tf.Tensor,
  ];
  const save = args[7] as tf.GradSaveFunc;
  const w = tf.concat([wq, wk, wv], 1);
  save([x, w]);
  return {
    value: tf.fused.matMul({ a: x, b: w, bias: tf.concat([bq, bk, bv]) }),
    gradFunc: (dy, saved) => {
      const [dx, dw, db] = affineGrad(
        saved[0] as tf.Tensor2D,
        saved[1] as tf.Tensor2D,
        dy as tf.Tensor2D,
      );
      return [dx!, ...tf.split(dw!, 3, 1), ...tf.split(db!, 3)];
    },
  };
}) as GradFunc) as (x: tf.Tensor2D, ...wb: tf.Tensor[]) => tf.Tensor2D;

/**
 * Mean cross-entropy of one-hot labels under softmax(logits), −(1/n)·Σ labels·log softmax,
 * with its gradient (softmax − labels)/n written out (one exp, a subtract and a scale; autodiff
 * through logSoftmax launched about a dozen kernels).
 */
export const softmaxCrossEntropy = tf.customGrad(((...args) => {
  const [logits, labels, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  const logProbs = tf.logSoftmax(logits);
  save([logProbs, labels]);
  const n = logits.shape[0];
  return {
    value: tf.mul(tf.sum(tf.mul(labels, logProbs)), -1 / n),
    gradFunc: (dy, saved) => {
      const [lp, lab] = saved as [tf.Tensor2D, tf.Tensor2D];
      return [tf.mul(tf.sub(tf.exp(lp), lab), tf.div(dy, n)), tf.zerosLike(lab)];
    },
  };
}) as GradFunc) as (logits: tf.Tensor2D, labels: tf.Tensor2D) => tf.Scalar;
