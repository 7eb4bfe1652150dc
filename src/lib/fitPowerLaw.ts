import { ConvergenceError, InputError } from './errors';
import { fitLinear } from './fitLinear';

/** One observation for a one-variable scaling law: N (parameters, tokens or FLOPs) and its loss. */
export interface PowerLawPoint {
  N: number;
  loss: number;
}

/** Result of `fitPowerLaw`: L = (N_c/N)^α. */
export interface PowerLawFit {
  alpha: number;
  Nc: number;
  logNc: number;
  /** Standard errors of α and ln N_c (delta method); null with 2 points. */
  alphaSe: number | null;
  logNcSe: number | null;
  /** R² of log L against log N (in log space, not of L itself). */
  r2: number;
  /** ln Lᵢ − ln L̂ᵢ, observed minus fitted, in log space, in input order. */
  residuals: number[];
  predict: (N: number) => number;
}

/**
 * Throws an InputError unless every point has a positive finite N and loss and at least `minimum`
 * distinct N; `what` names the caller in the message.
 * @example requirePowerLawPoints([{ N: 1e8, loss: 3 }], 'fitPowerLaw', 2) // throws: needs at least 2 points with distinct N, got 1
 */
export function requirePowerLawPoints(
  points: readonly PowerLawPoint[],
  what: string,
  minimum: number,
): void {
  if (!Array.isArray(points))
    throw new InputError(`${what} needs an array of { N, loss } points`, 'points');
  points.forEach((p, i) => {
    if (!(Number.isFinite(p?.N) && p.N > 0)) {
      throw new InputError(`N must be a positive number, got ${p?.N} at point ${i + 1}`, 'N');
    }
    if (!(Number.isFinite(p.loss) && p.loss > 0)) {
      throw new InputError(
        `loss must be a positive number, got ${p.loss} at point ${i + 1}`,
        'loss',
      );
    }
  });
  const distinct = new Set(points.map((p) => p.N)).size;
  if (distinct < minimum) {
    throw new InputError(
      `${what} needs at least ${minimum} points with distinct N, got ${distinct}`,
      'points',
    );
  }
}

/**
 * Fits L = (N_c/N)^α by least squares in log space: ln L = α·ln N_c − α·ln N is a line in ln N
 * with slope −α and intercept α·ln N_c (Kaplan et al. 2020, Eq. 1.1 and Sec. 3.1). Standard error
 * of ln N_c = −intercept/slope by the delta method. Throws if the loss does not change with N.
 * @example fitPowerLaw([{ N: 1e8, loss: 3.9 }, { N: 1e9, loss: 3.28 }]).alpha // ≈ 0.0752
 */
export function fitPowerLaw(points: readonly PowerLawPoint[]): PowerLawFit {
  requirePowerLawPoints(points, 'fitPowerLaw', 2);
  return fitPowerLawLogs(
    points.map((p) => Math.log(p.N)),
    points.map((p) => Math.log(p.loss)),
    'fitPowerLaw',
  );
}

/**
 * The log-space core of `fitPowerLaw`, shared with `fitPowerLawWithFloor` and the starting points of
 * `fitSaturatingPowerLaw`: fits y = α·ln N_c − α·x with x = ln N, y = ln L (or ln(L − floor)).
 * @example fitPowerLawLogs([Math.log(1e8), Math.log(1e9)], [Math.log(3.9), Math.log(3.28)], 'fit').alpha // ≈ 0.0752
 */
export function fitPowerLawLogs(
  xs: readonly number[],
  ys: readonly number[],
  name: string,
): PowerLawFit {
  const line = fitLinear(xs, ys, name);
  const alpha = -line.slope;
  if (!(Math.abs(alpha) > 1e-12)) {
    throw new ConvergenceError(
      `${name}: the loss does not change with N, so α is 0 and N_c is undefined`,
    );
  }
  const logNc = line.intercept / alpha;
  const Nc = Math.exp(logNc);
  if (!Number.isFinite(Nc) || Nc === 0) {
    throw new ConvergenceError(
      `${name}: N_c = e^${logNc.toPrecision(4)} is out of range (α = ${alpha.toPrecision(3)} is nearly 0)`,
    );
  }
  let logNcSe: number | null = null;
  if (line.interceptSe !== null && line.slopeSe !== null && line.covariance !== null) {
    // ln N_c = −a/b: gradient (−1/b, a/b²) against the covariance of (a, b).
    const b = line.slope;
    const ga = -1 / b;
    const gb = line.intercept / (b * b);
    const variance =
      ga * ga * line.interceptSe ** 2 + gb * gb * line.slopeSe ** 2 + 2 * ga * gb * line.covariance;
    logNcSe = Math.sqrt(Math.max(0, variance));
  }
  return {
    alpha,
    Nc,
    logNc,
    alphaSe: line.slopeSe,
    logNcSe,
    r2: line.r2,
    residuals: line.residuals,
    predict: (N) => Math.exp(alpha * (logNc - Math.log(N))),
  };
}
