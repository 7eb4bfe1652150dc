/** How a number is shown to people; the raw value always travels separately (data-value). */
export type QuantityStyle = 'si' | 'scientific' | 'plain' | 'currency' | 'bytes';

const SI: readonly (readonly [number, string])[] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Rounds to `digits` significant digits through Intl (grouping, no float noise like 0.30000000000000004). */
function significant(value: number, digits: number): string {
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits }).format(value);
}

/** Writes an integer exponent with Unicode superscripts: 23 → ²³, -4 → ⁻⁴. */
function superscript(n: number): string {
  return String(n)
    .replace(/-/, '⁻')
    .replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d);
}

/**
 * m × 10ⁿ with `digits` significant digits; values with |n| < 4 are written plainly.
 * @example formatScientific(3.1428e23) // "3.14 × 10²³"
 */
export function formatScientific(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const [mantissa = '0', exponent = '0'] = value.toExponential(digits - 1).split('e');
  const n = Number(exponent);
  if (Math.abs(n) < 4) return significant(value, digits);
  return `${String(Number(mantissa))} × 10${superscript(n)}`;
}

/**
 * Formats a quantity for people with `digits` significant digits (default 3):
 * `si` uses k, M, B, T suffixes up to 10¹⁵ then scientific (175B, 1.4T);
 * `scientific` is m × 10ⁿ (FLOPs); `plain` groups digits (3,640), whole numbers in full;
 * `currency` is dollars with SI suffixes ($12.3M); `bytes` is binary units with the decimal ones
 * beside them, since GPU datasheets print binary sizes and ZeRO decimal ones ("29.2 GiB (31.4 GB)").
 * Non-finite values show as "—".
 * @example formatQuantity(175e9) // "175B"
 */
export function formatQuantity(value: number, style: QuantityStyle = 'si', digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (style === 'scientific') return formatScientific(value, digits);
  if (style === 'bytes') return formatBytes(value, digits);
  if (style === 'plain') {
    if (Math.abs(value) >= 1e15) return formatScientific(value, digits);
    // Whole numbers are counts (parameters, steps): shown exactly, never rounded to `digits`.
    return Number.isInteger(value) ? value.toLocaleString('en-US') : significant(value, digits);
  }
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const prefix = style === 'currency' ? '$' : '';
  if (abs >= 1e15) return sign + prefix + formatScientific(abs, digits);
  // Round first so 999,950 becomes "1M", not "1,000k".
  const rounded = Number(abs.toPrecision(digits));
  for (const [scale, suffix] of SI) {
    if (rounded >= scale) return `${sign}${prefix}${significant(rounded / scale, digits)}${suffix}`;
  }
  return sign + prefix + significant(abs, digits);
}

const BINARY: readonly (readonly [number, string, number, string])[] = [
  [2 ** 40, 'TiB', 1e12, 'TB'],
  [2 ** 30, 'GiB', 1e9, 'GB'],
  [2 ** 20, 'MiB', 1e6, 'MB'],
  [2 ** 10, 'KiB', 1e3, 'kB'],
];

/** Bytes in binary units with the decimal reading beside them: 31.4e9 → "29.2 GiB (31.4 GB)"; below 1 KiB, "512 bytes". */
function formatBytes(value: number, digits: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [binary, unit, decimal, decimalUnit] of BINARY) {
    if (abs >= binary)
      return `${sign}${significant(abs / binary, digits)} ${unit} (${sign}${significant(abs / decimal, digits)} ${decimalUnit})`;
  }
  return `${sign}${significant(abs, digits)} bytes`;
}
