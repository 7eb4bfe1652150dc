import type * as PlotNamespace from '@observablehq/plot';

/** Colours a chart draws with, read from Starlight's CSS variables so charts follow light and dark themes. */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  highlight: string;
  /** A categorical palette that reads on both backgrounds. */
  palette: readonly string[];
}

/** Used on the server and in tests, where there is no stylesheet to read. */
export const DEFAULT_THEME: ChartTheme = {
  text: '#23262f',
  muted: '#545861',
  grid: '#c0c2c7',
  accent: '#4f46e5',
  highlight: '#c2410c',
  palette: ['#4f46e5', '#0f766e', '#c2410c', '#a21caf', '#4d7c0f'],
};

export type PlotModule = typeof PlotNamespace;

/**
 * What a chart builder gets: the Plot module (passed in so islands load it lazily and tests
 * pass the real one), the width to draw at and the theme's colours.
 */
export interface ChartContext {
  Plot: PlotModule;
  width: number;
  theme: ChartTheme;
}
