import { chinchillaFrontier } from '../lib/chinchillaFrontier';
import { makeLogGrid } from '../lib/makeLogGrid';
import type { LineChartSpec } from './lineChart';

/** A table row as the chart needs it: a name and the fit's E, A, B, α, β. */
export interface FrontierRow {
  label: string;
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
}

/**
 * The frontier each row implies, N_opt(C) = G·(C/6)^a (Hoffmann et al. 2022, Eq. 4), over
 * 10¹⁸–10²⁶ FLOPs, with a rule at Chinchilla's budget 5.76·10²³; reference rows dashed.
 * @example buildFitChoicesFrontier([{ label: 'printed', E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }], 1).series?.length // 1
 */
export function buildFitChoicesFrontier(
  rows: readonly FrontierRow[],
  references: number,
): LineChartSpec {
  return {
    x: { label: 'Training compute C (FLOPs) →', log: true },
    y: { label: '↑ Compute-optimal parameters N_opt', log: true },
    series: rows.map((row, i) => ({
      name: row.label,
      dashed: i < references,
      points: makeLogGrid(1e18, 1e26, 17).map((C) => ({
        x: C,
        y: chinchillaFrontier(C, { ...row, source: row.label }).params,
      })),
    })),
    rulesX: [{ x: 5.76e23, label: 'Chinchilla, 5.76e23' }],
  };
}
