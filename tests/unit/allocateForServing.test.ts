import { describe, expect, it } from 'vitest';
import { allocateForServing } from '../../src/lib/allocateForServing';
import { chinchillaFrontier } from '../../src/lib/chinchillaFrontier';
import { predictChinchillaLoss } from '../../src/lib/chinchillaLoss';
import { solveTokensForLoss } from '../../src/lib/chinchillaTokensForLoss';
import { closeTo } from '../tolerance';

const FITS = ['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const;

describe('allocateForServing (Sardana et al. 2023)', () => {
  it.each(FITS)('%s: no demand gives the compute-optimal model back', (fit) => {
    const s = allocateForServing(5.76e23, 0, fit);
    const o = chinchillaFrontier(5.76e23, fit);
    expect(s.params).toBe(o.params);
    expect(s.tokens).toBe(o.tokens);
  });
  it.each(FITS)('%s: keeps the compute-optimal loss, on a smaller model', (fit) => {
    const s = allocateForServing(5.76e23, 2e13, fit);
    closeTo(predictChinchillaLoss(s.params, s.tokens, fit), s.loss, 1e-9);
    expect(s.params).toBeLessThan(s.computeOptimal.params);
    expect(s.trainingFlops).toBeGreaterThan(5.76e23);
    expect(s.lifetimeFlops).toBeLessThan(s.computeOptimal.lifetimeFlops);
  });
  it.each([1e12, 2e13, 1e15])(
    'demand %d: no nearby size of the same loss costs less over its life',
    (served) => {
      const fit = 'hoffmann2022-unrounded';
      const s = allocateForServing(1e23, served, fit);
      for (const k of [0.99, 1.01]) {
        const N = s.params * k;
        const D = solveTokensForLoss(N, s.loss, fit);
        expect(6 * N * D + 2 * N * served).toBeGreaterThan(s.lifetimeFlops);
      }
    },
  );
  it('more demand, smaller model', () => {
    const sizes = [0, 1e11, 1e12, 1e13, 1e14, 1e15].map(
      (d) => allocateForServing(1e22, d, 'besiroglu2024').params,
    );
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThan(sizes[i - 1]!);
  });
  it('refuses a negative demand on served', () => {
    expect(() => allocateForServing(1e22, -1, 'hoffmann2022')).toThrow(
      expect.objectContaining({ field: 'served' }),
    );
  });
});
