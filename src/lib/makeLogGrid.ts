import { InputError } from './errors';

/**
 * `count` points spaced evenly in log between `lo` and `hi` inclusive: lo·(hi/lo)^(i/(count−1)).
 * Used to draw power laws as smooth lines on log axes. Unit: that of lo and hi.
 * @example makeLogGrid(1, 100, 3) // [1, 10, 100]
 */
export function makeLogGrid(lo: number, hi: number, count: number): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo > 0 && hi > lo)) {
    throw new InputError(`makeLogGrid needs 0 < lo < hi, both finite, got ${lo} and ${hi}`, 'grid');
  }
  if (!Number.isInteger(count) || count < 2)
    throw new InputError(`makeLogGrid needs at least 2 points, got ${count}`, 'grid');
  const step = Math.log(hi / lo) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? hi : lo * Math.exp(step * i)));
}
