import { ConvergenceError } from './errors';
import { fitPowerLawLogs, requirePowerLawPoints, type PowerLawPoint } from './fitPowerLaw';
import { minimizeLeastSquares, type LeastSquaresResult } from './minimizeLeastSquares';

/** Result of `fitSaturatingPowerLaw`: L = L∞ + (N_c/N)^α. */
export interface SaturatingPowerLawFit {
  Linf: number;
  alpha: number;
  Nc: number;
  logNc: number;
  /** Standard errors from σ̂²·(JᵀJ)⁻¹, σ̂² = SSR/(n − 3); null with 3 points, and for L∞ when it sits on its bound 0. */
  LinfSe: number | null;
  alphaSe: number | null;
  logNcSe: number | null;
  /** R² of ln L (in log space): 1 − SSR/SST with SST = Σ(ln Lᵢ − mean ln L)². */
  r2: number;
  /** ln Lᵢ − ln L̂ᵢ, observed minus fitted, in log space, in input order. */
  residuals: number[];
  iterations: number;
  predict: (N: number) => number;
}

/** Floors tried as starting points, as fractions of the smallest loss; 0 is the plain power law. */
const FLOOR_FRACTIONS = [0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999];

/**
 * Fits L = L∞ + (N_c/N)^α (Kaplan et al. 2020 Eq. 1.5 at D → ∞; Hoffmann et al. 2022 Eq. 2 in one
 * variable) by nonlinear least squares on ln L: minimise Σ(ln Lᵢ − ln(L∞ + e^{α(ln N_c − ln Nᵢ)}))²
 * over (L∞ ≥ 0, α, ln N_c) by Levenberg–Marquardt with the analytic Jacobian. Log-space residuals
 * are relative errors, so L∞ = 0 gives exactly `fitPowerLaw`. Starting points come from the
 * log-linear fit of ln(L − L∞) at floors L∞ = f·min L, f ∈ {0, 0.5, …, 0.999}; the best optimum wins.
 * @example fitSaturatingPowerLaw(points).Linf // the irreducible loss, e.g. ≈ 1.69
 */
export function fitSaturatingPowerLaw(points: readonly PowerLawPoint[]): SaturatingPowerLawFit {
  requirePowerLawPoints(points, 'fitSaturatingPowerLaw', 3);
  const logN = points.map((p) => Math.log(p.N));
  const logL = points.map((p) => Math.log(p.loss));
  const minLoss = Math.min(...points.map((p) => p.loss));
  const model = ([linf, alpha, logNc]: readonly number[]) => {
    const residuals: number[] = [];
    const jacobian: number[][] = [];
    for (let i = 0; i < logN.length; i++) {
      const t = Math.exp(alpha! * (logNc! - logN[i]!));
      const fitted = linf! + t;
      residuals.push(logL[i]! - Math.log(fitted));
      jacobian.push([-1 / fitted, (-t * (logNc! - logN[i]!)) / fitted, (-t * alpha!) / fitted]);
    }
    return { residuals, jacobian };
  };
  let best: LeastSquaresResult | null = null;
  for (const fraction of FLOOR_FRACTIONS) {
    const floor = fraction * minLoss;
    let start: number[];
    try {
      const line = fitPowerLawLogs(
        logN,
        points.map((p) => Math.log(p.loss - floor)),
        'fitSaturatingPowerLaw',
      );
      start = [floor, line.alpha, line.logNc];
    } catch {
      continue; // this floor leaves no slope to start from; the other floors still do
    }
    const result = minimizeLeastSquares(model, start, { lower: [0, -Infinity, -Infinity] });
    if (result.converged && Number.isFinite(result.ssr) && (!best || result.ssr < best.ssr))
      best = result;
  }
  if (!best)
    throw new ConvergenceError('fitSaturatingPowerLaw did not converge from any starting floor');
  const [Linf, alpha, logNc] = best.x as [number, number, number];
  const Nc = Math.exp(logNc);
  if (![Linf, alpha, logNc, Nc].every(Number.isFinite) || Nc === 0) {
    throw new ConvergenceError(
      `fitSaturatingPowerLaw: the optimum is out of range (α = ${alpha}, ln N_c = ${logNc})`,
    );
  }
  const dof = points.length - best.atBound.filter((b) => !b).length;
  const sigma2 = dof > 0 ? best.ssr / dof : null;
  const se = (j: number) => {
    const v = best.inverseNormal?.[j]?.[j];
    return sigma2 === null || v === null || v === undefined ? null : Math.sqrt(sigma2 * v);
  };
  const meanLogL = logL.reduce((s, v) => s + v, 0) / logL.length;
  const sst = logL.reduce((s, v) => s + (v - meanLogL) ** 2, 0);
  return {
    Linf,
    alpha,
    Nc,
    logNc,
    LinfSe: se(0),
    alphaSe: se(1),
    logNcSe: se(2),
    r2: sst > 0 ? 1 - best.ssr / sst : 1,
    residuals: best.residuals,
    iterations: best.iterations,
    predict: (N) => Linf + Math.exp(alpha * (logNc - Math.log(N))),
  };
}
