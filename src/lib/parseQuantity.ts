import { InputError } from './errors';

/** SI-style multipliers people write after counts: 175B parameters, 1.4T tokens, 2.5k steps. */
const SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  g: 1e9,
  t: 1e12,
  p: 1e15,
  '%': 1e-2,
};

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

// Hand-written because no maintained package parses counts with SI suffixes *and* scientific
// forms like "3.14 × 10²³" while rejecting locale ambiguities ("1,4"): a dozen lines do it.
const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([kmbgtp%])?$/i;
const TIMES_TEN = /\s*[×x*·]\s*10\s*(?:\^|\*\*)?\s*\(?([+-]?\d+)\)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?/;

/**
 * Parses a quantity as people write it: `175e9`, `175B`, `1.4T`, `3.14e23`, `2.5k`,
 * `1,024`, `3.14 × 10²³`, `40%` (= 0.4), and `5.760e 23` (a URL's `e+23`, whose `+` became a space). Suffixes k=10³, M=10⁶, B=G=10⁹, T=10¹², P=10¹⁵,
 * case-insensitive. Throws an InputError naming `name` for empty, non-numeric or
 * non-finite text (`abc`, `NaN`, `1e999`).
 * @example parseQuantity('1.4T') // 1.4e12
 */
export function parseQuantity(text: string, name = 'value'): number {
  const raw = String(text ?? '').trim();
  if (raw === '')
    throw new InputError(`${name} is empty: enter a number such as 175e9 or 175B`, name);
  let s = raw.replace(/[⁰-⁹⁻⁺¹²³]/g, (c) => SUPERSCRIPTS[c] ?? c).replace(/_/g, '');
  // In a query string '+' decodes to a space, so Python's and JavaScript's 5.760e+23 arrives as
  // "5.760e 23": a space between the e and the exponent's digits can only have been a '+'.
  s = s.replace(/(\d\.?)e (\d)/i, '$1e+$2');
  if (THOUSANDS.test(s)) s = s.replace(/,/g, '');
  s = s.replace(TIMES_TEN, 'e$1');
  const match = NUMBER.exec(s);
  if (!match || match[1] === undefined) {
    throw new InputError(
      `${name} must be a number like 175e9, 175B or 1.4T, got "${truncate(raw)}"`,
      name,
    );
  }
  const suffix = match[2]?.toLowerCase();
  const value = Number(match[1]) * (suffix ? (SUFFIXES[suffix] ?? 1) : 1);
  if (!Number.isFinite(value)) {
    throw new InputError(`${name} is too large to compute with, got "${truncate(raw)}"`, name);
  }
  return value;
}

function truncate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}
