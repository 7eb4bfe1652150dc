import { describe, expect, it } from 'vitest';
import { chinchillaFrontier } from '../../src/lib/chinchillaFrontier';
import {
  computeEffectiveData,
  computeEffectiveParams,
  MUENNIGHOFF_2023,
  predictDataConstrainedLoss,
} from '../../src/lib/dataConstrained';
import { InputError } from '../../src/lib/errors';
import { closeTo, papers } from '../tolerance';

const m = papers.other_anchors.muennighoff2023_data_constrained;

describe('MUENNIGHOFF_2023', () => {
  it('holds the fitted constants of huggingface/datablations', () => {
    expect(MUENNIGHOFF_2023.rDStar).toBe(m.fitted.R_D_star);
    expect(MUENNIGHOFF_2023.rNStar).toBe(m.fitted.R_N_star);
    closeTo(Math.log(MUENNIGHOFF_2023.A), m.fitted.lnA);
    closeTo(Math.log(MUENNIGHOFF_2023.B), m.fitted.lnB);
    closeTo(Math.log(MUENNIGHOFF_2023.E), m.fitted.lnE);
    expect([MUENNIGHOFF_2023.alpha, MUENNIGHOFF_2023.beta]).toEqual([
      m.fitted.alpha,
      m.fitted.beta,
    ]);
  });
});

describe('computeEffectiveData(D, U, R_D*)', () => {
  it('is D when every token is unique (R_D = 0)', () => {
    expect(computeEffectiveData(25e9, 25e9)).toBe(25e9);
  });
  it('is U + U·R*·(1 − e^(−R/R*)) with R = D/U − 1', () => {
    const r = m.fitted.R_D_star;
    closeTo(computeEffectiveData(100e9, 25e9), 25e9 + 25e9 * r * (1 - Math.exp(-3 / r)), 1e-12);
  });
  it('4 epochs are worth nearly 4 (within 10%); 40 epochs are worth far fewer than 40', () => {
    expect(computeEffectiveData(4, 1)).toBeGreaterThan(3.6);
    expect(computeEffectiveData(40, 1)).toBeLessThan(16.4);
  });
  it('approaches U·(1 + R*) for endless repetition', () => {
    closeTo(computeEffectiveData(1e12, 1), 1 + m.fitted.R_D_star, 1e-9);
  });
  it('rejects more unique tokens than total tokens on field U', () => {
    expect(() => computeEffectiveData(1e9, 2e9)).toThrow(
      new InputError(
        'U (unique tokens, 2000000000) cannot exceed D (total tokens, 1000000000)',
        'U',
      ),
    );
  });
  it('rejects a negative D on field D', () => {
    expect(() => computeEffectiveData(-1, 1)).toThrow(
      /D must be a positive number of tokens, got -1/,
    );
  });
});

describe('computeEffectiveParams(N, U)', () => {
  it('takes U_N as the compute-optimal size for U tokens under the fitted law', () => {
    const { uniqueParams } = computeEffectiveParams(1e12, 25e9);
    // On the frontier of the same (A, B, α, β), D_opt(C) = 25e9 where N_opt(C) = U_N.
    const C = 6 * uniqueParams * 25e9;
    closeTo(chinchillaFrontier(C, MUENNIGHOFF_2023).params, uniqueParams, 1e-9);
  });
  it('leaves a model no larger than U_N alone', () => {
    expect(computeEffectiveParams(1e8, 25e9)).toEqual({
      effectiveParams: 1e8,
      uniqueParams: 1e8,
      excessRatio: 0,
    });
  });
});

describe('predictDataConstrainedLoss(N, D, U)', () => {
  it('reproduces the official test vector L(6.34e9, 242e9, 25e9) = 2.2256440889984477', () => {
    closeTo(
      predictDataConstrainedLoss(6.34e9, 242e9, 25e9),
      m.official_test_vectors['L(N=6.34e9, D=242e9, U=25e9)'],
      1e-12,
    );
  });
  it('with unique data and a small model reduces to E + A/N^α + B/D^β', () => {
    const p = MUENNIGHOFF_2023;
    closeTo(
      predictDataConstrainedLoss(1e8, 25e9, 25e9),
      p.E + p.A / 1e8 ** p.alpha + p.B / 25e9 ** p.beta,
    );
  });
});
