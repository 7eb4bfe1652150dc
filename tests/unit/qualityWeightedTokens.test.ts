import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { computeQualityWeightedTokens } from '../../src/lib/qualityWeightedTokens';
import { closeTo, papers } from '../tolerance';

const mix: [string, number, number, number][] = papers.brown2020_gpt3.table_2_2_data_mix.rows;

describe('computeQualityWeightedTokens(tokens, quality)', () => {
  it('is Σ tokens_i·quality_i', () => {
    closeTo(computeQualityWeightedTokens([410e9, 19e9], [0.5, 1]), 224e9);
  });
  it('with all weights 1 is the total token count (GPT-3 Table 2.2)', () => {
    const tokens = mix.map((r) => r[1]);
    closeTo(
      computeQualityWeightedTokens(
        tokens,
        tokens.map(() => 1),
      ),
      tokens.reduce((a, b) => a + b, 0),
    );
  });
  it.each([
    [[1, 2], [1], 'quality', 'tokens and quality must have the same length, got 2 and 1'],
    [[], [], 'tokens', 'tokens must list at least one source, got none'],
    [[1, -2], [1, 1], 'tokens[1]', 'tokens[1] must be a non-negative number of tokens, got -2'],
    [[1, 2], [1, NaN], 'quality[1]', 'quality[1] must be a non-negative quality weight, got NaN'],
  ])('%j × %j throws on field %s', (tokens, quality, field, message) => {
    expect(() => computeQualityWeightedTokens(tokens, quality)).toThrow(
      new InputError(message, field),
    );
  });
});
