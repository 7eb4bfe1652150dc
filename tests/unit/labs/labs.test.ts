import { describe, expect, it } from 'vitest';
import { LABS } from '../../../src/lib/labs';

describe('LABS', () => {
  it('lists every lab page once, in the order of the labs', () => {
    expect(LABS.map((l) => l.slug)).toEqual([
      'parameter-audit',
      'scaling-sweep',
      'predict-and-verify',
      'isoflop',
      'dashboard',
      'benchmark',
      'fit-choices',
      'three-approaches',
    ]);
  });
  it('gives the training labs their backend result and the IsoFLOP lab its per-budget nOpt', () => {
    const results = (slug: string) => LABS.find((l) => l.slug === slug)!.results.map((r) => r.name);
    for (const slug of ['scaling-sweep', 'predict-and-verify', 'isoflop'])
      expect(results(slug)[0]).toBe('backend');
    expect(results('isoflop')).toContain('a');
    expect(results('parameter-audit')).toContain('weightMatrices');
    expect(LABS.find((l) => l.slug === 'dashboard')!.params).toEqual([]);
  });
});
