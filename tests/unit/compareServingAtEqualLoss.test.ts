import { describe, expect, it } from 'vitest';
import { compareServingAtEqualLoss } from '../../src/lib/compareServingAtEqualLoss';
import { predictChinchillaLoss } from '../../src/lib/chinchillaLoss';
import { closeTo } from '../tolerance';

describe('compareServingAtEqualLoss(large, small, served, set)', () => {
  it('13B vs 7B at 2T tokens served, unrounded Hoffmann fit: the 7B saves ≈ 1.63e22 FLOPs (16%; Sardana et al. 2023 Fig. 1 report 1.7e22, 17%)', () => {
    const r = compareServingAtEqualLoss(13e9, 7e9, 2e12, 'hoffmann2022-unrounded');
    closeTo(r.saved / 1e22, 1.633, 3e-4);
    closeTo(r.savedFraction, 0.163, 3e-3);
    closeTo(
      predictChinchillaLoss(7e9, r.smallTokens, 'hoffmann2022-unrounded'),
      predictChinchillaLoss(13e9, r.largeTokens, 'hoffmann2022-unrounded'),
    );
  });
  it('depends on the fit: ≈ 9% with the printed constants, ≈ 28% with Epoch’s refit (Besiroglu et al. 2024 Table 1)', () => {
    closeTo(compareServingAtEqualLoss(13e9, 7e9, 2e12, 'hoffmann2022').savedFraction, 0.091, 5e-3);
    closeTo(compareServingAtEqualLoss(13e9, 7e9, 2e12, 'besiroglu2024').savedFraction, 0.278, 2e-3);
  });
  it('rejects a "smaller" model that is not smaller', () => {
    expect(() => compareServingAtEqualLoss(7e9, 13e9, 2e12)).toThrow(/fewer parameters/);
  });
});
