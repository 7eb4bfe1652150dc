import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import {
  predictKaplanLossCmin,
  predictKaplanLossD,
  predictKaplanLossN,
} from '../../src/lib/kaplanLoss';
import { closeTo, papers } from '../tolerance';

const laws = papers.kaplan2020.power_laws;

describe('predictKaplanLossN(N) (Eq. 1.1)', () => {
  it('gives L(1e9) = 2.37564 (papers.json example check)', () => {
    const check = papers.example_checks.kaplan_L_of_N_1e9;
    closeTo(predictKaplanLossN(check.N), check.loss, 1e-5);
  });
  it('is 1 at N = N_c and drops by 2^−α_N ≈ 0.95 per doubling (Sec. 1.2)', () => {
    closeTo(predictKaplanLossN(laws.alpha_N.N_c), 1);
    expect(Number((predictKaplanLossN(2e9) / predictKaplanLossN(1e9)).toFixed(2))).toBe(
      papers.kaplan2020.doubling_params_loss_factor.value,
    );
  });
  it.each([[-3], [0], [NaN], [Infinity]])('rejects N = %s on field N', (n) => {
    expect(() => predictKaplanLossN(n)).toThrow(InputError);
    expect(() => predictKaplanLossN(n)).toThrow(/^N must be a positive number of parameters/);
  });
});

describe('predictKaplanLossD(D) (Eq. 1.2)', () => {
  it('is (D_c/D)^α_D', () => {
    closeTo(predictKaplanLossD(1e10), (laws.alpha_D.D_c / 1e10) ** laws.alpha_D.value);
  });
  it('rejects D = -1', () => {
    expect(() => predictKaplanLossD(-1)).toThrow(
      new InputError('D must be a positive number of tokens, got -1', 'D'),
    );
  });
});

describe('predictKaplanLossCmin(C_min, reading) (Eq. 1.3)', () => {
  it.each([
    ['equation', laws.alpha_C_min.C_c_min],
    ['figure', 2.3e8],
  ] as const)("reading '%s' uses C_c^min = %d PF-days", (reading, cc) => {
    closeTo(predictKaplanLossCmin(10, reading), (cc / 10) ** laws.alpha_C_min.value);
  });
  it("defaults to the equation's 3.1e8", () => {
    expect(predictKaplanLossCmin(10)).toBe(predictKaplanLossCmin(10, 'equation'));
  });
  it('rejects an unknown reading on field reading', () => {
    expect(() => predictKaplanLossCmin(1, 'table' as never)).toThrow(
      new InputError(`reading must be 'equation' or 'figure', got "table"`, 'reading'),
    );
  });
  it('rejects zero compute on field C_min', () => {
    expect(() => predictKaplanLossCmin(0)).toThrow(
      /C_min must be a positive amount of compute in PF-days, got 0/,
    );
  });
});
