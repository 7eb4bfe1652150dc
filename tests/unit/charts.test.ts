import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { computeLandscapeOptions } from '../../src/charts/computeLandscape';
import { decadeTicks, formatDecade } from '../../src/charts/logAxis';
import { DEFAULT_THEME } from '../../src/charts/theme';

describe('decadeTicks(min, max)', () => {
  it.each([
    [3e19, 4e21, [1e19, 1e20, 1e21, 1e22]],
    [1, 1, [1]],
    [5e18, 5e25, [1e18, 1e20, 1e22, 1e24, 1e26]],
    [-1, 10, []],
    [NaN, 10, []],
  ])('decadeTicks(%s, %s) is %o', (min, max, expected) => {
    expect(decadeTicks(min, max)).toEqual(expected);
  });
});

describe('decadeTicksWithin(min, max)', () => {
  it('keeps the decades inside the range, thinned after clipping', async () => {
    const { decadeTicksWithin } = await import('../../src/charts/logAxis');
    expect(decadeTicksWithin(1024, 83e3)).toEqual([1e4]);
    expect(decadeTicksWithin(3e19, 4e25)).toEqual([1e20, 1e21, 1e22, 1e23, 1e24, 1e25]);
    expect(decadeTicksWithin(1, 1e20)).toEqual([1, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18]);
  });
  it("leaves a narrow log axis (the sweep's 1.5k–55k parameters) to Plot's own ticks", async () => {
    const { lineChartOptions } = await import('../../src/charts/lineChart');
    const options = lineChartOptions(
      { Plot, width: 600, theme: DEFAULT_THEME },
      {
        x: { label: 'N', log: true },
        y: { label: 'L' },
        scatter: [
          { x: 1536, y: 2.4 },
          { x: 55_296, y: 2 },
        ],
      },
    );
    expect((options.x as { ticks?: number[] }).ticks).toBeUndefined();
  });
});

describe('formatDecade(value)', () => {
  it.each([
    [1e23, '10²³'],
    [1e-4, '10⁻⁴'],
    [100, '100'],
    [3e23, '3 × 10²³'],
  ])('formatDecade(%s) is %s', (value, label) => {
    expect(formatDecade(value)).toBe(label);
  });
});

describe('computeLandscapeOptions(ctx, points)', () => {
  const ctx = { Plot, width: 600, theme: DEFAULT_THEME };
  it('orders models by compute and colours the reader’s run with the highlight', () => {
    const options = computeLandscapeOptions(ctx, [
      { name: 'Big', flops: 1e25 },
      { name: 'Yours', flops: 1e21, yours: true },
    ]);
    expect((options.y as { domain: string[] }).domain).toEqual(['Yours', 'Big']);
    expect((options.x as { domain: number[] }).domain).toEqual([1e21, 1e25]);
    expect(options.height).toBe(40 + 34 * 2);
  });
});

describe('lineChartOptions(ctx, spec)', () => {
  const ctx = { Plot, width: 600, theme: DEFAULT_THEME };
  it('drops points a log axis cannot show and never passes NaN to Plot', async () => {
    const { lineChartOptions } = await import('../../src/charts/lineChart');
    const options = lineChartOptions(ctx, {
      x: { label: 'N', log: true },
      y: { label: 'L', log: true },
      series: [
        {
          name: 'fit',
          points: [
            { x: 1e6, y: 3 },
            { x: 0, y: 2 },
            { x: 1e9, y: NaN },
            { x: 1e9, y: 2 },
          ],
        },
      ],
      scatter: [
        { x: -1, y: 2 },
        { x: 1e7, y: 2.8, flagged: true },
      ],
    });
    const x = options.x as { type: string; ticks: number[] };
    expect(x.type).toBe('log');
    expect(x.ticks).toEqual([1e6, 1e7, 1e8, 1e9]);
    // Every mark is a real Plot mark (or null for an absent band); no NaN reached the data.
    const marks = (options.marks ?? []).filter((m) => m !== null);
    expect(marks.every((m) => typeof (m as { render?: unknown }).render === 'function')).toBe(true);
  });
  it('puts a legend only when there is more than one series', async () => {
    const { lineChartOptions } = await import('../../src/charts/lineChart');
    const one = lineChartOptions(ctx, {
      x: { label: 'x' },
      y: { label: 'y' },
      series: [{ name: 'a', points: [{ x: 1, y: 1 }] }],
    });
    const two = lineChartOptions(ctx, {
      x: { label: 'x' },
      y: { label: 'y' },
      series: [
        { name: 'a', points: [{ x: 1, y: 1 }] },
        { name: 'b', points: [{ x: 2, y: 2 }] },
      ],
    });
    expect((one.color as { legend: boolean }).legend).toBe(false);
    expect((two.color as { legend: boolean }).legend).toBe(true);
  });
  it('colours the names in spec.order first, skipping absent ones, so panels agree', async () => {
    const { lineChartOptions } = await import('../../src/charts/lineChart');
    const options = lineChartOptions(ctx, {
      x: { label: 'x' },
      y: { label: 'y' },
      order: ['C = 3e10', 'absent', 'D = 614k'],
      series: [{ name: 'frontier', points: [{ x: 1, y: 1 }] }],
      scatter: [
        { x: 1, y: 2, group: 'D = 614k' },
        { x: 2, y: 2, group: 'C = 3e10' },
      ],
    });
    expect((options.color as { domain: string[] }).domain).toEqual([
      'C = 3e10',
      'D = 614k',
      'frontier',
    ]);
  });
});

describe('barChartOptions(ctx, bars)', () => {
  it('keeps order, drops non-finite bars and sizes the chart by bar count', async () => {
    const { barChartOptions } = await import('../../src/charts/barChart');
    const options = barChartOptions(
      { Plot, width: 600, theme: DEFAULT_THEME },
      [
        { label: 'attention', value: 4 },
        { label: 'bad', value: NaN },
        { label: 'ffn', value: 8 },
      ],
      'params',
      String,
    );
    expect((options.y as { domain: string[] }).domain).toEqual(['attention', 'ffn']);
    expect(options.height).toBe(30 + 64);
  });
});

describe('formatNarrowTick(value)', () => {
  it.each([
    [2.45, '2.45'],
    [6000, '6000'],
    [3e10, '3e10'],
    [40000000000, '4e10'],
    [2.5e-11, '2.5e-11'],
    [0, '0'],
  ])('%d → %s', async (v, text) => {
    const { formatNarrowTick } = await import('../../src/charts/lineChart');
    expect(formatNarrowTick(v)).toBe(text);
  });
});
