/**
 * Seconds left in a sweep. Step time is modelled as a + b·N, fitted to the measured
 * (N, ms per step) pairs (one pair: half fixed cost, half proportional to N); then
 * Σ over remaining steps of each size. Returns undefined before anything was measured.
 * @example estimateSecondsLeft([{ N: 1536, msPerStep: 20 }], [{ N: 6144, steps: 600 }]) // 30
 */
export function estimateSecondsLeft(
  measured: readonly { N: number; msPerStep: number }[],
  remaining: readonly { N: number; steps: number }[],
): number | undefined {
  const ok = measured.filter((m) => m.N > 0 && m.msPerStep > 0 && Number.isFinite(m.msPerStep));
  if (ok.length === 0) return undefined;
  let a: number;
  let b: number;
  const xs = ok.map((m) => m.N);
  if (ok.length === 1 || Math.max(...xs) === Math.min(...xs)) {
    const m = ok[ok.length - 1]!;
    a = m.msPerStep / 2;
    b = m.msPerStep / 2 / m.N;
  } else {
    const mx = xs.reduce((s, x) => s + x, 0) / ok.length;
    const my = ok.reduce((s, m) => s + m.msPerStep, 0) / ok.length;
    const sxy = ok.reduce((s, m) => s + (m.N - mx) * (m.msPerStep - my), 0);
    const sxx = ok.reduce((s, m) => s + (m.N - mx) ** 2, 0);
    b = Math.max(0, sxy / sxx);
    a = Math.max(0, my - b * mx);
  }
  return remaining.reduce((s, r) => s + (r.steps * (a + b * r.N)) / 1000, 0);
}
