import type { PlotOptions } from '@observablehq/plot';
import { decadeTicks, formatDecade } from './logAxis';
import type { ChartContext } from './theme';

/** A model placed on the compute axis; `yours` marks the reader's own run. */
export interface ComputePoint {
  name: string;
  flops: number;
  yours?: boolean;
}

/**
 * Log-scale dot chart of training compute: the reader's run among real models.
 * Pure: the same inputs give the same Plot options (unit-tested without a DOM).
 */
export function computeLandscapeOptions(
  { Plot, theme }: ChartContext,
  points: readonly ComputePoint[],
): PlotOptions {
  const sorted = [...points].sort((a, b) => a.flops - b.flops);
  const lo = sorted[0]?.flops ?? 1e18;
  const hi = sorted[sorted.length - 1]?.flops ?? 1e26;
  const ticks = decadeTicks(lo, hi);
  return {
    marginLeft: 120,
    height: 40 + 34 * sorted.length,
    x: {
      type: 'log',
      domain: [ticks[0] ?? lo, ticks[ticks.length - 1] ?? hi],
      ticks,
      tickFormat: formatDecade,
      label: 'Training compute (FLOPs) →',
      grid: true,
    },
    y: { domain: sorted.map((p) => p.name), label: null },
    marks: [
      Plot.ruleY(sorted, { y: 'name', stroke: theme.grid, strokeOpacity: 0.5 }),
      Plot.dot(sorted, {
        x: 'flops',
        y: 'name',
        r: 6,
        fill: (p: ComputePoint) => (p.yours ? theme.highlight : theme.accent),
        title: (p: ComputePoint) => `${p.name}: ${p.flops.toExponential(2)} FLOPs`,
      }),
    ],
  };
}
