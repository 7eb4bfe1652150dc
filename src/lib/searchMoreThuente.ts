/** The line function φ(t) = f(x + t·p): evaluates at t and returns [φ(t), φ′(t)]. */
export type LineFunction = (t: number) => [number, number];

/** Where `searchMoreThuente` ended: the last step tried, its φ, and whether the search succeeded. */
export interface LineSearchResult {
  /** Step of the last evaluation (the line function's state is at this step). */
  step: number;
  value: number;
  evaluations: number;
  /** False on an error, a non-finite value, or `maxEvaluations` reached without convergence. */
  ok: boolean;
}

/** Tolerances of the search; L-BFGS-B calls it with ftol 10⁻³, gtol 0.9, xtol 0.1 (lnsrlb). */
export interface MoreThuenteOptions {
  ftol: number;
  gtol: number;
  xtol: number;
  stepMin: number;
  stepMax: number;
  maxEvaluations: number;
}

interface Bracket {
  stx: number;
  fx: number;
  dx: number;
  sty: number;
  fy: number;
  dy: number;
  brackt: boolean;
}

/**
 * One safeguarded step of Moré & Thuente 1994 (ACM TOMS 20(3), "Line search algorithms with
 * guaranteed sufficient decrease"; MINPACK-2 dcstep): a cubic or quadratic interpolant's minimiser
 * chosen from the bracket [stx, sty] and the trial (stp, fp, dp); updates the bracket in place.
 */
function stepMoreThuente(b: Bracket, stp: number, fp: number, dp: number, lo: number, hi: number) {
  const { stx, fx, dx, sty, fy, dy } = b;
  const sgnd = Math.sign(dp) * Math.sign(dx);
  const cubicGamma = (theta: number, s: number, u: number, v: number, clampZero = false) => {
    const rad = (theta / s) ** 2 - (u / s) * (v / s);
    return s * Math.sqrt(clampZero ? Math.max(0, rad) : rad);
  };
  let stpf: number;
  if (fp > fx) {
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
    let gamma = cubicGamma(theta, s, dx, dp);
    if (stp < stx) gamma = -gamma;
    const r = (gamma - dx + theta) / (gamma - dx + gamma + dp);
    const stpc = stx + r * (stp - stx);
    const stpq = stx + (dx / ((fx - fp) / (stp - stx) + dx) / 2) * (stp - stx);
    stpf = Math.abs(stpc - stx) <= Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
    b.brackt = true;
  } else if (sgnd < 0) {
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
    let gamma = cubicGamma(theta, s, dx, dp);
    if (stp > stx) gamma = -gamma;
    const r = (gamma - dp + theta) / (gamma - dp + gamma + dx);
    const stpc = stp + r * (stx - stp);
    const stpq = stp + (dp / (dp - dx)) * (stx - stp);
    stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
    b.brackt = true;
  } else if (Math.abs(dp) < Math.abs(dx)) {
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    const s = Math.max(Math.abs(theta), Math.abs(dx), Math.abs(dp));
    let gamma = cubicGamma(theta, s, dx, dp, true);
    if (stp > stx) gamma = -gamma;
    const r = (gamma - dp + theta) / (gamma + (dx - dp) + gamma);
    const stpc = r < 0 && gamma !== 0 ? stp + r * (stx - stp) : stp > stx ? hi : lo;
    const stpq = stp + (dp / (dp - dx)) * (stx - stp);
    if (b.brackt) {
      stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
      stpf =
        stp > stx
          ? Math.min(stp + 0.66 * (sty - stp), stpf)
          : Math.max(stp + 0.66 * (sty - stp), stpf);
    } else {
      stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
      stpf = Math.min(hi, Math.max(lo, stpf));
    }
  } else if (b.brackt) {
    const theta = (3 * (fp - fy)) / (sty - stp) + dy + dp;
    const s = Math.max(Math.abs(theta), Math.abs(dy), Math.abs(dp));
    let gamma = cubicGamma(theta, s, dy, dp);
    if (stp > sty) gamma = -gamma;
    const r = (gamma - dp + theta) / (gamma - dp + gamma + dy);
    stpf = stp + r * (sty - stp);
  } else {
    stpf = stp > stx ? hi : lo;
  }
  if (fp > fx) {
    Object.assign(b, { sty: stp, fy: fp, dy: dp });
  } else {
    if (sgnd < 0) Object.assign(b, { sty: stx, fy: fx, dy: dx });
    Object.assign(b, { stx: stp, fx: fp, dx: dp });
  }
  return stpf;
}

/**
 * The line search of L-BFGS-B: Moré & Thuente 1994 (MINPACK-2 dcsrch), finding t with
 * φ(t) ≤ φ(0) + ftol·t·φ′(0) and |φ′(t)| ≤ gtol·|φ′(0)| (strong Wolfe), extrapolating up to 4×
 * past the last trial until a minimum is bracketed. Ported line by line from SciPy's
 * scipy/optimize/_dcsrch.py (BSD; itself from MINPACK-2) rather than taken from npm, where no
 * maintained package offers it over plain numbers; minimizeLbfgs's stop 'scipy' needs SciPy's
 * steps, since where a loose stopping rule stops depends on the path. A non-finite φ ends the
 * search unsuccessfully (SciPy would carry the NaN on).
 * @example searchMoreThuente((t) => [(t - 2) ** 2, 2 * (t - 2)], 4, -4, 1, { ftol: 1e-3, gtol: 0.9, xtol: 0.1, stepMin: 0, stepMax: 1e10, maxEvaluations: 20 }).step // 1: the first step already meets both conditions
 */
export function searchMoreThuente(
  phi: LineFunction,
  f0: number,
  g0: number,
  step: number,
  o: MoreThuenteOptions,
): LineSearchResult {
  if (!(g0 < 0) || step < o.stepMin || step > o.stepMax)
    return { step, value: f0, evaluations: 0, ok: false };
  const gtest = o.ftol * g0;
  const b: Bracket = { stx: 0, fx: f0, dx: g0, sty: 0, fy: f0, dy: g0, brackt: false };
  let stage = 1;
  let width = o.stepMax - o.stepMin;
  let width1 = width / 0.5;
  let stmin = 0;
  let stmax = step + 4 * step;
  let stp = step;
  for (let evaluations = 1; evaluations <= o.maxEvaluations; evaluations++) {
    const [f, g] = phi(stp);
    if (!Number.isFinite(f) || !Number.isFinite(g))
      return { step: stp, value: f, evaluations, ok: false };
    const ftest = f0 + stp * gtest;
    if (stage === 1 && f <= ftest && g >= 0) stage = 2;
    const done =
      (b.brackt && (stp <= stmin || stp >= stmax)) ||
      (b.brackt && stmax - stmin <= o.xtol * stmax) ||
      (stp === o.stepMax && f <= ftest && g <= gtest) ||
      (stp === o.stepMin && (f > ftest || g >= gtest)) ||
      (f <= ftest && Math.abs(g) <= o.gtol * -g0);
    // dcsrch's warnings (rounding, xtol, step at a bound) end the search like convergence does.
    if (done) return { step: stp, value: f, evaluations, ok: true };
    if (stage === 1 && f <= b.fx && f > ftest) {
      // Modified function ψ(t) = φ(t) − φ(0) − ftol·t·φ′(0) until a step satisfies sufficient decrease.
      const m: Bracket = {
        ...b,
        fx: b.fx - b.stx * gtest,
        fy: b.fy - b.sty * gtest,
        dx: b.dx - gtest,
        dy: b.dy - gtest,
      };
      stp = stepMoreThuente(m, stp, f - stp * gtest, g - gtest, stmin, stmax);
      Object.assign(b, m, {
        fx: m.fx + m.stx * gtest,
        fy: m.fy + m.sty * gtest,
        dx: m.dx + gtest,
        dy: m.dy + gtest,
      });
    } else {
      stp = stepMoreThuente(b, stp, f, g, stmin, stmax);
    }
    if (b.brackt) {
      if (Math.abs(b.sty - b.stx) >= 0.66 * width1) stp = b.stx + 0.5 * (b.sty - b.stx);
      width1 = width;
      width = Math.abs(b.sty - b.stx);
      stmin = Math.min(b.stx, b.sty);
      stmax = Math.max(b.stx, b.sty);
    } else {
      stmin = stp + 1.1 * (stp - b.stx);
      stmax = stp + 4 * (stp - b.stx);
    }
    stp = Math.min(o.stepMax, Math.max(o.stepMin, stp));
    if (
      (b.brackt && (stp <= stmin || stp >= stmax)) ||
      (b.brackt && stmax - stmin <= o.xtol * stmax)
    )
      stp = b.stx;
  }
  return { step: stp, value: NaN, evaluations: o.maxEvaluations, ok: false };
}
