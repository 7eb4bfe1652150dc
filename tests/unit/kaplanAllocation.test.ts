import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { allocateKaplanCompute, computeAlphaCMin } from '../../src/lib/kaplanAllocation';
import { closeTo, papers } from '../tolerance';

const t6 = papers.kaplan2020.optimal_allocation_empirical.table_6_compute_efficient_constants;

describe('allocateKaplanCompute(C_min) (Table 6)', () => {
  it('at 1 PF-day returns the Table 6 coefficients', () => {
    expect(allocateKaplanCompute(1)).toEqual({
      params: t6.N_opt.N_e,
      batchTokens: t6.B.B_e,
      minSteps: t6.S_min.S_e,
      tokens: t6.D_opt.D_e,
    });
  });
  it.each([
    ['params', t6.N_opt.p_N],
    ['batchTokens', t6.B.p_B],
    ['minSteps', t6.S_min.p_S],
    ['tokens', t6.D_opt.p_D],
  ] as const)('%s scales as C_min^%d', (key, p) => {
    closeTo(allocateKaplanCompute(1e4)[key] / allocateKaplanCompute(1)[key], 1e4 ** p);
  });
  it('rejects negative compute on field C_min', () => {
    expect(() => allocateKaplanCompute(-1)).toThrow(
      new InputError('C_min must be a positive amount of compute in PF-days, got -1', 'C_min'),
    );
  });
});

describe('computeAlphaCMin()', () => {
  it('gives 0.0520 from the tabulated exponents (App. B.7), 0.0525 with α_N = 0.077', () => {
    expect(computeAlphaCMin().toFixed(4)).toBe('0.0520');
    expect(computeAlphaCMin(0.76, 0.21, 0.077).toFixed(4)).toBe('0.0525');
  });
});
