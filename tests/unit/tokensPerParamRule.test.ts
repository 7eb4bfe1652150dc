import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import {
  allocateByTokensPerParam,
  CHINCHILLA_TOKENS_PER_PARAM,
} from '../../src/lib/tokensPerParamRule';
import { trainingFlops } from '../../src/lib/trainingFlops';
import { closeTo, papers } from '../tolerance';

const row = papers.example_checks.chinchilla_table3_first_row;

describe('allocateByTokensPerParam(C, r)', () => {
  it('reproduces Table 3’s first row: 1.92e19 FLOPs → 400M params, 8.0B tokens', () => {
    const { params, tokens } = allocateByTokensPerParam(row.flops);
    closeTo(params, row.params);
    closeTo(tokens, row.tokens);
  });
  it('uses ~20 tokens per parameter, the Chinchilla ratio (1.4T / 70B)', () => {
    const c = papers.hoffmann2022_chinchilla.models.chinchilla;
    expect(CHINCHILLA_TOKENS_PER_PARAM).toBe(c.tokens_per_param);
    closeTo(allocateByTokensPerParam(trainingFlops(c.params, c.tokens)).params, c.params);
  });
  it.each([
    [1e20, 20],
    [1e24, 10],
    [3e21, 100],
  ])('C = %d, r = %d: 6·N·D = C and D = r·N', (C, r) => {
    const { params, tokens } = allocateByTokensPerParam(C, r);
    closeTo(6 * params * tokens, C);
    closeTo(tokens / params, r);
  });
  it('rejects a zero ratio on field tokensPerParam', () => {
    expect(() => allocateByTokensPerParam(1e20, 0)).toThrow(
      new InputError(
        'tokensPerParam must be a positive ratio of tokens to parameters, got 0',
        'tokensPerParam',
      ),
    );
  });
});
