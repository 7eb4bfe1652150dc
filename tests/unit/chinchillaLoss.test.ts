import { describe, expect, it } from 'vitest';
import {
  CHINCHILLA_PARAMETER_SETS,
  predictChinchillaLoss,
  resolveChinchillaParams,
} from '../../src/lib/chinchillaLoss';
import { InputError } from '../../src/lib/errors';
import { closeTo, papers } from '../tolerance';

const printed = papers.hoffmann2022_chinchilla.parametric_fit;
const tex = printed.unrounded_from_TeX_source;
const epoch = papers.besiroglu2024_epoch_replication.paper_table_1_estimates;

describe('CHINCHILLA_PARAMETER_SETS', () => {
  it("'hoffmann2022' is the printed fit (App. D.2)", () => {
    expect(CHINCHILLA_PARAMETER_SETS.hoffmann2022).toMatchObject({
      E: printed.E,
      A: printed.A,
      B: printed.B,
      alpha: printed.alpha,
      beta: printed.beta,
    });
  });
  it("'hoffmann2022-unrounded' is the TeX source values", () => {
    const p = CHINCHILLA_PARAMETER_SETS['hoffmann2022-unrounded'];
    closeTo(Math.log(p.A), tex.a_lnA);
    closeTo(Math.log(p.B), tex.b_lnB);
    closeTo(Math.log(p.E), tex.e_lnE);
    closeTo(p.A, tex.A, 1e-6);
    closeTo(p.B, tex.B, 1e-6);
    closeTo(p.E, tex.E, 1e-5);
    expect(p.alpha).toBe(tex.alpha);
    expect(p.beta).toBe(tex.beta);
  });
  it("'besiroglu2024' is Epoch's Table 1", () => {
    expect(CHINCHILLA_PARAMETER_SETS.besiroglu2024).toMatchObject({
      E: epoch.E,
      A: epoch.A,
      B: epoch.B,
      alpha: epoch.alpha,
      beta: epoch.beta,
    });
  });
});

describe('predictChinchillaLoss(N, D, set) (Eq. 2)', () => {
  it.each(['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const)(
    "is E + A/N^α + B/D^β for '%s'",
    (name) => {
      const p = CHINCHILLA_PARAMETER_SETS[name];
      closeTo(
        predictChinchillaLoss(70e9, 1.4e12, name),
        p.E + p.A / 70e9 ** p.alpha + p.B / 1.4e12 ** p.beta,
      );
    },
  );
  it('accepts a custom parameter object', () => {
    expect(
      predictChinchillaLoss(1, 1, { E: 1, A: 2, B: 3, alpha: 1, beta: 1, source: 'test' }),
    ).toBe(6);
  });
  it('rejects an unknown set name on field set', () => {
    expect(() => predictChinchillaLoss(1e9, 1e9, 'kaplan' as never)).toThrow(InputError);
    expect(() => resolveChinchillaParams('kaplan' as never)).toThrow(
      /set must be one of 'hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'/,
    );
  });
  it.each([
    [-3, 1e9, 'N', 'N must be a positive number of parameters, got -3'],
    [1e9, 0, 'D', 'D must be a positive number of tokens, got 0'],
  ])('predictChinchillaLoss(%s, %s) throws on field %s', (n, d, field, message) => {
    expect(() => predictChinchillaLoss(n, d)).toThrow(new InputError(message, field));
  });
  it('rejects a custom set with a negative exponent on field alpha', () => {
    expect(() =>
      predictChinchillaLoss(1, 1, { E: 1, A: 2, B: 3, alpha: -1, beta: 1, source: 'test' }),
    ).toThrow(/alpha must be a positive exponent/);
  });
});
