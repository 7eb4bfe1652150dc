import { ConvergenceError, InputError } from './errors';
import { makeRandom, randomIndex } from './random';
import { requirePositiveInteger } from './validate';

/** Options of `bootstrapFit`; every field has a default. */
export interface BootstrapOptions {
  /** Seed of the resampling stream (default 0): the same seed gives the same intervals. */
  seed?: number;
  /** Number of resamples (default 100, as Hoffmann et al. 2022 Table 2). */
  resamples?: number;
  /** Quantiles to report, each in [0, 1] (default [0.1, 0.5, 0.9]: Table 2's 10th/90th percentiles and the median). */
  quantiles?: readonly number[];
  /** Fraction of the points drawn per resample (default 1; Hoffmann et al. draw 0.8). */
  fraction?: number;
}

/** Result of `bootstrapFit`: per parameter, its value at each requested quantile. */
export interface BootstrapResult<K extends string> {
  quantiles: number[];
  /** percentiles[name][j] is the quantiles[j] quantile of that parameter over the resamples that fitted. */
  percentiles: Record<K, number[]>;
  succeeded: number;
  /** Resamples whose fit threw an InputError or ConvergenceError (skipped, not counted). */
  failed: number;
}

/** A bootstrap run one resample at a time (`makeBootstrap`), so a caller can show intervals as they fill in. */
export interface Bootstrap<K extends string> {
  /** Resamples planned. */
  readonly total: number;
  /** Resamples drawn and fitted (or failed) so far. */
  done(): number;
  /** Draws and fits the next resample; false, doing nothing, once all `total` are done. */
  step(): boolean;
  /** The quantiles over the resamples fitted so far; undefined while none has fitted. */
  result(): BootstrapResult<K> | undefined;
}

/**
 * `bootstrapFit` one resample at a time: each `step()` draws the next sample from the same
 * seeded stream and fits it, so after all `total` steps `result()` equals `bootstrapFit`'s
 * answer for the same options, and before that it gives the quantiles of the resamples so far.
 * @example const boot = makeBootstrap(points, fit, { resamples: 1000 }); while (boot.step()) if (boot.done() % 100 === 0) show(boot.result());
 */
export function makeBootstrap<P, K extends string>(
  points: readonly P[],
  fit: (sample: P[]) => Readonly<Record<K, number>>,
  options: BootstrapOptions = {},
): Bootstrap<K> {
  const total = requirePositiveInteger(
    options.resamples ?? 100,
    'resamples',
    'number of resamples',
  );
  const quantiles = [...(options.quantiles ?? [0.1, 0.5, 0.9])];
  for (const q of quantiles) {
    if (!(q >= 0 && q <= 1))
      throw new InputError(`quantiles must lie between 0 and 1, got ${q}`, 'quantiles');
  }
  const fraction = options.fraction ?? 1;
  if (!(fraction > 0 && fraction <= 1))
    throw new InputError(`fraction must be between 0 and 1, got ${fraction}`, 'fraction');
  if (!Array.isArray(points) || points.length === 0)
    throw new InputError('bootstrapFit needs at least 1 point', 'points');
  const random = makeRandom(options.seed ?? 0);
  const size = Math.max(1, Math.round(fraction * points.length));
  const samples: Record<string, number[]> = {};
  let done = 0;
  let failed = 0;
  const step = () => {
    if (done >= total) return false;
    done++;
    const sample = Array.from({ length: size }, () => points[randomIndex(random, points.length)]!);
    let params: Readonly<Record<K, number>>;
    try {
      params = fit(sample);
    } catch (error) {
      if (error instanceof InputError || error instanceof ConvergenceError) {
        failed++;
        return true;
      }
      throw error;
    }
    for (const [name, value] of Object.entries(params) as [string, number][]) {
      if (Number.isFinite(value)) (samples[name] ??= []).push(value);
    }
    return true;
  };
  const result = (): BootstrapResult<K> | undefined => {
    if (failed === done) return undefined;
    const percentiles = Object.fromEntries(
      Object.entries(samples).map(([name, values]) => {
        const sorted = [...values].sort((p, q) => p - q);
        return [name, quantiles.map((q) => quantileSorted(sorted, q))];
      }),
    ) as Record<K, number[]>;
    return { quantiles: [...quantiles], percentiles, succeeded: done - failed, failed };
  };
  return { total, done: () => done, step, result };
}

/**
 * Seeded nonparametric bootstrap (Efron & Tibshirani 1993, ch. 13, percentile intervals): draw
 * `resamples` samples of the points with replacement, refit each with `fit`, and report each
 * parameter's empirical quantiles (linear interpolation between order statistics, Hyndman & Fan
 * type 7). Fits that throw InputError or ConvergenceError are skipped and counted; other errors
 * propagate. Throws a ConvergenceError if no resample fits.
 * @example bootstrapFit(points, (s) => ({ alpha: fitPowerLaw(s).alpha }), { seed: 1, quantiles: [0.025, 0.975] }).percentiles.alpha // [lo, hi]
 */
export function bootstrapFit<P, K extends string>(
  points: readonly P[],
  fit: (sample: P[]) => Readonly<Record<K, number>>,
  options: BootstrapOptions = {},
): BootstrapResult<K> {
  const boot = makeBootstrap(points, fit, options);
  while (boot.step());
  const result = boot.result();
  if (!result)
    throw new ConvergenceError(`bootstrapFit: none of the ${boot.total} resamples could be fitted`);
  return result;
}

/**
 * The q-quantile of ascending `values` by linear interpolation, Hyndman & Fan type 7 (R's default,
 * numpy's 'linear'): h = (n − 1)·q, x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(values: readonly number[], q: number): number {
  const h = (values.length - 1) * q;
  const lo = Math.floor(h);
  const low = values[lo]!;
  const high = values[Math.min(lo + 1, values.length - 1)]!;
  return low + (h - lo) * (high - low);
}
