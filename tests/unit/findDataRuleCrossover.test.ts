import { describe, expect, it } from 'vitest';
import { compareDataRules, findDataRuleCrossover } from '../../src/lib/findDataRuleCrossover';
import { closeTo } from '../tolerance';

describe('findDataRuleCrossover(tokensPerParam)', () => {
  it('5·10³·N^0.74 = 20·N at N = 250^(1/0.26) ≈ 1.67e9 (Kaplan et al. 2020 Sec. 4.2 against Hoffmann et al. 2022’s ≈ 20)', () => {
    const N = findDataRuleCrossover();
    closeTo(N, 250 ** (1 / 0.26));
    closeTo(N / 1e9, 1.67, 2e-3);
    const at = compareDataRules(N);
    closeTo(at.ratio, 1);
  });
  it('a larger ratio r moves the crossover down: r = 40 gives (125)^(1/0.26)', () => {
    closeTo(findDataRuleCrossover(40), 125 ** (1 / 0.26));
    expect(() => findDataRuleCrossover(0)).toThrow(/tokensPerParam/);
  });
});

describe('compareDataRules(N)', () => {
  it('at 175B Kaplan’s rule asks for ≈ 1.04e12 tokens, 20·N for 3.5e12: Kaplan is the laxer rule above the crossover', () => {
    const r = compareDataRules(175e9);
    closeTo(r.kaplan / 1e12, 1.044, 4e-4);
    expect(r.ratioRule).toBe(3.5e12);
    expect(r.ratio).toBeLessThan(1);
  });
  it('at 1e8 (below the crossover) Kaplan’s rule is the stricter: ≈ 4.16e9 against 2e9', () => {
    const r = compareDataRules(1e8);
    closeTo(r.kaplan / 1e9, 4.159, 1e-4);
    expect(r.ratio).toBeGreaterThan(1);
  });
});
