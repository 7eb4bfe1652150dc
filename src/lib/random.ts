import { requireNonNegative } from './validate';

/** A source of uniform random numbers in [0, 1). */
export type Random = () => number;

/**
 * A seeded uniform generator in [0, 1): mulberry32 (Tommy Ettinger, public domain), 32 bits of
 * state, period 2³², good enough for bootstrap resampling and synthetic noise, and reproducible
 * everywhere because it uses only 32-bit integer arithmetic.
 * @example const random = makeRandom(42); random() // 0.6011037519201636, the same on every machine
 */
export function makeRandom(seed: number): Random {
  requireNonNegative(seed, 'seed', 'number');
  let state = Math.floor(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded standard normal sampler (mean 0, standard deviation 1) by the Box–Muller transform
 * z = √(−2 ln u₁)·cos(2π u₂), u₁ ∈ (0, 1], u₂ ∈ [0, 1), from a `makeRandom` stream; the sine
 * twin is kept for the next call.
 * @example const normal = makeNormal(makeRandom(7)); 0.5 + 0.01 * normal() // a noisy loss
 */
export function makeNormal(random: Random): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/**
 * A seeded integer in [0, n): ⌊random()·n⌋.
 * @example randomIndex(makeRandom(1), 10) // 6
 */
export function randomIndex(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}
