import { describe, expect, it } from 'vitest';
import {
  chinchillaFrontier,
  chinchillaOptimumForSize,
  computeFrontierExponents,
} from '../../src/lib/chinchillaFrontier';
import { CHINCHILLA_PARAMETER_SETS, predictChinchillaLoss } from '../../src/lib/chinchillaLoss';
import { InputError } from '../../src/lib/errors';
import { trainingFlops } from '../../src/lib/trainingFlops';
import { closeTo, papers } from '../tolerance';

const gopherBudget = papers.hoffmann2022_chinchilla.models.shared_training_flops.value;
const sets = Object.keys(CHINCHILLA_PARAMETER_SETS) as (keyof typeof CHINCHILLA_PARAMETER_SETS)[];

describe('chinchillaFrontier(C, set) (Eq. 4)', () => {
  it.each(sets)("chinchillaFrontier(C, '%s') puts 6·N·D = C", (set) => {
    for (const C of [1e18, 5.76e23, 1e27]) {
      closeTo(
        trainingFlops(chinchillaFrontier(C, set).params, chinchillaFrontier(C, set).tokens),
        C,
        1e-12,
      );
    }
  });
  it('reproduces the rounding discrepancy at the Gopher budget: 32.2B printed vs 40.4B unrounded', () => {
    // papers.json discrepancies: "Rounded vs TeX-unrounded ... from 32.2B to 40.4B".
    const [rounded, unrounded] = papers.discrepancies
      .find((d: string) => d.startsWith('Rounded vs TeX-unrounded'))!
      .match(/([\d.]+)B to ([\d.]+)B/)!
      .slice(1)
      .map(Number);
    expect(Number((chinchillaFrontier(gopherBudget, 'hoffmann2022').params / 1e9).toFixed(1))).toBe(
      rounded,
    );
    expect(
      Number((chinchillaFrontier(gopherBudget, 'hoffmann2022-unrounded').params / 1e9).toFixed(1)),
    ).toBe(unrounded);
  });
  it('unrounded frontier agrees with the paper’s "40B" for Approach 3 at the Gopher budget (Fig. 4 caption)', () => {
    expect(
      Math.round(chinchillaFrontier(gopherBudget, 'hoffmann2022-unrounded').params / 1e10),
    ).toBe(4);
  });
  it.each(sets)("'%s' minimises L̂ along C = 6ND", (set) => {
    const opt = chinchillaFrontier(1e22, set);
    for (const f of [0.9, 1.1]) {
      const N = opt.params * f;
      expect(predictChinchillaLoss(N, 1e22 / (6 * N), set)).toBeGreaterThan(opt.loss);
    }
    closeTo(opt.loss, predictChinchillaLoss(opt.params, opt.tokens, set));
    closeTo(opt.tokensPerParam, opt.tokens / opt.params);
  });
  it("Epoch's refit implies about 20 tokens per parameter at Chinchilla's budget; the printed fit far more", () => {
    const C = trainingFlops(70e9, 1.4e12);
    expect(chinchillaFrontier(C, 'besiroglu2024').tokensPerParam).toBeGreaterThan(15);
    expect(chinchillaFrontier(C, 'besiroglu2024').tokensPerParam).toBeLessThan(30);
    expect(chinchillaFrontier(C, 'hoffmann2022').tokensPerParam).toBeGreaterThan(60);
  });
  it.each([[0], [-1], [NaN]])('rejects C = %s on field C', (C) => {
    expect(() => chinchillaFrontier(C)).toThrow(InputError);
  });
  it('throws instead of returning Infinity for C = 1e308', () => {
    expect(() =>
      chinchillaFrontier(1e308, {
        E: 1,
        A: 1e300,
        B: 1e-300,
        alpha: 1,
        beta: 1,
        source: 'extreme',
      }),
    ).toThrow(/not a finite number/);
  });
});

describe('computeFrontierExponents(set)', () => {
  it('gives a = 0.452 for the printed α, β (not Table 2’s 0.46)', () => {
    expect(computeFrontierExponents('hoffmann2022').a.toFixed(3)).toBe('0.452');
  });
  it.each(sets)("a + b = 1 for '%s'", (set) => {
    const { a, b } = computeFrontierExponents(set);
    closeTo(a + b, 1);
  });
});

describe('chinchillaOptimumForSize(N, set)', () => {
  it.each(['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const)(
    'inverts chinchillaFrontier for %s',
    (set) => {
      const out = chinchillaOptimumForSize(70e9, set);
      expect(Math.abs(out.params / 70e9 - 1)).toBeLessThan(1e-9);
      expect(Math.abs((6 * out.params * out.tokens) / out.flops - 1)).toBeLessThan(1e-9);
    },
  );
  it('rejects a non-positive size on field N', () => {
    expect(() => chinchillaOptimumForSize(-1)).toThrow(/N must be a positive/);
  });
});
