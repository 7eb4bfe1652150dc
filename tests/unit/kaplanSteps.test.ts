import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import {
  computeCriticalBatch,
  computeMinCompute,
  computeMinSteps,
  predictKaplanLossNS,
} from '../../src/lib/kaplanSteps';
import { closeTo, papers } from '../tolerance';

const b = papers.kaplan2020.power_laws.alpha_B;
const ns = papers.kaplan2020.fit_tables.L_N_S_fit_sec5_2;

describe('computeCriticalBatch(L, bStar) (Eq. 1.4)', () => {
  it('is B_*/L^(1/α_B) with B_* = 2e8 by default', () => {
    closeTo(computeCriticalBatch(3), b.B_star_tokens / 3 ** (1 / b.value));
  });
  it('takes Table 5’s B_* = 2.1e8 when asked', () => {
    closeTo(computeCriticalBatch(3, 2.1e8) / computeCriticalBatch(3), 1.05);
  });
  it('roughly doubles for every 13% decrease in loss (Fig. 10 caption)', () => {
    closeTo(computeCriticalBatch(3 * 0.87) / computeCriticalBatch(3), 2, 2e-1);
  });
  it('rejects L = 0 on field L', () => {
    expect(() => computeCriticalBatch(0)).toThrow(
      new InputError('L must be a positive loss in nats per token, got 0', 'L'),
    );
  });
});

describe('computeMinSteps(S, B, L) (Eq. 5.4) and computeMinCompute(C, B, L) (Eq. 5.5)', () => {
  it('halve S and C at B = B_crit', () => {
    const bc = computeCriticalBatch(2.5);
    closeTo(computeMinSteps(1e5, bc, 2.5), 5e4);
    closeTo(computeMinCompute(1e20, bc, 2.5), 5e19);
  });
  it('rejects a zero batch on field B', () => {
    expect(() => computeMinSteps(1e5, 0, 3)).toThrow(
      /B must be a positive batch size in tokens, got 0/,
    );
  });
});

describe('predictKaplanLossNS(N, S, B) (Eq. 1.6)', () => {
  it('without a batch takes S as S_min: (N_c/N)^α_N + (S_c/S)^α_S with the Sec. 5.2 fit', () => {
    closeTo(
      predictKaplanLossNS(1e9, 1e5),
      (ns.N_c / 1e9) ** ns.alpha_N + (ns.S_c / 1e5) ** ns.alpha_S,
    );
  });
  it('with a batch B solves L = L(N, S_min(S, B, L)) self-consistently', () => {
    const L = predictKaplanLossNS(1e9, 1e5, 5e5);
    closeTo(L, predictKaplanLossNS(1e9, computeMinSteps(1e5, 5e5, L)), 1e-12);
    expect(L).toBeGreaterThan(predictKaplanLossNS(1e9, 1e5));
  });
  it('rejects S = -1 on field S', () => {
    expect(() => predictKaplanLossNS(1e9, -1)).toThrow(
      new InputError('S must be a positive number of steps, got -1', 'S'),
    );
  });
});
