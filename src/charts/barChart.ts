import type { PlotOptions } from '@observablehq/plot';
import type { ChartContext } from './theme';

/** A labelled value, such as the parameters of one component of a transformer. */
export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars in the given order, values printed at their ends. Non-finite or negative bars are dropped. */
export function barChartOptions(
  { Plot, theme }: ChartContext,
  bars: readonly Bar[],
  xLabel: string,
  format: (v: number) => string,
): PlotOptions {
  const data = bars.filter((b) => Number.isFinite(b.value) && b.value >= 0);
  return {
    marginLeft: 150,
    marginRight: 70,
    height: 30 + 32 * data.length,
    x: { label: xLabel, grid: true, ticks: 4, tickFormat: format },
    y: { domain: data.map((b) => b.label), label: null },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: theme.accent }),
      Plot.text(data, {
        x: 'value',
        y: 'label',
        text: (b: Bar) => format(b.value),
        textAnchor: 'start',
        dx: 4,
        fill: theme.text,
      }),
      Plot.ruleX([0], { stroke: theme.muted }),
    ],
  };
}
