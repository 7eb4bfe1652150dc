import { invertMatrix, solveLinearSystem } from './solveLinearSystem';

/** Residuals rᵢ(x) and their Jacobian Jᵢⱼ = ∂rᵢ/∂xⱼ at x (m residuals, n parameters). */
export type ResidualModel = (x: readonly number[]) => { residuals: number[]; jacobian: number[][] };

/** Options of `minimizeLeastSquares`; every field has a default. */
export interface LeastSquaresOptions {
  /** Lower bounds per parameter (−∞ where absent); steps are projected onto them. */
  lower?: readonly number[];
  /** Iterations before giving up (default 500). */
  maxIterations?: number;
}

/** Where `minimizeLeastSquares` stopped. */
export interface LeastSquaresResult {
  x: number[];
  /** Σ rᵢ² at x. */
  ssr: number;
  residuals: number[];
  jacobian: number[][];
  /** (JᵀJ)⁻¹ at x over the parameters off their bounds (others null); null if singular. */
  inverseNormal: (number | null)[][] | null;
  /** Which parameters sit on their lower bound. */
  atBound: boolean[];
  iterations: number;
  converged: boolean;
}

/**
 * Minimises Σ rᵢ(x)² by Levenberg–Marquardt with Marquardt's scaling (Marquardt 1963; Nocedal &
 * Wright, Numerical Optimization, §10.3): solve (JᵀJ + λ·diag(JᵀJ))·δ = −Jᵀr, accept δ if the sum of
 * squares falls (λ ÷ 10), else λ × 10. Small problems only (n ≤ ~10 parameters): normal equations.
 * Written here because ml-levenberg-marquardt, the maintained npm package, differentiates
 * numerically and returns no Jacobian or covariance, which the standard errors need.
 * @example minimizeLeastSquares(([a]) => ({ residuals: [a! - 2], jacobian: [[1]] }), [0]).x // [2]
 */
export function minimizeLeastSquares(
  model: ResidualModel,
  start: readonly number[],
  options: LeastSquaresOptions = {},
): LeastSquaresResult {
  const n = start.length;
  const lower = Array.from({ length: n }, (_, j) => options.lower?.[j] ?? -Infinity);
  const maxIterations = options.maxIterations ?? 500;
  let x = start.map((v, j) => Math.max(v, lower[j]!));
  let { residuals, jacobian } = model(x);
  let ssr = sumOfSquares(residuals);
  let lambda = 1e-3;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const normal = multiplyTranspose(jacobian, jacobian);
    const gradient = jacobian[0]!.map((_, j) =>
      residuals.reduce((s, r, i) => s + jacobian[i]![j]! * r, 0),
    );
    if (ssr === 0 || Math.max(...gradient.map(Math.abs)) <= 1e-14 * ssr) {
      converged = true;
      break;
    }
    let improved = false;
    while (lambda < 1e16) {
      const damped = normal.map((row, i) =>
        row.map((v, j) => (i === j ? v + lambda * Math.max(v, 1e-12) : v)),
      );
      const step = solveLinearSystem(
        damped,
        gradient.map((g) => -g),
      );
      if (!step) {
        lambda *= 10;
        continue;
      }
      const trial = x.map((v, j) => Math.max(v + step[j]!, lower[j]!));
      const next = model(trial);
      const trialSsr = sumOfSquares(next.residuals);
      if (Number.isFinite(trialSsr) && trialSsr <= ssr) {
        const moved = trial.some((v, j) => Math.abs(v - x[j]!) > 1e-14 * (Math.abs(x[j]!) + 1e-14));
        converged = !moved || ssr - trialSsr <= 1e-15 * ssr;
        x = trial;
        residuals = next.residuals;
        jacobian = next.jacobian;
        ssr = trialSsr;
        lambda = Math.max(lambda / 10, 1e-12);
        improved = true;
        break;
      }
      lambda *= 10;
    }
    if (!improved) converged = true; // no damped step lowers the sum: a (local) minimum to precision
  }
  const atBound = x.map((v, j) => v <= lower[j]!);
  return {
    x,
    ssr,
    residuals,
    jacobian,
    inverseNormal: inverseOnFree(jacobian, atBound),
    atBound,
    iterations,
    converged,
  };
}

function sumOfSquares(values: readonly number[]): number {
  return values.reduce((s, v) => s + v * v, 0);
}

/** Aᵀ·B for m×n matrices given row by row. */
function multiplyTranspose(a: readonly number[][], b: readonly number[][]): number[][] {
  const n = a[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => a.reduce((s, row, k) => s + row[i]! * b[k]![j]!, 0)),
  );
}

function inverseOnFree(jacobian: number[][], atBound: boolean[]): (number | null)[][] | null {
  const free = atBound.flatMap((bound, j) => (bound ? [] : [j]));
  const sub = jacobian.map((row) => free.map((j) => row[j]!));
  const inverse = free.length > 0 ? invertMatrix(multiplyTranspose(sub, sub)) : [];
  if (!inverse) return null;
  return atBound.map((_, i) =>
    atBound.map((__, j) => {
      const fi = free.indexOf(i);
      const fj = free.indexOf(j);
      return fi < 0 || fj < 0 ? null : inverse[fi]![fj]!;
    }),
  );
}
