import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { predictKaplanLossN } from '../../src/lib/kaplanLoss';
import {
  computeOverfittingPenalty,
  KAPLAN_ND_CONSTANTS,
  KAPLAN_PENALTY_TOLERANCE,
  minTokensToAvoidOverfitting,
  predictKaplanLossND,
} from '../../src/lib/kaplanLossND';
import { closeTo, papers } from '../tolerance';

const fit = papers.kaplan2020.fit_tables.L_N_D_fit_sec4_2;

describe('KAPLAN_ND_CONSTANTS', () => {
  it("'sec4.2' is the Sec. 4.2 fit and 'sec1' the Eq. 1.1–1.2 constants", () => {
    expect(KAPLAN_ND_CONSTANTS['sec4.2']).toEqual({
      alphaN: fit.alpha_N,
      alphaD: fit.alpha_D,
      Nc: fit.N_c,
      Dc: fit.D_c,
    });
    const laws = papers.kaplan2020.power_laws;
    expect(KAPLAN_ND_CONSTANTS.sec1).toEqual({
      alphaN: laws.alpha_N.value,
      alphaD: laws.alpha_D.value,
      Nc: laws.alpha_N.N_c,
      Dc: laws.alpha_D.D_c,
    });
  });
});

describe('predictKaplanLossND(N, D, set) (Eq. 1.5)', () => {
  it('is [(N_c/N)^(α_N/α_D) + D_c/D]^α_D with the Sec. 4.2 fit by default', () => {
    closeTo(
      predictKaplanLossND(1e9, 1e10),
      ((fit.N_c / 1e9) ** (fit.alpha_N / fit.alpha_D) + fit.D_c / 1e10) ** fit.alpha_D,
    );
  });
  it("with 'sec1' and D → ∞ it approaches L(N) of Eq. 1.1", () => {
    closeTo(predictKaplanLossND(1e9, 1e300, 'sec1'), predictKaplanLossN(1e9), 1e-12);
  });
  it('rejects an unknown set on field set', () => {
    expect(() => predictKaplanLossND(1e9, 1e9, 'sec9' as never)).toThrow(
      new InputError(`set must be 'sec4.2' or 'sec1', got "sec9"`, 'set'),
    );
  });
});

describe('computeOverfittingPenalty(N, D) (Sec. 4.2)', () => {
  it('equals L(N, D)/L(N, ∞) − 1', () => {
    const lInf = (fit.N_c / 1e9) ** fit.alpha_N;
    closeTo(computeOverfittingPenalty(1e9, 1e10), predictKaplanLossND(1e9, 1e10) / lInf - 1, 1e-9);
  });
  it('stays positive and accurate when D is huge (no rounding to 0)', () => {
    const p = computeOverfittingPenalty(1e6, 1e20);
    expect(p).toBeGreaterThan(0);
    closeTo(
      p,
      fit.alpha_D * (1e6 / fit.N_c) ** (fit.alpha_N / fit.alpha_D) * (fit.D_c / 1e20),
      1e-6,
    );
  });
  it('is about 0.02 (relative, the tolerated δL) at the criterion D = 5e3·N^0.74 for mid-size models', () => {
    for (const N of [1e8, 1e9]) {
      const p = computeOverfittingPenalty(N, minTokensToAvoidOverfitting(N));
      expect(p).toBeGreaterThan(0.01);
      expect(p).toBeLessThan(0.03);
    }
  });
});

describe('minTokensToAvoidOverfitting(N)', () => {
  it('is 5·10³·N^0.74', () => {
    closeTo(minTokensToAvoidOverfitting(1e9), 5e3 * 1e9 ** 0.74);
  });
  it('needs about 5× more data for 8× the model (Sec. 1.1)', () => {
    expect(Math.round(minTokensToAvoidOverfitting(8e9) / minTokensToAvoidOverfitting(1e9))).toBe(5);
  });
  it('rejects N = -3 with the standard message', () => {
    expect(() => minTokensToAvoidOverfitting(-3)).toThrow(
      new InputError('N must be a positive number of parameters, got -3', 'N'),
    );
  });
});

describe('KAPLAN_PENALTY_TOLERANCE', () => {
  // δL = (1 + x)^α_D − 1 with x = D_c/(c·N_c^(α_N/α_D)) when D = c·N^(α_N/α_D), so the coefficient
  // the tolerance implies is c = D_c / (N_c^(α_N/α_D) · ((1 + δL)^(1/α_D) − 1)).
  const { alphaN, alphaD, Nc, Dc } = KAPLAN_ND_CONSTANTS['sec4.2'];
  const coefficientFor = (deltaL: number) =>
    Dc / (Nc ** (alphaN / alphaD) * ((1 + deltaL) ** (1 / alphaD) - 1));
  it('is the relative 0.02 of Kaplan et al. 2020 Sec. 4.2: it implies D ≈ 5.5·10³·N^0.738, the printed 5·10³ rounded', () => {
    expect(KAPLAN_PENALTY_TOLERANCE).toBe(0.02);
    closeTo(coefficientFor(KAPLAN_PENALTY_TOLERANCE) / 1e3, 5.52, 9e-4);
    closeTo(alphaN / alphaD, 0.738, 6e-4);
    closeTo(computeOverfittingPenalty(1e9, coefficientFor(0.02) * 1e9 ** (alphaN / alphaD)), 0.02);
  });
  it('read as 0.02 nats at L ≈ 2.5–3.5 (δL = 0.02/L) it would imply a coefficient of 1.5–2·10⁴ instead', () => {
    closeTo(coefficientFor(0.02 / 2.5) / 1e4, 1.45, 4e-3);
    closeTo(coefficientFor(0.02 / 3.5) / 1e4, 2.06, 2e-3);
  });
});
