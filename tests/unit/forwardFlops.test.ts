import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import {
  forwardFlopsBreakdown,
  forwardFlopsPerToken,
  trainingFlopsPerToken,
} from '../../src/lib/forwardFlops';
import { closeTo } from '../tolerance';

describe('forwardFlopsPerToken({N, nLayer, nCtx, dAttn})', () => {
  it.each([
    [{ N: 1e6, nLayer: 2, nCtx: 10, dAttn: 4 }, 2e6 + 160],
    [{ N: 1.5e9, nLayer: 48, nCtx: 1024, dAttn: 1600 }, 3e9 + 2 * 48 * 1024 * 1600],
  ])('%o is 2N + 2·n_layer·n_ctx·d_attn = %d', (input, expected) => {
    expect(forwardFlopsPerToken(input)).toBe(expected);
  });
  it('trainingFlopsPerToken is 3× the forward cost (6N + 6·n_layer·n_ctx·d_attn)', () => {
    const input = { N: 1.5e9, nLayer: 48, nCtx: 1024, dAttn: 1600 };
    closeTo(trainingFlopsPerToken(input), 6 * 1.5e9 + 6 * 48 * 1024 * 1600);
  });
  it.each([
    [{ N: -3, nLayer: 2, nCtx: 10, dAttn: 4 }, 'N'],
    [{ N: 1, nLayer: 0, nCtx: 10, dAttn: 4 }, 'nLayer'],
    [{ N: 1, nLayer: 2, nCtx: NaN, dAttn: 4 }, 'nCtx'],
    [{ N: 1, nLayer: 2, nCtx: 10, dAttn: -1 }, 'dAttn'],
  ])('%o throws an InputError on field %s', (input, field) => {
    expect(() => forwardFlopsPerToken(input)).toThrow(InputError);
    try {
      forwardFlopsPerToken(input);
    } catch (e) {
      expect((e as InputError).field).toBe(field);
    }
  });
});

describe('forwardFlopsBreakdown(shape)', () => {
  const gpt2 = { nLayer: 12, dModel: 768, nCtx: 1024, nVocab: 50257 };
  it('follows Kaplan Table 1 row by row for GPT-2 small', () => {
    const b = forwardFlopsBreakdown(gpt2);
    expect(b.embed).toBe(4 * 768);
    expect(b.attentionQkv).toBe(2 * 12 * 768 * 3 * 768);
    expect(b.attentionMask).toBe(2 * 12 * 1024 * 768);
    expect(b.attentionProject).toBe(2 * 12 * 768 * 768);
    expect(b.feedForward).toBe(2 * 12 * 2 * 768 * 3072);
    expect(b.deEmbed).toBe(2 * 768 * 50257);
  });
  it('its non-embedding total equals 2N + 2·n_layer·n_ctx·d_attn with N = 12·n_layer·d_model²', () => {
    const N = 12 * 12 * 768 * 768;
    expect(forwardFlopsBreakdown(gpt2).nonEmbedding).toBe(
      forwardFlopsPerToken({ N, nLayer: 12, nCtx: 1024, dAttn: 768 }),
    );
  });
  it('rejects a zero vocabulary on field nVocab', () => {
    expect(() => forwardFlopsBreakdown({ ...gpt2, nVocab: 0 })).toThrow(
      /nVocab must be a positive/,
    );
  });
});
