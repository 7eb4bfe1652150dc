import type { Objective } from './minimizeLbfgs';
import type { Run } from './parseRunsCsv';

/**
 * The Approach 3 objective Σᵢ Huber_δ(LSE(a − α·ln Nᵢ, b − β·ln Dᵢ, e) − ln Lᵢ) and its analytic
 * gradient over x = (a, b, e, α, β), with Huber_δ(r) = r²/2 for |r| ≤ δ, else δ·(|r| − δ/2).
 * `reduce` 'mean' divides both by the number of runs: the averaged form that Besiroglu et al. 2024
 * found made Hoffmann et al.'s optimiser stop early (the default, 'sum', is theirs and fit-runs').
 * @example const f = makeChinchillaObjective(runs, 1e-3); f(Float64Array.of(6, 6, 0.5, 0.34, 0.28), new Float64Array(5))
 */
export function makeChinchillaObjective(
  points: readonly Run[],
  delta: number,
  reduce: 'sum' | 'mean' = 'sum',
): Objective {
  const scale = reduce === 'mean' && points.length > 0 ? 1 / points.length : 1;
  const n = points.length;
  const logN = Float64Array.from(points, (p) => Math.log(p.N));
  const logD = Float64Array.from(points, (p) => Math.log(p.D));
  const logL = Float64Array.from(points, (p) => Math.log(p.loss));
  return (x, g) => {
    const a = x[0]!;
    const b = x[1]!;
    const e = x[2]!;
    const alpha = x[3]!;
    const beta = x[4]!;
    let f = 0;
    let ga = 0;
    let gb = 0;
    let ge = 0;
    let gAlpha = 0;
    let gBeta = 0;
    const w3Plain = Math.exp(e);
    for (let i = 0; i < n; i++) {
      const u1 = a - alpha * logN[i]!;
      const u2 = b - beta * logD[i]!;
      // exp without the max shift saves one exp per point; shift only when a term over- or underflows.
      let w1 = Math.exp(u1);
      let w2 = Math.exp(u2);
      let w3 = w3Plain;
      let sum = w1 + w2 + w3;
      let lse: number;
      if (sum > 1e-300 && sum < 1e300) {
        lse = Math.log(sum);
      } else {
        const m = Math.max(u1, u2, e);
        w1 = Math.exp(u1 - m);
        w2 = Math.exp(u2 - m);
        w3 = Math.exp(e - m);
        sum = w1 + w2 + w3;
        lse = m + Math.log(sum);
      }
      const r = lse - logL[i]!;
      let h: number;
      if (r > delta) {
        f += delta * (r - 0.5 * delta);
        h = delta;
      } else if (r < -delta) {
        f += delta * (-r - 0.5 * delta);
        h = -delta;
      } else {
        f += 0.5 * r * r;
        h = r;
      }
      const hs = h / sum;
      const d1 = hs * w1;
      const d2 = hs * w2;
      ga += d1;
      gb += d2;
      ge += hs * w3;
      gAlpha -= d1 * logN[i]!;
      gBeta -= d2 * logD[i]!;
    }
    g[0] = ga * scale;
    g[1] = gb * scale;
    g[2] = ge * scale;
    g[3] = gAlpha * scale;
    g[4] = gBeta * scale;
    return f * scale;
  };
}
