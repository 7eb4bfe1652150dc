import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib';

describe('src/lib/index.ts', () => {
  it('re-exports the library’s main entry points', () => {
    for (const name of ['trainingFlops', 'parseQuantity', 'formatQuantity', 'countParameters', 'predictKaplanLossN', 'chinchillaFrontier', 'fitPowerLaw', 'fitSaturatingPowerLaw', 'fitChinchilla', 'fitIsoFlop', 'bootstrapFit', 'computeEffectiveData', 'computeLifetimeFlops', 'predictExactMatch', 'InputError']) {
      expect(typeof (lib as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
