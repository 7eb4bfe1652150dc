import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS, type ModelConfig } from '../../../src/lib/labs/modelConfig';
import { summariseWeights } from '../../../src/lib/labs/weightSummary';
import {
  createModel,
  crossEntropy,
  disposeModel,
  forward,
  listWeights,
} from '../../../src/training/model';
import { useBackend } from './fixtures';

const V = 40;
const configs: [string, ModelConfig][] = [
  ['tiny (1 layer, d 16)', PRESETS.tiny!],
  ['nano (2 layers, d 64)', PRESETS.nano!],
  ['ladder d48 (2 layers, 3 heads)', { nVocab: V, nCtx: 64, nLayer: 2, dModel: 48, nHeads: 3 }],
  ['3 layers, d 24, T 32', { nVocab: 29, nCtx: 32, nLayer: 3, dModel: 24, nHeads: 1 }],
];

describe('createModel(config, seed)', () => {
  beforeAll(() => useBackend('cpu'));

  it.each(configs)('%s: real weights match 12·L·d² + biases + norms + embeddings', (_, c) => {
    const model = createModel(c, 1);
    const weights = listWeights(model);
    const s = summariseWeights(weights);
    const { nLayer: L, dModel: d, nVocab, nCtx: T } = c;
    // Kaplan et al. 2020, Sec. 2.1: N = 2·d_model·n_layer·(2·d_attn + d_ff) = 12·n_layer·d_model² with d_ff = 4·d_model.
    expect(s.weightMatrices).toBe(12 * L * d * d);
    expect(s.attention).toBe(4 * L * d * d);
    expect(s.feedForward).toBe(8 * L * d * d);
    expect(s.bias).toBe(L * (4 * d + 4 * d + d));
    expect(s.norm).toBe(2 * d * (2 * L + 1));
    expect(s.embedding).toBe(nVocab * d + T * d);
    const real = [...model.weights.values()].reduce(
      (n, w) => n + (w.variable.trainable ? w.variable.size : 0),
      0,
    );
    expect(real).toBe(s.weightMatrices + s.bias + s.norm + s.embedding);
    expect(weights.every((w) => w.size === w.shape.reduce((a, b) => a * b, 1))).toBe(true);
    disposeModel(model);
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const read = async (seed: number) => {
      const m = createModel(PRESETS.tiny!, seed);
      const v = await m.weights.get('layer0.attn.query.weight')!.variable.data();
      disposeModel(m);
      return Array.from(v);
    };
    expect(await read(3)).toEqual(await read(3));
    expect(await read(3)).not.toEqual(await read(4));
  });

  it('rejects a d_model the heads do not divide', () => {
    expect(() => createModel({ ...PRESETS.tiny!, nHeads: 3 }, 1)).toThrow(/divisible by nHeads/);
  });
});

describe('forward(model, ids)', () => {
  it.each(['cpu', 'wasm'] as const)(
    'loss at initialisation is close to ln(vocab) on %s',
    async (backend) => {
      await useBackend(backend);
      const c = { ...PRESETS.tiny!, nVocab: V };
      const model = createModel(c, 7);
      const ids = tf.tensor2d(
        Array.from({ length: 4 * 16 }, (_, i) => (i * 7) % V),
        [4, 16],
        'int32',
      );
      const targets = tf.tensor2d(
        Array.from({ length: 4 * 16 }, (_, i) => (i * 13 + 5) % V),
        [4, 16],
        'int32',
      );
      const loss = crossEntropy(model, ids, targets);
      expect(Math.abs((await loss.data())[0]! - Math.log(V))).toBeLessThan(0.05);
      tf.dispose([ids, targets, loss]);
      disposeModel(model);
      await useBackend('cpu');
    },
  );

  it('is causal: a later token does not change earlier logits', async () => {
    const model = createModel(PRESETS.tiny!, 2);
    const a = Array.from({ length: 16 }, (_, i) => i % V);
    const b = [...a.slice(0, 10), 1, 2, 3, 4, 5, 6];
    const logits = tf.tidy(() => forward(model, tf.tensor2d([a, b], [2, 16], 'int32')));
    const rows = (await logits.array()) as number[][];
    for (let t = 0; t < 10; t++)
      rows[t]!.forEach((v, j) => expect(rows[16 + t]![j]).toBeCloseTo(v, 5));
    expect(rows[15]).not.toEqual(rows[31]);
    logits.dispose();
    disposeModel(model);
  });
});
