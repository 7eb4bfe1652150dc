import { flopsToPfDays } from '../computeUnits';
import { formatQuantity } from '../formatQuantity';
import type { StoredSweep } from './storedRuns';
import type { SweepRun } from './sweepResults';

/** A finished run as the dashboard draws it: N, D, compute and the group it is coloured by. */
export interface DashboardRun extends SweepRun {
  /** Training compute C = 6·N·D in FLOPs (Kaplan et al. 2020, Sec. 2.1), D the tokens seen. */
  flops: number;
  /** The same compute in PF-days (10¹⁵ FLOP/s for a day, 8.64·10¹⁹ FLOPs). */
  pfDays: number;
  /**
   * What it is coloured by: its token budget for a sweep ("D = 614k tokens", one curve of
   * constant D) or its compute budget for an IsoFLOP run ("C = 3e10 FLOPs", one valley).
   */
  group: string;
  /** Unique across sweeps: the run's name and its token budget. */
  id: string;
}

/**
 * Every stored run once: runs with the same N, D and loss (a sweep and predict-and-verify that
 * trained the same size) are kept once; sorted by D, then N. IsoFLOP runs (named "3e10/d8")
 * are grouped by their compute budget, other runs by their token budget.
 * @example collectRuns(readAllStoredRuns(text)).map((r) => r.pfDays)
 */
export function collectRuns(sweeps: readonly StoredSweep[]): DashboardRun[] {
  const seen = new Map<string, DashboardRun>();
  for (const run of sweeps.flatMap((s) => s.runs)) {
    const key = `${run.N}|${run.tokens}|${run.validationLoss}`;
    if (seen.has(key)) continue;
    const flops = 6 * run.N * run.tokens;
    const D = formatQuantity(run.tokens, 'si');
    seen.set(key, {
      ...run,
      flops,
      pfDays: flopsToPfDays(flops),
      group: run.name.includes('/') ? `C = ${run.name.split('/')[0]} FLOPs` : `D = ${D} tokens`,
      id: run.name.includes('/') ? run.name : `${run.name}, D ${D}`,
    });
  }
  return [...seen.values()].sort((a, b) => a.tokens - b.tokens || a.N - b.N);
}

/**
 * The empirical compute frontier: the runs, in order of compute, that reach a lower loss than
 * every cheaper run (the lower envelope Kaplan et al. 2020 Fig. 1 and Hoffmann et al. 2022
 * Fig. 2 draw through many runs).
 * @example lossFrontier([{ x: 1, y: 3 }, { x: 2, y: 3.1 }, { x: 3, y: 2.5 }]) // [{ x: 1, y: 3 }, { x: 3, y: 2.5 }]
 */
export function lossFrontier<T extends { x: number; y: number }>(points: readonly T[]): T[] {
  const out: T[] = [];
  for (const p of [...points].sort((a, b) => a.x - b.x || a.y - b.y)) {
    if (out.length === 0 || p.y < out[out.length - 1]!.y) out.push(p);
  }
  return out;
}
