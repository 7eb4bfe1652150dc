import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { makeNormal, makeRandom, randomIndex } from '../../src/lib/random';

describe('makeRandom(seed)', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = makeRandom(42);
    const b = makeRandom(42);
    const c = makeRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });
  it('reproduces mulberry32 for seed 42: 0.6011037519201636', () => {
    expect(makeRandom(42)()).toBe(0.6011037519201636);
  });
  it('stays in [0, 1) with mean ≈ 1/2 and variance ≈ 1/12 over 20,000 draws', () => {
    const random = makeRandom(7);
    const xs = Array.from({ length: 20000 }, random);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.003);
  });
  it.each([[-1], [NaN], [Infinity]])('makeRandom(%s) throws an InputError on seed', (seed) => {
    expect(() => makeRandom(seed)).toThrow(InputError);
  });
});

describe('makeNormal(random)', () => {
  it('has mean ≈ 0, standard deviation ≈ 1 and about 95% of draws inside ±1.96', () => {
    const normal = makeNormal(makeRandom(1));
    const zs = Array.from({ length: 20000 }, normal);
    const mean = zs.reduce((s, z) => s + z, 0) / zs.length;
    const sd = Math.sqrt(zs.reduce((s, z) => s + (z - mean) ** 2, 0) / zs.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
    expect(Math.abs(zs.filter((z) => Math.abs(z) < 1.96).length / zs.length - 0.95)).toBeLessThan(
      0.005,
    );
    expect(zs.every(Number.isFinite)).toBe(true);
  });
});

describe('randomIndex(random, n)', () => {
  it('hits every index of 0..9 and no other', () => {
    const random = makeRandom(3);
    const seen = new Set(Array.from({ length: 1000 }, () => randomIndex(random, 10)));
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
