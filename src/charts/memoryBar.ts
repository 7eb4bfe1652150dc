import type { PlotOptions } from '@observablehq/plot';
import type { ChartContext } from './theme';

/** One component of a GPU's memory (weights, gradients, …) in bytes. */
export interface MemoryPart {
  label: string;
  bytes: number;
}

/**
 * One stacked horizontal bar of memory per GPU by component, in GB (10⁹ bytes), with the GPU's
 * capacity as a rule: what is past the rule does not fit.
 */
export function memoryBarOptions(
  { Plot, theme }: ChartContext,
  parts: readonly MemoryPart[],
  capacity: number,
): PlotOptions {
  const data = parts
    .filter((p) => Number.isFinite(p.bytes) && p.bytes > 0)
    .map((p) => ({ ...p, gb: p.bytes / 1e9, row: 'per GPU' }));
  const total = data.reduce((sum, p) => sum + p.gb, 0);
  return {
    height: 110,
    marginLeft: 60,
    x: { label: 'GB per GPU', grid: true, domain: [0, Math.max(total, capacity / 1e9) * 1.05] },
    y: { label: null },
    color: { legend: true, domain: data.map((p) => p.label), range: theme.palette as string[] },
    marks: [
      Plot.barX(
        data,
        Plot.stackX({
          x: 'gb',
          y: 'row',
          fill: 'label',
          title: (p: { label: string; gb: number }) => `${p.label}: ${p.gb.toFixed(1)} GB`,
        }),
      ),
      Plot.ruleX([capacity / 1e9], {
        stroke: theme.text,
        strokeWidth: 2,
        strokeDasharray: '4,3',
        title: () => `GPU memory: ${(capacity / 1e9).toFixed(1)} GB`,
      }),
    ],
  };
}
