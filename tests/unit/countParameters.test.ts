import { describe, expect, it } from 'vitest';
import {
  countParameters,
  type DecoderConfig,
  estimateNonEmbeddingParams,
  estimateParams12LD2,
} from '../../src/lib/countParameters';
import { InputError } from '../../src/lib/errors';
import { findTransformerPreset } from '../../src/lib/transformerPresets';
import { closeTo, papers } from '../tolerance';

const gpt2: DecoderConfig = findTransformerPreset('gpt2-124m')!.config;

describe('countParameters(config)', () => {
  it('counts GPT-2 124M exactly: 124,439,808 with biases, LayerNorms and a tied head', () => {
    expect(countParameters(gpt2).total).toBe(124_439_808);
  });
  it('breaks GPT-2 124M down by component', () => {
    const b = countParameters(gpt2);
    expect(b).toMatchObject({
      attention: 12 * 4 * 768 * 768,
      feedForward: 12 * 2 * 768 * 3072,
      norms: 25 * 2 * 768,
      biases: 12 * (3 * 768 + 768 + 3072 + 768),
      tokenEmbedding: 50257 * 768,
      positionEmbedding: 1024 * 768,
      outputHead: 0,
    });
    expect(b.nonEmbedding + b.embedding).toBe(b.total);
  });
  it('non-embedding excludes the token, position and output matrices (Kaplan Sec. 2.1)', () => {
    const b = countParameters({ ...gpt2, tiedEmbeddings: false });
    expect(b.embedding).toBe(b.tokenEmbedding + b.positionEmbedding + b.outputHead);
    expect(b.nonEmbedding).toBe(b.attention + b.feedForward + b.norms + b.biases);
    expect(b.outputHead).toBe(50257 * 768);
  });
  it('with no biases, no norms beyond RMSNorm gains and d_ff = 4·d_model, non-embedding is 12·L·d² plus the gains', () => {
    const b = countParameters({ ...gpt2, biases: false, norm: 'rmsnorm' });
    expect(b.nonEmbedding).toBe(estimateParams12LD2(12, 768) + 25 * 768);
  });
  it('counts grouped-query attention with d_kv = kv_heads·head_dim', () => {
    const b = countParameters({ ...gpt2, nHeads: 12, nKvHeads: 4, headDim: 64, biases: false });
    expect(b.attention).toBe(12 * (2 * 768 * 768 + 2 * 768 * 256));
  });
  it('counts SwiGLU with three matrices', () => {
    expect(countParameters({ ...gpt2, ffn: 'swiglu' }).feedForward).toBe(12 * 3 * 768 * 3072);
  });
  it('counts relative positions as one d_model×d_attn projection per layer', () => {
    expect(countParameters({ ...gpt2, positionEmbedding: 'relative' }).positionEmbedding).toBe(
      12 * 768 * 768,
    );
  });
  it('leaves the final norm out when finalNorm is false', () => {
    expect(countParameters(gpt2).norms - countParameters({ ...gpt2, finalNorm: false }).norms).toBe(
      2 * 768,
    );
  });
  it.each([
    [{ nLayer: -3 }, 'nLayer', 'nLayer must be a positive whole number of layers, got -3'],
    [{ dModel: 76.8 }, 'dModel', 'dModel must be a positive whole model width, got 76.8'],
    [{ nKvHeads: 5 }, 'nKvHeads', 'nKvHeads must divide nHeads (12), got 5'],
    [{ nVocab: 0 }, 'nVocab', 'nVocab must be a positive whole vocabulary size, got 0'],
    [{ ffn: 'moe' }, 'ffn', `ffn must be one of 'mlp', 'swiglu', got "moe"`],
    [{ norm: 'batchnorm' }, 'norm', `norm must be one of 'layernorm', 'rmsnorm', got "batchnorm"`],
  ])('rejects %o on field %s', (patch, field, message) => {
    const bad = { ...gpt2, ...patch } as DecoderConfig;
    expect(() => countParameters(bad)).toThrow(new InputError(message, field));
    try {
      countParameters(bad);
    } catch (e) {
      expect((e as InputError).field).toBe(field);
    }
  });
  it('rejects a head split that leaves fractional key/value widths, on headDim', () => {
    expect(() => countParameters({ ...gpt2, dModel: 770, nHeads: 12, nKvHeads: 4 })).toThrow(
      /give headDim/,
    );
  });
});

describe('estimateNonEmbeddingParams and estimateParams12LD2 (Kaplan Eq. 2.1)', () => {
  const check = papers.example_checks.gpt3_175B_non_embedding_12Ld2;
  it('estimateParams12LD2(96, 12288) is 173,946,175,488 (GPT-3 175B)', () => {
    expect(estimateParams12LD2(check.n_layer, check.d_model)).toBe(check.params);
  });
  it('2·d_model·n_layer·(2·d_attn + d_ff) equals 12·n_layer·d_model² when d_attn = d_ff/4 = d_model', () => {
    expect(estimateNonEmbeddingParams({ nLayer: check.n_layer, dModel: check.d_model })).toBe(
      check.params,
    );
  });
  it('uses d_attn and d_ff when given', () => {
    expect(estimateNonEmbeddingParams({ nLayer: 2, dModel: 10, dAttn: 5, dFf: 30 })).toBe(
      2 * 10 * 2 * (10 + 30),
    );
  });
  it('rejects a negative width on field dModel', () => {
    expect(() => estimateParams12LD2(12, -1)).toThrow(
      new InputError('dModel must be a positive model width, got -1', 'dModel'),
    );
  });
});

describe('widthFor12LD2(nLayer, N)', () => {
  it('inverts estimateParams12LD2', async () => {
    const { estimateParams12LD2, widthFor12LD2 } = await import('../../src/lib/countParameters');
    expect(widthFor12LD2(2, 6144)).toBe(16);
    closeTo(widthFor12LD2(96, estimateParams12LD2(96, 12288)), 12288);
    expect(() => widthFor12LD2(2, 0)).toThrow(/N/);
  });
});

describe('countParameters(config) with a mixture of experts', () => {
  const dense = {
    nLayer: 2,
    dModel: 64,
    nHeads: 4,
    dFf: 256,
    ffn: 'swiglu',
    nVocab: 100,
    nCtx: 32,
    positionEmbedding: 'none',
    norm: 'rmsnorm',
    biases: false,
    tiedEmbeddings: false,
  } as const;
  it('E experts hold E feed-forward blocks plus a d_model × E router per layer; a token uses topK of them', () => {
    const one = countParameters(dense);
    const moe = countParameters({ ...dense, moe: { experts: 4, topK: 1 } });
    expect(moe.feedForward).toBe(4 * one.feedForward);
    expect(moe.router).toBe(2 * 64 * 4);
    expect(moe.total).toBe(one.total + 3 * one.feedForward + moe.router);
    expect(moe.active).toBe(one.total + moe.router);
    expect(one.active).toBe(one.total);
  });
  it('shared experts are used by every token', () => {
    const shared = countParameters({ ...dense, moe: { experts: 4, topK: 2, sharedExperts: 1 } });
    const block = 2 * 3 * 64 * 256;
    expect(shared.total - shared.active).toBe(2 * block);
  });
  it.each([
    [{ experts: 4, topK: 5 }, 'topK', 'topK must be at most the number of experts (4), got 5'],
    [
      { experts: 0, topK: 1 },
      'experts',
      'experts must be a positive whole number of routed experts, got 0',
    ],
  ])('refuses %j on field %s', (moe, field, message) => {
    expect(() => countParameters({ ...dense, moe })).toThrow(new InputError(message, field));
  });
});
