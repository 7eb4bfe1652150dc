/**
 * Where the first NaN or ±Infinity sits in plain data, as the top-level key that holds it
 * (`key` for a bare number), or undefined when every number is finite. Guards what the
 * library hands to a page, so a blank card or a "NaN" never reaches a reader.
 * @example findNonFinite({ loss: 2.1, curve: [{ x: 1, y: NaN }] }) // "curve"
 */
export function findNonFinite(value: unknown, key = 'result'): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : key;
  if (value === null || typeof value !== 'object') return undefined;
  const top = key === 'result' && !Array.isArray(value);
  for (const [k, v] of Object.entries(value)) {
    const found = findNonFinite(v, top ? k : key);
    if (found !== undefined) return found;
  }
  return undefined;
}
