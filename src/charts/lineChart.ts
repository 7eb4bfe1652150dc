import type { Markish, PlotOptions } from '@observablehq/plot';
import { decadeTicksWithin, formatDecade } from './logAxis';
import type { ChartContext } from './theme';

/** A point of a series or a scatter. */
export interface XY {
  x: number;
  y: number;
}

/** One line: solid, or dashed for extrapolations and forecasts. */
export interface Series {
  name: string;
  points: readonly XY[];
  dashed?: boolean;
}

/** Everything a line/scatter chart shows; each part optional, so one builder serves every calculator. */
export interface LineChartSpec {
  x: { label: string; log?: boolean };
  y: { label: string; log?: boolean };
  series?: readonly Series[];
  /** Measured points, coloured by `group`; `flagged` ones are ringed (the largest residual, the knee). */
  scatter?: readonly (XY & { group?: string; flagged?: boolean; label?: string })[];
  /** Labelled reference points (real models, the reader's input), drawn on top; `below` puts the label under the dot. */
  markers?: readonly (XY & { label: string; below?: boolean })[];
  /** A shaded interval around a line: lower and upper y at each x. */
  band?: readonly { x: number; lo: number; hi: number }[];
  /** Series and scatter-group names to colour first, in this order (shared across panels). */
  order?: readonly string[];
  /** Vertical rules at given x (a chosen budget, a threshold). */
  rulesX?: readonly { x: number; label?: string }[];
}

const finitePositive = (v: number, log: boolean | undefined) =>
  Number.isFinite(v) && (!log || v > 0);

/** Drops points a log axis cannot show (≤ 0) and any non-finite value, so Plot never sees NaN. */
function clean<T extends XY>(points: readonly T[], spec: LineChartSpec): T[] {
  return points.filter((p) => finitePositive(p.x, spec.x.log) && finitePositive(p.y, spec.y.log));
}

/** A tick of a narrow log axis: 2.45 or 6000 as they are, 3e10 or 2e-11 beyond 10⁵ or below 10⁻³. */
export function formatNarrowTick(v: number): string {
  const x = Number(v.toPrecision(3));
  return Math.abs(x) >= 1e5 || (x !== 0 && Math.abs(x) < 1e-3)
    ? x.toExponential().replace('+', '')
    : String(x);
}

function axis(values: number[], log: boolean | undefined, label: string) {
  if (!log) return { label, grid: true, nice: true };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    return { type: 'log' as const, label, grid: true };
  // Decades within the data; where fewer than two fit (loss axes, a ladder of tiny models),
  // Plot's own ticks with plain labels.
  const ticks = decadeTicksWithin(lo, hi);
  if (ticks.length < 2)
    return { type: 'log' as const, label, grid: true, tickFormat: formatNarrowTick };
  return { type: 'log' as const, label, grid: true, ticks, tickFormat: formatDecade };
}

/**
 * Plot options for a line chart with optional scatter, markers, band and rules, on linear or
 * log axes. Pure: tests call it with the real Plot module and inspect the marks.
 */
export function lineChartOptions({ Plot, theme }: ChartContext, spec: LineChartSpec): PlotOptions {
  const lines = (spec.series ?? []).flatMap((s) =>
    clean(s.points, spec).map((p) => ({ ...p, name: s.name, dashed: !!s.dashed })),
  );
  const scatter = clean(spec.scatter ?? [], spec);
  const markers = clean(spec.markers ?? [], spec);
  const band = (spec.band ?? []).filter(
    (b) =>
      finitePositive(b.x, spec.x.log) &&
      finitePositive(b.lo, spec.y.log) &&
      finitePositive(b.hi, spec.y.log),
  );
  const rules = (spec.rulesX ?? []).filter((r) => finitePositive(r.x, spec.x.log));
  const xs = [...lines, ...scatter, ...markers]
    .map((p) => p.x)
    .concat(
      band.map((b) => b.x),
      rules.map((r) => r.x),
    );
  const ys = [...lines, ...scatter, ...markers]
    .map((p) => p.y)
    .concat(band.flatMap((b) => [b.lo, b.hi]));
  const present = [...lines.map((l) => l.name), ...scatter.map((s) => s.group ?? 'data')];
  // Names in spec.order come first, so charts drawn side by side give a group the same colour.
  const names = [
    ...new Set([...(spec.order ?? []).filter((n) => present.includes(n)), ...present]),
  ];
  const marks: Markish[] = [
    band.length > 0
      ? Plot.areaY(band, { x: 'x', y1: 'lo', y2: 'hi', fill: theme.accent, fillOpacity: 0.15 })
      : null,
    ...rules.map((r) => Plot.ruleX([r.x], { stroke: theme.muted, strokeDasharray: '4,3' })),
    ...[false, true].map((dashed) =>
      Plot.line(
        lines.filter((l) => l.dashed === dashed),
        {
          x: 'x',
          y: 'y',
          z: 'name',
          stroke: 'name',
          strokeWidth: 2,
          strokeDasharray: dashed ? '6,4' : 'none',
        },
      ),
    ),
    Plot.dot(scatter, {
      x: 'x',
      y: 'y',
      fill: (d: { group?: string }) => d.group ?? 'data',
      r: 3.5,
      tip: true,
    }),
    Plot.dot(
      scatter.filter((s) => s.flagged),
      { x: 'x', y: 'y', r: 8, stroke: theme.highlight, strokeWidth: 2 },
    ),
    Plot.dot(markers, { x: 'x', y: 'y', r: 5, fill: theme.highlight, stroke: theme.text }),
    ...[false, true].map((below) =>
      Plot.text(
        markers.filter((m) => !!m.below === below),
        {
          x: 'x',
          y: 'y',
          text: 'label',
          dy: below ? 14 : -10,
          fill: theme.text,
          stroke: 'var(--sl-color-bg, white)',
          strokeWidth: 3,
          paintOrder: 'stroke',
        },
      ),
    ),
  ];
  return {
    marginLeft: 56,
    marginBottom: 40,
    x: axis(xs, spec.x.log, spec.x.label),
    y: axis(ys, spec.y.log, spec.y.label),
    color: { domain: names, range: [...theme.palette], legend: names.length > 1 },
    marks,
  };
}
