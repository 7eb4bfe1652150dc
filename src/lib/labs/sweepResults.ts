import { ConvergenceError, InputError } from '../errors';
import { fitPowerLaw } from '../fitPowerLaw';
import { fitSaturatingPowerLaw } from '../fitSaturatingPowerLaw';
import { makeLogGrid } from '../makeLogGrid';

/** One finished model of a sweep, as kept in localStorage and written to CSV. */
export interface SweepRun {
  name: string;
  dModel: number;
  nLayer: number;
  /** Non-embedding N of the built model (weight matrices: 12·n_layer·d_model²). */
  N: number;
  tokens: number;
  steps: number;
  finalTrainLoss: number;
  /** Final held-out loss in nats per token: the y of the scaling law. */
  validationLoss: number;
  elapsedMs: number;
  backend: string;
  /** Training loss curve: tokens seen and mean loss since the previous report. */
  curve: { tokens: number; loss: number }[];
}

/** The fitted law and its quality; `law` says which form was fitted. */
export interface SweepFit {
  law: 'saturating' | 'pure';
  alpha: number;
  Nc: number;
  Linf: number;
  r2: number;
  predict: (N: number) => number;
}

/**
 * Fits L(N) = L∞ + (N_c/N)^α (Kaplan et al. 2020, Eq. 1.5 at D → ∞) to the runs' final
 * validation losses with fitSaturatingPowerLaw; with only two runs, or when the floor cannot
 * be fitted (losses that do not fall with N), the pure power law (L∞ = 0; `law: 'pure'`). Throws an InputError with fewer than two runs.
 * @example fitSweep(runs).alpha // ≈ 0.1–0.3 for the browser ladder
 */
export function fitSweep(runs: readonly SweepRun[]): SweepFit {
  if (runs.length < 2)
    throw new InputError(`A fit needs at least two finished sizes, got ${runs.length}`, 'd_models');
  const points = runs.map((r) => ({ N: r.N, loss: r.validationLoss }));
  if (points.length >= 3) {
    try {
      const f = fitSaturatingPowerLaw(points);
      return {
        law: 'saturating',
        alpha: f.alpha,
        Nc: f.Nc,
        Linf: f.Linf,
        r2: f.r2,
        predict: f.predict,
      };
    } catch (error) {
      // Losses that do not fall with N (runs too short to leave the unigram plateau) have no floor to fit.
      if (!(error instanceof ConvergenceError || error instanceof InputError)) throw error;
    }
  }
  const f = fitPowerLaw(points);
  return { law: 'pure', alpha: f.alpha, Nc: f.Nc, Linf: 0, r2: f.r2, predict: f.predict };
}

/**
 * Points of the fitted curve over [N_min/1.5, N_max·1.5], evenly spaced in log N, for a chart.
 * @example fitCurve(fit, runs, 40).length // 40
 */
export function fitCurve(
  fit: SweepFit,
  runs: readonly SweepRun[],
  count = 40,
): { x: number; y: number }[] {
  const ns = runs.map((r) => r.N);
  return makeLogGrid(Math.min(...ns) / 1.5, Math.max(...ns) * 1.5, count).map((x) => ({
    x,
    y: fit.predict(x),
  }));
}

const CSV_COLUMNS = [
  'name',
  'd_model',
  'n_layer',
  'non_embedding_params',
  'tokens',
  'steps',
  'final_train_loss',
  'final_validation_loss',
  'elapsed_s',
  'backend',
] as const;

/**
 * The runs as CSV, one row per model, losses in nats per token.
 * @example sweepCsv(runs).split('\n')[0] // "name,d_model,n_layer,non_embedding_params,..."
 */
export function sweepCsv(runs: readonly SweepRun[]): string {
  const rows = runs.map((r) =>
    [
      r.name,
      r.dModel,
      r.nLayer,
      r.N,
      r.tokens,
      r.steps,
      r.finalTrainLoss,
      r.validationLoss,
      (r.elapsedMs / 1000).toFixed(2),
      r.backend,
    ].join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

/**
 * Link into /calculators/power-law-fit/ with the runs' N and final losses and the saturating law.
 * @example powerLawFitLink(runs) // "/calculators/power-law-fit/?x=1536,6144&y=2.4,2.2&model=saturating"
 */
export function powerLawFitLink(runs: readonly SweepRun[]): string {
  const x = runs.map((r) => r.N).join(',');
  const y = runs.map((r) => Number(r.validationLoss.toPrecision(5))).join(',');
  return `/calculators/power-law-fit/?x=${x}&y=${y}&model=${runs.length >= 3 ? 'saturating' : 'pure'}`;
}

/** localStorage key of finished sweeps (versioned: a new shape starts afresh). */
export const SWEEP_STORAGE_KEY = 'scaling-lab:sweep:v1';

const isRun = (r: unknown): r is SweepRun => {
  const o = r as Partial<SweepRun> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.name === 'string' &&
    typeof o.backend === 'string' &&
    Array.isArray(o.curve) &&
    [
      o.dModel,
      o.nLayer,
      o.N,
      o.tokens,
      o.steps,
      o.finalTrainLoss,
      o.validationLoss,
      o.elapsedMs,
    ].every((v) => typeof v === 'number' && Number.isFinite(v))
  );
};

/**
 * Finished runs stored under `key` (a SweepPlan key) in the saved text; [] for missing,
 * corrupt or foreign data, so a damaged store never breaks the page.
 * @example readStoredRuns(localStorage.getItem(SWEEP_STORAGE_KEY), plan.key) // SweepRun[]
 */
export function readStoredRuns(text: string | null, key: string): SweepRun[] {
  try {
    const all = JSON.parse(text ?? '{}') as Record<string, unknown>;
    const runs = all[key];
    return Array.isArray(runs) ? runs.filter(isRun) : [];
  } catch {
    return [];
  }
}

/**
 * The saved text with `runs` stored under `key`; keeps at most `keep` sweeps (the newest).
 * @example localStorage.setItem(SWEEP_STORAGE_KEY, storeRuns(old, plan.key, runs))
 */
export function storeRuns(
  text: string | null,
  key: string,
  runs: readonly SweepRun[],
  keep = 8,
): string {
  let all: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(text ?? '{}') as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      all = parsed as Record<string, unknown>;
  } catch {
    // a corrupt store is replaced
  }
  delete all[key];
  const entries = [...Object.entries(all), [key, runs] as const].slice(-keep);
  return JSON.stringify(Object.fromEntries(entries));
}

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
