import { describe, expect, it } from 'vitest';
import { compareServingAtEqualLoss } from '../../src/lib/compareServingAtEqualLoss';
import { predictChinchillaLoss } from '../../src/lib/chinchillaLoss';

describe('compareServingAtEqualLoss(large, small, served, set)', () => {
  it('13B vs 7B at 2T tokens served, unrounded Hoffmann fit: the 7B saves ≈ 1.63e22 FLOPs (16%; Sardana et al. 2023 Fig. 1 report 1.7e22, 17%)', () => {
    const r = compareServingAtEqualLoss(13e9, 7e9, 2e12, 'hoffmann2022-unrounded');
    expect(r.saved / 1e22).toBeCloseTo(1.633, 3);
    expect(r.savedFraction).toBeCloseTo(0.163, 3);
    expect(predictChinchillaLoss(7e9, r.smallTokens, 'hoffmann2022-unrounded')).toBeCloseTo(predictChinchillaLoss(13e9, r.largeTokens, 'hoffmann2022-unrounded'), 12);
  });
  it('depends on the fit: ≈ 9% with the printed constants, ≈ 28% with Epoch’s refit (Besiroglu et al. 2024 Table 1)', () => {
    expect(compareServingAtEqualLoss(13e9, 7e9, 2e12, 'hoffmann2022').savedFraction).toBeCloseTo(0.091, 3);
    expect(compareServingAtEqualLoss(13e9, 7e9, 2e12, 'besiroglu2024').savedFraction).toBeCloseTo(0.278, 3);
  });
  it('rejects a "smaller" model that is not smaller', () => {
    expect(() => compareServingAtEqualLoss(7e9, 13e9, 2e12)).toThrow(/fewer parameters/);
  });
});
