import { makeLogGrid } from '../makeLogGrid';
import { FRONTIER_MODELS, allocate } from './chinchillaOptimal';
import type { PlannerResults } from './planner';

/** A point on the planner's chart, labelled. */
export type PlanMarker = { x: number; y: number; label: string; below?: boolean };

/**
 * The planner's chart data: the chosen law's compute-optimal frontier N_opt(C) (Hoffmann et al.
 * 2022, Eq. 4, or the 20-tokens rule) from 10¹⁸ FLOPs to past the plan, the plan at (6ND, N), the
 * compute-optimal model when the plan moved away from it, and the published runs at (6ND, N).
 * @example planChartData(results).frontier.length // 40
 */
export function planChartData(r: PlannerResults): {
  frontier: { x: number; y: number }[];
  markers: PlanMarker[];
  /** The plan's compute, for a rule across the chart. */
  planFlops: number;
} {
  const flops = Number(r['flops']);
  const high = Math.max(1e26, flops * 10);
  const frontier = makeLogGrid(Math.min(1e18, flops / 10), high, 40).map((C) => ({
    x: C,
    y: allocate(r.fit, { C }).params,
  }));
  const markers: PlanMarker[] = [
    ...FRONTIER_MODELS,
    { x: flops, y: Number(r['params']), label: 'This plan', below: true },
  ];
  if (r['optimalParams'] !== undefined)
    markers.push({
      x: Number(r['budgetFlops']),
      y: Number(r['optimalParams']),
      label: 'Compute-optimal',
    });
  return { frontier, markers, planFlops: flops };
}
