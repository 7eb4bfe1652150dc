import { describe, expect, it } from 'vitest';
import { formatQuantity, formatScientific } from '../../src/lib/formatQuantity';

describe('formatQuantity(value, style)', () => {
  it.each([
    [175e9, 'si', '175B'],
    [1.4e12, 'si', '1.4T'],
    [174.6e9, 'si', '175B'],
    [999_950, 'si', '1M'],
    [124_439_808, 'si', '124M'],
    [2500, 'si', '2.5k'],
    [0.4, 'si', '0.4'],
    [3e16, 'si', '3 × 10¹⁶'],
    [3.1428e23, 'scientific', '3.14 × 10²³'],
    [8.64e19, 'scientific', '8.64 × 10¹⁹'],
    [1234, 'scientific', '1,230'],
    [3637.5, 'plain', '3,640'],
    [1.72, 'plain', '1.72'],
    [1.4e6, 'currency', '$1.4M'],
    [-2500, 'si', '-2.5k'],
    [NaN, 'si', '—'],
    [Infinity, 'scientific', '—'],
    [31.40625e9, 'bytes', '29.2 GiB (31.4 GB)'],
    [80 * 2 ** 30, 'bytes', '80 GiB (85.9 GB)'],
    [0.5 * 2 ** 20, 'bytes', '512 KiB (524 kB)'],
    [-2e9, 'bytes', '-1.86 GiB (-2 GB)'],
    [512, 'bytes', '512 bytes'],
  ] as const)('formatQuantity(%s, %s) is %s', (value, style, text) => {
    expect(formatQuantity(value, style)).toBe(text);
  });
});

describe('formatScientific(value, digits)', () => {
  it.each([
    [0, 3, '0'],
    [6e-5, 2, '6 × 10⁻⁵'],
    [1.23456e-7, 4, '1.235 × 10⁻⁷'],
  ])('formatScientific(%s, %s) is %s', (value, digits, text) => {
    expect(formatScientific(value, digits)).toBe(text);
  });
});

describe("formatQuantity(value, 'plain') for whole numbers", () => {
  it('shows counts in full and rounds only fractions', () => {
    expect(formatQuantity(2_359_296, 'plain')).toBe('2,359,296');
    expect(formatQuantity(2_359_296.5, 'plain')).toBe('2,360,000');
    expect(formatQuantity(1e15, 'plain')).toBe('1 × 10¹⁵');
  });
});
