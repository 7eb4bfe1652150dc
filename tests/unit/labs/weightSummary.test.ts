import { describe, expect, it } from 'vitest';
import { type WeightInfo, summariseWeights } from '../../../src/lib/labs/weightSummary';

const w = (name: string, shape: number[], category: WeightInfo['category']): WeightInfo => ({
  name,
  shape,
  size: shape.reduce((a, b) => a * b, 1),
  category,
});

describe('summariseWeights(weights)', () => {
  it('sums by category; weightMatrices = attention + feedForward (12·d² per layer)', () => {
    const d = 8;
    const s = summariseWeights([
      w('tokenEmbedding', [40, d], 'embedding'),
      ...['query', 'key', 'value', 'output'].map((m) => w(`attn.${m}.weight`, [d, d], 'attention')),
      w('ff.up.weight', [d, 4 * d], 'feedForward'),
      w('ff.down.weight', [4 * d, d], 'feedForward'),
      w('ff.up.bias', [4 * d], 'bias'),
      w('ln1.gain', [d], 'norm'),
    ]);
    expect(s).toEqual({
      attention: 4 * d * d,
      feedForward: 8 * d * d,
      bias: 4 * d,
      norm: d,
      embedding: 40 * d,
      weightMatrices: 12 * d * d,
      total: 12 * d * d + 4 * d + d + 40 * d,
    });
  });
  it('is all zeros for no weights', () => {
    expect(summariseWeights([]).total).toBe(0);
  });
});
