import { ConvergenceError, InputError } from './errors';

/** Result of an ordinary least-squares line y = intercept + slope·x. */
export interface LinearFit {
  intercept: number;
  slope: number;
  /** Standard errors from σ̂²·(XᵀX)⁻¹ with σ̂² = SSR/(n − 2); null with 2 points (no degrees of freedom). */
  interceptSe: number | null;
  slopeSe: number | null;
  /** Covariance of (intercept, slope), null with 2 points. */
  covariance: number | null;
  /** Coefficient of determination 1 − SSR/SST; 1 when every y is equal and fitted exactly. */
  r2: number;
  /** Sum of squared residuals SSR = Σ(yᵢ − ŷᵢ)². */
  ssr: number;
  /** yᵢ − ŷᵢ, observed minus fitted, in input order. */
  residuals: number[];
  predict: (x: number) => number;
}

/**
 * Ordinary least squares y = a + b·x: b = S_xy/S_xx, a = ȳ − b·x̄, with SE(b) = σ̂/√S_xx,
 * SE(a) = σ̂·√(1/n + x̄²/S_xx), cov(a, b) = −x̄·σ̂²/S_xx, σ̂² = SSR/(n − 2) (any regression text,
 * e.g. Weisberg, Applied Linear Regression, §2.3). Centred sums keep it exact for x ≈ 20 (log N).
 * Throws an InputError for fewer than 2 distinct x or non-finite values.
 * @example fitLinear([0, 1, 2], [1, 3, 5]) // { intercept: 1, slope: 2, r2: 1, ... }
 */
export function fitLinear(
  xs: readonly number[],
  ys: readonly number[],
  name = 'fitLinear',
): LinearFit {
  if (xs.length !== ys.length) {
    throw new InputError(
      `${name} needs as many x as y values, got ${xs.length} and ${ys.length}`,
      'points',
    );
  }
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) {
      throw new InputError(
        `${name} needs finite numbers, got x = ${xs[i]}, y = ${ys[i]} at point ${i + 1}`,
        'points',
      );
    }
  }
  const distinct = new Set(xs).size;
  if (distinct < 2)
    throw new InputError(
      `${name} needs at least 2 points with distinct x, got ${distinct}`,
      'points',
    );
  let xMean = 0;
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    xMean += xs[i]! / n;
    yMean += ys[i]! / n;
  }
  let sxx = 0;
  let sxy = 0;
  let sst = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - xMean;
    const dy = ys[i]! - yMean;
    sxx += dx * dx;
    sxy += dx * dy;
    sst += dy * dy;
  }
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  if (!Number.isFinite(slope) || !Number.isFinite(intercept)) {
    throw new ConvergenceError(`${name}: the x values are too close together to fit a slope`);
  }
  const residuals = xs.map((x, i) => ys[i]! - (intercept + slope * x));
  const ssr = residuals.reduce((s, r) => s + r * r, 0);
  const dof = n - 2;
  const sigma2 = dof > 0 ? ssr / dof : null;
  return {
    intercept,
    slope,
    interceptSe: sigma2 === null ? null : Math.sqrt(sigma2 * (1 / n + (xMean * xMean) / sxx)),
    slopeSe: sigma2 === null ? null : Math.sqrt(sigma2 / sxx),
    covariance: sigma2 === null ? null : (-xMean * sigma2) / sxx,
    r2: sst > 0 ? 1 - ssr / sst : 1,
    ssr,
    residuals,
    predict: (x) => intercept + slope * x,
  };
}
