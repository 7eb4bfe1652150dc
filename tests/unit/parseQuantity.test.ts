import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/lib/parseQuantity';
import { closeTo } from '../tolerance';

describe('parseQuantity(text)', () => {
  it.each([
    ['175e9', 175e9],
    ['175B', 175e9],
    ['175b', 175e9],
    ['1.4T', 1.4e12],
    ['3.14e23', 3.14e23],
    ['2.5k', 2500],
    ['124M', 124e6],
    ['1,024', 1024],
    ['1_000_000', 1e6],
    [' 70 B ', 70e9],
    ['3.14 × 10²³', 3.14e23],
    ['3.14x10^23', 3.14e23],
    ['6e-5', 6e-5],
    ['40%', 0.4],
    ['.5', 0.5],
    ['-3', -3],
    ['5.760e+23', 5.76e23],
    ['5.760e 23', 5.76e23],
    ['5.760E 23', 5.76e23],
    ['1e 5', 1e5],
  ])('parseQuantity(%j) is %s', (text, value) => {
    closeTo(parseQuantity(text), value, 1e-12);
  });
  it.each([
    ['', /is empty/],
    ['   ', /is empty/],
    ['abc', /must be a number like 175e9, 175B or 1.4T, got "abc"/],
    ['NaN', /must be a number/],
    ['Infinity', /must be a number/],
    ['1e999', /too large/],
    ['1,4', /must be a number/],
    ['12BB', /must be a number/],
    ['5.760e  23', /must be a number/],
    ['5.760 e 23', /must be a number/],
    ['e 23', /must be a number/],
    ['<script>alert(1)</script>', /got "<script>alert\(1\)<\/script…"/],
  ])('parseQuantity(%j) throws %s', (text, message) => {
    expect(() => parseQuantity(text, 'N')).toThrow(message);
  });
});

describe('parseQuantity(new URLSearchParams(query).get(name))', () => {
  it('reads 5.760e+23 from a query string, where the + decoded to a space', () => {
    const raw = new URLSearchParams('C=5.760e+23').get('C')!;
    expect(raw).toBe('5.760e 23');
    expect(parseQuantity(raw)).toBe(5.76e23);
  });
});
