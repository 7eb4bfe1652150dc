import type { PlotOptions } from '@observablehq/plot';
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
export function computeLandscapeOptions({ Plot, theme }: ChartContext, points: readonly ComputePoint[]): PlotOptions {
  const sorted = [...points].sort((a, b) => a.flops - b.flops);
  return {
    marginLeft: 120,
    height: 40 + 34 * sorted.length,
    x: { type: 'log', label: 'Training compute (FLOPs) →', grid: true },
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
