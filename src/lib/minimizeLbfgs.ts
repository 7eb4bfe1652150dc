import { searchMoreThuente } from './searchMoreThuente';

/**
 * Objective for `minimizeLbfgs`: returns f(x) and writes ∇f(x) into `gradient`.
 * Both arrays are owned by the minimiser; do not keep them.
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Stopping rules for `minimizeLbfgs`; every field has a default. */
export interface LbfgsOptions {
  /** Iterations before giving up (default 1000). */
  maxIterations?: number;
  /** Stop when max|∂f/∂xᵢ| ≤ gradientTolerance (default 1e-10). */
  gradientTolerance?: number;
  /** Stop when an iteration lowers f by ≤ functionTolerance·max(|f|, tiny) (default 1e-13). */
  functionTolerance?: number;
  /** Number of (s, y) pairs kept (default 10, as scipy's L-BFGS-B). */
  memory?: number;
  /**
   * 'default': the tests above. 'scipy': SciPy's L-BFGS-B stopping rule as `minimize(method=
   * 'L-BFGS-B')` applies it (see SCIPY_LBFGSB_DEFAULTS): after each iteration, stop when
   * max|∂f/∂xᵢ| ≤ gtol, else when (f_k − f_{k+1}) ≤ ftol·max(|f_k|, |f_{k+1}|, 1), else when
   * iterations reach maxiter or evaluations pass maxfun. The `1` makes the test absolute for
   * |f| < 1, so scaling f down (a mean instead of a sum) loosens it.
   */
  stop?: 'default' | 'scipy';
  /** Under stop 'scipy': objective evaluations before giving up (default 15,000, SciPy's maxfun). */
  maxEvaluations?: number;
}

/**
 * SciPy's defaults for `scipy.optimize.minimize(method='L-BFGS-B')`, from scipy/optimize/_lbfgsb_py.py
 * (`_minimize_lbfgsb`: ftol=2.2204460492503131e-09, i.e. factr 10⁷ × machine ε 2.22·10⁻¹⁶; gtol=1e-5;
 * maxiter=15000; maxfun=15000; maxcor=10), with the tests of the L-BFGS-B code's label 777
 * (scipy/optimize/src/lbfgsb.c, the Fortran lbfgsb.f before SciPy 1.15): `sbgnrm <= pgtol`, then
 * `(fold - f) <= tol * max(|fold|, |f|, 1)`. Checked against the installed SciPy 1.17.1.
 */
export const SCIPY_LBFGSB_DEFAULTS = {
  gradientTolerance: 1e-5,
  functionTolerance: 2.2204460492503131e-9,
  maxIterations: 15000,
  maxEvaluations: 15000,
  memory: 10,
} as const;

/** Where `minimizeLbfgs` stopped and why. */
export interface LbfgsResult {
  x: Float64Array;
  f: number;
  iterations: number;
  evaluations: number;
  /** max|∂f/∂xᵢ| at x. */
  gradientNorm: number;
  /** 'gradient' and 'function' are convergence; 'stalled' means no step lowered f; 'iterations' (or, under stop 'scipy', evaluations) ran out. */
  reason: 'gradient' | 'function' | 'stalled' | 'iterations';
}

const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 40;
/** Under stop 'scipy': L-BFGS-B's line-search settings (lnsrlb: ftol 10⁻³, gtol 0.9, xtol 0.1; maxls 20). */
const LNSRLB = { ftol: 1e-3, gtol: 0.9, xtol: 0.1, stepMin: 0, maxEvaluations: 20 } as const;
/** L-BFGS-B's largest step without bounds (lnsrlb's `big`). */
const MAX_STEP = 1e10;
/** Machine epsilon for doubles, 2⁻⁵² (L-BFGS-B's epsmch). */
const EPSILON = 2 ** -52;

/**
 * Minimises a smooth f: ℝⁿ → ℝ by limited-memory BFGS (Nocedal 1980; Nocedal & Wright, Numerical
 * Optimization, Alg. 7.4 two-loop recursion and Alg. 3.1 backtracking with the Armijo condition
 * f(x + t·p) ≤ f(x) + 10⁻⁴·t·∇fᵀp). Pairs with sᵀy ≤ 0 are skipped so the inverse Hessian stays
 * positive definite. Hand-written rather than taken from npm: fmin (Nelder–Mead, conjugate
 * gradient) has no L-BFGS, and optimization-js, which has one, is little used and unmaintained and
 * works on plain arrays; fitChinchilla runs this 4,500 times per fit, first capped at 3 iterations
 * for screening, so a small allocation-light version over typed arrays is easier to time and trust.
 * @example minimizeLbfgs((x, g) => { g[0] = 2 * (x[0]! - 3); return (x[0]! - 3) ** 2; }, [0]).x // [3]
 */
export function minimizeLbfgs(
  objective: Objective,
  start: ArrayLike<number>,
  options: LbfgsOptions = {},
): LbfgsResult {
  const scipy = options.stop === 'scipy';
  const defaults = scipy
    ? SCIPY_LBFGSB_DEFAULTS
    : { maxIterations: 1000, gradientTolerance: 1e-10, functionTolerance: 1e-13, memory: 10 };
  const maxIterations = options.maxIterations ?? defaults.maxIterations;
  const gtol = options.gradientTolerance ?? defaults.gradientTolerance;
  const ftol = options.functionTolerance ?? defaults.functionTolerance;
  const m = options.memory ?? defaults.memory;
  const maxEvaluations = options.maxEvaluations ?? SCIPY_LBFGSB_DEFAULTS.maxEvaluations;
  const n = start.length;
  const x = Float64Array.from(start);
  const g = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const p = new Float64Array(n);
  const s = Array.from({ length: m }, () => new Float64Array(n));
  const y = Array.from({ length: m }, () => new Float64Array(n));
  const rho = new Float64Array(m);
  const alphas = new Float64Array(m);
  let stored = 0;
  let newest = -1;
  let f = objective(x, g);
  let evaluations = 1;
  let iterations = 0;
  const norm = (v: Float64Array) => v.reduce((mx, vi) => Math.max(mx, Math.abs(vi)), 0);
  const result = (reason: LbfgsResult['reason']): LbfgsResult => ({
    x,
    f,
    iterations,
    evaluations,
    gradientNorm: norm(g),
    reason,
  });
  if (!Number.isFinite(f)) return result('stalled');
  while (iterations < maxIterations) {
    if (norm(g) <= gtol) return result('gradient');
    // Two-loop recursion: p = −H·g.
    for (let i = 0; i < n; i++) p[i] = -g[i]!;
    for (let k = 0; k < stored; k++) {
      const j = (newest - k + m) % m;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += s[j]![i]! * p[i]!;
      alphas[j] = rho[j]! * dot;
      for (let i = 0; i < n; i++) p[i] = p[i]! - alphas[j]! * y[j]![i]!;
    }
    if (stored > 0) {
      const yj = y[newest]!;
      let yy = 0;
      for (let i = 0; i < n; i++) yy += yj[i]! * yj[i]!;
      const gamma = 1 / (rho[newest]! * yy);
      for (let i = 0; i < n; i++) p[i] = p[i]! * gamma;
    } else if (!scipy) {
      const scale = 1 / Math.max(norm(g), 1e-300);
      for (let i = 0; i < n; i++) p[i] = p[i]! * Math.min(1, scale);
    }
    for (let k = stored - 1; k >= 0; k--) {
      const j = (newest - k + m) % m;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += y[j]![i]! * p[i]!;
      const beta = rho[j]! * dot;
      for (let i = 0; i < n; i++) p[i] = p[i]! + (alphas[j]! - beta) * s[j]![i]!;
    }
    let slope = 0;
    for (let i = 0; i < n; i++) slope += g[i]! * p[i]!;
    if (scipy) {
      // L-BFGS-B's lnsrlb: the first step has unit length, later ones start at 1; a failed
      // search (or an uphill direction) resets the memory, and fails the run with none stored.
      let step = 1;
      if (iterations === 0) step = Math.min(1 / Math.hypot(...p), MAX_STEP);
      const search =
        slope < 0
          ? searchMoreThuente(
              (t) => {
                for (let i = 0; i < n; i++) xNew[i] = x[i]! + t * p[i]!;
                const value = objective(xNew, gNew);
                evaluations++;
                let dg = 0;
                for (let i = 0; i < n; i++) dg += gNew[i]! * p[i]!;
                return [value, dg];
              },
              f,
              slope,
              step,
              { ...LNSRLB, stepMax: MAX_STEP },
            )
          : undefined;
      if (!search?.ok) {
        if (stored === 0) return result('stalled');
        stored = 0;
        continue;
      }
      iterations++;
      const j = (newest + 1) % m;
      let sy = 0;
      for (let i = 0; i < n; i++) {
        s[j]![i] = xNew[i]! - x[i]!;
        y[j]![i] = gNew[i]! - g[i]!;
        sy += s[j]![i]! * y[j]![i]!;
      }
      // L-BFGS-B skips the update when yᵀs ≤ ε·(−gᵀs) (mainlb, "BFGS update skipped").
      if (sy > EPSILON * -slope * search.step) {
        rho[j] = 1 / sy;
        newest = j;
        stored = Math.min(stored + 1, m);
      }
      const fOld = f;
      x.set(xNew);
      g.set(gNew);
      f = search.value;
      if (norm(g) <= gtol) return result('gradient');
      if (fOld - f <= ftol * Math.max(Math.abs(fOld), Math.abs(f), 1)) return result('function');
      if (evaluations > maxEvaluations) return result('iterations');
      continue;
    }
    if (!(slope < 0)) {
      // Not a descent direction (numerical trouble): forget the curvature pairs, go downhill.
      stored = 0;
      const scale = Math.min(1, 1 / Math.max(norm(g), 1e-300));
      slope = 0;
      for (let i = 0; i < n; i++) {
        p[i] = -g[i]! * scale;
        slope += g[i]! * p[i]!;
      }
    }
    let t = 1;
    let fNew = Infinity;
    let accepted = false;
    for (let k = 0; k < MAX_BACKTRACKS; k++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + t * p[i]!;
      fNew = objective(xNew, gNew);
      evaluations++;
      if (Number.isFinite(fNew) && fNew <= f + ARMIJO * t * slope) {
        accepted = true;
        break;
      }
      t *= Number.isFinite(fNew) ? 0.5 : 0.1;
    }
    iterations++;
    if (!accepted) {
      if (stored > 0) {
        stored = 0;
        continue;
      }
      return result('stalled');
    }
    const j = (newest + 1) % m;
    let sy = 0;
    for (let i = 0; i < n; i++) {
      s[j]![i] = xNew[i]! - x[i]!;
      y[j]![i] = gNew[i]! - g[i]!;
      sy += s[j]![i]! * y[j]![i]!;
    }
    if (sy > 1e-300) {
      rho[j] = 1 / sy;
      newest = j;
      stored = Math.min(stored + 1, m);
    }
    const decrease = f - fNew;
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (decrease <= ftol * Math.max(Math.abs(f), 1e-300))
      return result(norm(g) <= gtol ? 'gradient' : 'function');
  }
  return result('iterations');
}
