import { describe, expect, it } from 'vitest';
import { findNonFinite } from '../../src/lib/findNonFinite';

describe('findNonFinite(value)', () => {
  it.each([
    [{ loss: 2.1, curve: [{ x: 1, y: NaN }] }, 'curve'],
    [{ a: 1, b: Infinity }, 'b'],
    [{ a: 1, b: [1, 2, { c: -Infinity }] }, 'b'],
    [NaN, 'result'],
    [[1, NaN], 'result'],
  ])('findNonFinite(%j) is %s', (value, key) => {
    expect(findNonFinite(value)).toBe(key);
  });
  it.each([[{ a: 1, b: 'NaN', c: undefined, d: null, e: [0, -0, 1e308] }], [3], ['text']])(
    'findNonFinite(%j) is undefined: every number is finite',
    (value) => {
      expect(findNonFinite(value)).toBeUndefined();
    },
  );
});
