/**
 * Seeded randomness for training, so every initialisation, split and batch is reproducible from
 * one integer seed on every backend (tfjs's own seeded ops differ between backends). The
 * generator itself is the library's mulberry32 (src/lib/random.ts); this file adds named streams
 * and filling typed arrays.
 */
import { type Random, makeNormal, makeRandom, randomIndex } from '../lib/random';

/** A function returning uniform floats in [0, 1). */
export type Rng = Random;

/**
 * The library's seeded uniform generator, refusing non-integer seeds (a seed comes from the URL).
 * @example const rng = makeRng(42); rng() // 0.6011037519201636
 */
export function makeRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative integer, got ${String(seed)}`);
  return makeRandom(seed);
}

/**
 * Derives an independent seed for a named stream ("init", "batches", "split") from a base
 * seed, by FNV-1a hashing the name into it, so streams do not share their draws.
 * @example deriveSeed(1, 'batches') !== deriveSeed(1, 'init') // true
 */
export function deriveSeed(seed: number, stream: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Fills an array with normal draws of standard deviation `std` (the library's Box–Muller sampler).
 * @example normalArray(makeRng(1), 4, 0.02).length // 4
 */
export function normalArray(rng: Rng, size: number, std: number): Float32Array {
  const normal = makeNormal(rng);
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) out[i] = normal() * std;
  return out;
}

/**
 * A uniform integer in [0, n).
 * @example randomInt(makeRng(1), 10) // between 0 and 9
 */
export const randomInt: (rng: Rng, n: number) => number = randomIndex;
