import { describe, expect, it } from 'vitest';
import { boundZeroSuccesses, perTokenAccuracyFor } from '../../src/lib/boundZeroSuccesses';
import { predictExactMatch } from '../../src/lib/emergence';
import { closeTo } from '../tolerance';

describe('boundZeroSuccesses(n, confidence)', () => {
  it('0/200 allows a rate up to ≈ 1.49% at 95% (exact 1 − 0.05^(1/200)); the rule of three gives 3/200 = 1.5%', () => {
    const b = boundZeroSuccesses(200);
    closeTo(b.exact, 1 - 0.05 ** (1 / 200));
    closeTo(b.exact, 0.014867, 3e-5);
    expect(b.ruleOfThree).toBe(0.015);
    // At the bound, seeing 0/200 has probability exactly 5%.
    closeTo((1 - b.exact) ** 200, 0.05);
  });
  it('a higher confidence widens the bound; bad input throws', () => {
    expect(boundZeroSuccesses(200, 0.99).exact).toBeGreaterThan(boundZeroSuccesses(200).exact);
    expect(() => boundZeroSuccesses(0)).toThrow(/n must be a positive whole/);
    expect(() => boundZeroSuccesses(200, 1)).toThrow(/confidence/);
  });
});

describe('perTokenAccuracyFor(exactMatch, k)', () => {
  it('0/200 on 10-token answers still allows a per-token accuracy up to ≈ 0.66 (Schaeffer et al. 2023’s EM = p^k inverted)', () => {
    const p = perTokenAccuracyFor(boundZeroSuccesses(200).exact, 10);
    closeTo(p, 0.6565, 7e-5);
    closeTo(predictExactMatch(p, 10), boundZeroSuccesses(200).exact);
  });
  it('rejects a rate outside 0–1', () => {
    expect(() => perTokenAccuracyFor(1.5, 10)).toThrow(/between 0 and 1/);
  });
});
