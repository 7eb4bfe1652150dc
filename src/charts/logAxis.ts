import { formatScientific } from '../lib/formatQuantity';

/**
 * Powers of ten spanning [min, max] (widened to whole decades), for log axes whose default
 * SI tick labels ("1Y") mean nothing to readers. Thinned to at most `maxTicks` labels.
 * @example decadeTicks(3e19, 4e25) // [1e19, 1e20, …, 1e26] thinned to 7
 */
export function decadeTicks(min: number, max: number, maxTicks = 7): number[] {
  if (!(min > 0) || !(max > 0) || !Number.isFinite(min) || !Number.isFinite(max)) return [];
  const lo = Math.floor(Math.log10(Math.min(min, max)));
  const hi = Math.ceil(Math.log10(Math.max(min, max)));
  const step = Math.max(1, Math.ceil((hi - lo + 1) / maxTicks));
  const ticks: number[] = [];
  // Number(`1e${e}`) is exact where 10 ** e drifts (10 ** 23 = 9.999999999999999e22).
  for (let e = lo; e <= hi; e += step) ticks.push(Number(`1e${e}`));
  return ticks;
}

/**
 * The powers of ten inside [min, max] (not widened: a tick outside the plotted range would be
 * clipped), thinned to at most `maxTicks` after clipping. Fewer than two means the range is
 * too narrow for decade ticks.
 * @example decadeTicksWithin(1024, 83e3) // [1e4]
 */
export function decadeTicksWithin(min: number, max: number, maxTicks = 7): number[] {
  const inside = decadeTicks(min, max, Infinity).filter((t) => t >= min && t <= max);
  const step = Math.max(1, Math.ceil(inside.length / maxTicks));
  return inside.filter((_, i) => i % step === 0);
}

/** Tick label for a power of ten: 1e23 → "10²³"; other values use formatScientific. */
export function formatDecade(value: number): string {
  const e = Math.log10(value);
  if (Number.isInteger(Math.round(e * 1e9) / 1e9))
    return formatScientific(value, 1).replace(/^1 × /, '');
  return formatScientific(value, 2);
}
