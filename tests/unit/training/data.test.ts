import { describe, expect, it } from 'vitest';
import {
  decodeCorpus,
  decodeText,
  fnv1a32,
  makeBatchSampler,
  splitBlocks,
  type Block,
} from '../../../src/training/data';
import { smallCorpus } from './fixtures';

const covers = (blocks: Block[], at: number) =>
  blocks.some((b) => at >= b.start && at < b.start + b.length);

describe('splitBlocks(length, blockSize, fraction, seed)', () => {
  it('is deterministic for a seed', () => {
    expect(splitBlocks(100_000, 1024, 0.1, 5)).toEqual(splitBlocks(100_000, 1024, 0.1, 5));
  });

  it('gives another split for another seed', () => {
    expect(splitBlocks(100_000, 1024, 0.1, 5).validation).not.toEqual(
      splitBlocks(100_000, 1024, 0.1, 6).validation,
    );
  });

  it('keeps train and validation disjoint and covers every token', () => {
    const length = 50_500;
    const { train, validation } = splitBlocks(length, 1024, 0.1, 1);
    expect(validation.length).toBe(Math.round(Math.ceil(length / 1024) * 0.1));
    for (let i = 0; i < length; i += 97)
      expect(covers(train, i) !== covers(validation, i)).toBe(true);
    expect([...train, ...validation].reduce((n, b) => n + b.length, 0)).toBe(length);
  });

  it('rejects a fraction outside (0, 1)', () => {
    expect(() => splitBlocks(10_000, 1024, 1, 1)).toThrow(/between 0 and 1/);
  });
});

describe('makeBatchSampler(tokens, blocks, batch, context, seed)', () => {
  const corpus = smallCorpus();

  it('repeats for a seed; y is x shifted by one; windows stay inside their split', () => {
    const a = makeBatchSampler(corpus.tokens, corpus.validation, 4, 32, 9);
    const b = makeBatchSampler(corpus.tokens, corpus.validation, 4, 32, 9);
    const first = a();
    expect(first).toEqual(b());
    expect(a().x).not.toEqual(first.x);
    const text = decodeText(corpus.tokens, corpus.meta.vocab);
    for (let r = 0; r < 4; r++) {
      const row = decodeText(first.x.subarray(r * 32, r * 32 + 32), corpus.meta.vocab);
      const next = decodeText(first.y.subarray(r * 32, r * 32 + 32), corpus.meta.vocab);
      expect(row.slice(1)).toBe(next.slice(0, -1));
      // Every occurrence of the window must lie in a validation block: none may touch training text.
      const at = text.indexOf(row + next.slice(-1));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(covers(corpus.validation, at) && covers(corpus.validation, at + 32)).toBe(true);
    }
  });
});

describe('decodeCorpus(bytes, meta)', () => {
  it('rejects a file whose checksum does not match', () => {
    const { tokens, meta } = smallCorpus(5000);
    const bad = tokens.slice();
    bad[10] = (bad[10]! + 1) % meta.vocabSize;
    expect(() => decodeCorpus(bad, meta)).toThrow(/checksum/);
  });

  it('fnv1a32 matches the published FNV-1a test vector', () => {
    expect(fnv1a32(new TextEncoder().encode('a'))).toBe('e40c292c');
  });
});
