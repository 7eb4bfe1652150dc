import { describe, expect, it } from 'vitest';
import { chinchillaFrontier } from '../../src/lib/chinchillaFrontier';
import { predictChinchillaLoss } from '../../src/lib/chinchillaLoss';
import {
  computeOptimalTokensForParams,
  solveTokensForLoss,
} from '../../src/lib/chinchillaTokensForLoss';
import { closeTo } from '../tolerance';

describe('solveTokensForLoss(N, L, set)', () => {
  it.each(['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const)(
    'inverts predictChinchillaLoss in D (%s)',
    (set) => {
      for (const [N, D] of [
        [70e9, 1.4e12],
        [7e9, 2e12],
        [400e6, 8e9],
      ] as const) {
        closeTo(solveTokensForLoss(N, predictChinchillaLoss(N, D, set), set), D, 1e-8);
      }
    },
  );
  it('throws on N when the loss is below what the model can reach with unlimited data', () => {
    expect(() => solveTokensForLoss(1e8, 2.0)).toThrow(
      expect.objectContaining({
        field: 'N',
        message: expect.stringMatching(/cannot reach loss 2\.000/),
      }),
    );
  });
});

describe('computeOptimalTokensForParams(N, set)', () => {
  it.each(['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const)(
    'inverts chinchillaFrontier (%s)',
    (set) => {
      const opt = chinchillaFrontier(5.76e23, set);
      closeTo(computeOptimalTokensForParams(opt.params, set), opt.tokens, 1e-9);
    },
  );
  it('gives about 617B tokens for 13B parameters with the unrounded fit (Sardana et al. 2023’s Chinchilla-style 13B)', () => {
    closeTo(computeOptimalTokensForParams(13e9, 'hoffmann2022-unrounded') / 1e9, 617, 8e-4);
  });
  it('throws on N for a non-positive size', () => {
    expect(() => computeOptimalTokensForParams(-1)).toThrow(
      expect.objectContaining({ field: 'N' }),
    );
  });
});
