import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { computeTokensPerParam, isUndertrained } from '../../src/lib/tokensPerParam';
import { papers } from '../tolerance';

const llms: [string, number, number][] = papers.hoffmann2022_chinchilla.table_1_llms.rows;

describe('computeTokensPerParam(N, D) and isUndertrained(N, D)', () => {
  it('Chinchilla sees 20 tokens per parameter and is not undertrained', () => {
    expect(computeTokensPerParam(70e9, 1.4e12)).toBe(20);
    expect(isUndertrained(70e9, 1.4e12)).toBe(false);
  });
  it.each(llms.filter(([name]) => name !== 'Chinchilla'))(
    '%s (Table 1) is undertrained by the 20 rule',
    (_name, N, D) => {
      expect(isUndertrained(N, D)).toBe(true);
    },
  );
  it('takes a custom threshold', () => {
    expect(isUndertrained(175e9, 300e9, 1)).toBe(false);
  });
  it.each([
    [() => computeTokensPerParam(-3, 1), 'N'],
    [() => computeTokensPerParam(1, 0), 'D'],
    [() => isUndertrained(1, 1, -1), 'threshold'],
  ])('bad input %# throws on field %s', (fn, field) => {
    try {
      fn();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe(field);
    }
  });
});
