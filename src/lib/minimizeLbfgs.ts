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
}

/** Where `minimizeLbfgs` stopped and why. */
export interface LbfgsResult {
  x: Float64Array;
  f: number;
  iterations: number;
  evaluations: number;
  /** max|∂f/∂xᵢ| at x. */
  gradientNorm: number;
  /** 'gradient' and 'function' are convergence; 'stalled' means no step lowered f; 'iterations' ran out. */
  reason: 'gradient' | 'function' | 'stalled' | 'iterations';
}

const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 40;

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
  const maxIterations = options.maxIterations ?? 1000;
  const gtol = options.gradientTolerance ?? 1e-10;
  const ftol = options.functionTolerance ?? 1e-13;
  const m = options.memory ?? 10;
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
    } else {
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
