/**
 * The lab corpus (public/corpus/moby-dick.{bin,json}, written by scripts/prepare-corpus.mjs):
 * decoding, a held-out validation split fixed by a seed, and a seeded batch sampler.
 * Pure TypeScript: no tfjs, so the split can be tested and reused anywhere.
 */
import { deriveSeed, makeRng, randomInt } from './random';

/** The JSON that describes the token file. */
export interface CorpusMeta {
  name: string;
  vocab: string[];
  vocabSize: number;
  tokens: number;
  split: { blockSize: number; validationFraction: number; seed: number };
  checksum: { algorithm: 'fnv1a32'; value: string };
}

/** A run of consecutive tokens [start, start + length). */
export interface Block {
  start: number;
  length: number;
}

/** The decoded corpus: all tokens and the blocks of each split. */
export interface Corpus {
  meta: CorpusMeta;
  tokens: Uint8Array;
  train: Block[];
  validation: Block[];
}

/** Input ids and next-token targets of a batch, row-major B × T. */
export interface Batch {
  x: Int32Array;
  y: Int32Array;
  batchSize: number;
  contextLength: number;
}

/**
 * FNV-1a 32-bit hash as 8 hex digits (Fowler–Noll–Vo); the same as scripts/prepare-corpus.mjs.
 * @example fnv1a32(new Uint8Array([])) // '811c9dc5'
 */
export function fnv1a32(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Cuts `length` tokens into blocks of `blockSize` and holds out round(fraction · blocks) of
 * them for validation, chosen by a Fisher–Yates shuffle seeded with `seed`. Same seed, same
 * split; the two lists are disjoint and together cover every token.
 * @example splitBlocks(10_240, 1024, 0.1, 1).validation.length // 1
 */
export function splitBlocks(
  length: number,
  blockSize: number,
  fraction: number,
  seed: number,
): { train: Block[]; validation: Block[] } {
  if (!(fraction > 0 && fraction < 1))
    throw new RangeError(`validation fraction must be between 0 and 1, got ${fraction}`);
  const count = Math.ceil(length / blockSize);
  const order = Array.from({ length: count }, (_, i) => i);
  const rng = makeRng(deriveSeed(seed, 'split'));
  for (let i = count - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const held = new Set(order.slice(0, Math.max(1, Math.round(count * fraction))));
  const train: Block[] = [];
  const validation: Block[] = [];
  for (let i = 0; i < count; i++) {
    const block = { start: i * blockSize, length: Math.min(blockSize, length - i * blockSize) };
    (held.has(i) ? validation : train).push(block);
  }
  return { train, validation };
}

/**
 * Checks the token file against its description and splits it. `seed` overrides the split
 * seed recorded in the JSON. Throws when the checksum or a token id does not match.
 */
export function decodeCorpus(bytes: Uint8Array, meta: CorpusMeta, seed = meta.split.seed): Corpus {
  if (bytes.length !== meta.tokens)
    throw new Error(`corpus has ${bytes.length} tokens, its description says ${meta.tokens}`);
  const sum = fnv1a32(bytes);
  if (sum !== meta.checksum.value)
    throw new Error(
      `corpus checksum ${sum} does not match ${meta.checksum.value}: regenerate it with scripts/prepare-corpus.mjs`,
    );
  const { blockSize, validationFraction } = meta.split;
  return { meta, tokens: bytes, ...splitBlocks(bytes.length, blockSize, validationFraction, seed) };
}

/**
 * Fetches `${base}moby-dick.bin` and `.json` (served from public/corpus/) and decodes them.
 * @example await loadCorpus('/corpus/')
 */
export async function loadCorpus(
  base = '/corpus/',
  fetchFn: typeof fetch = fetch,
  seed?: number,
): Promise<Corpus> {
  const [bin, json] = await Promise.all([
    fetchFn(`${base}moby-dick.bin`),
    fetchFn(`${base}moby-dick.json`),
  ]);
  if (!bin.ok || !json.ok)
    throw new Error(
      `could not load the corpus from ${base} (HTTP ${bin.status}, ${json.status}): run scripts/prepare-corpus.mjs`,
    );
  const meta = (await json.json()) as CorpusMeta;
  return decodeCorpus(new Uint8Array(await bin.arrayBuffer()), meta, seed);
}

/**
 * A seeded sampler of batches from one split: each row is a window of contextLength + 1
 * tokens inside one block (so no window straddles train and validation); x is its first T
 * tokens and y the same shifted by one.
 * @example const next = makeBatchSampler(corpus.tokens, corpus.train, 16, 64, 1); next().x.length // 1024
 */
export function makeBatchSampler(
  tokens: Uint8Array,
  blocks: Block[],
  batchSize: number,
  contextLength: number,
  seed: number,
): () => Batch {
  const usable = blocks.filter((b) => b.length > contextLength);
  if (usable.length === 0)
    throw new RangeError(`no block is longer than the context length ${contextLength}`);
  const rng = makeRng(deriveSeed(seed, 'batches'));
  return () => {
    const x = new Int32Array(batchSize * contextLength);
    const y = new Int32Array(batchSize * contextLength);
    for (let b = 0; b < batchSize; b++) {
      const block = usable[randomInt(rng, usable.length)]!;
      const start = block.start + randomInt(rng, block.length - contextLength);
      for (let t = 0; t < contextLength; t++) {
        x[b * contextLength + t] = tokens[start + t]!;
        y[b * contextLength + t] = tokens[start + t + 1]!;
      }
    }
    return { x, y, batchSize, contextLength };
  };
}

/** Decodes token ids to text with the corpus vocabulary. */
export function decodeText(ids: ArrayLike<number>, vocab: string[]): string {
  let s = '';
  for (let i = 0; i < ids.length; i++) s += vocab[ids[i]!] ?? '#';
  return s;
}
