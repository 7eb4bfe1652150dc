/**
 * Golden SVGs, as Observable Plot tests its own marks: each case builds Plot options with one of
 * our chart builders, renders them with the real Plot in a jsdom document, normalises the SVG
 * (numbers rounded to two decimals, Plot's random class name and counters fixed, one element per
 * line) and compares it with the file saved in tests/golden/. Every input is fixed; the one random
 * source, the power-law fit's bootstrap band, is seeded in src/lib.
 *
 * An unintended visual change fails here with a line diff of the SVG. When a change is meant,
 * look at the new SVG, then write the files again with
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/unit/charts.golden.test.ts
 *
 * and commit them with the change. A missing golden file fails the test (it is never written
 * silently).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { computeLandscapeOptions } from '../../src/charts/computeLandscape';
import { buildFitChoicesFrontier } from '../../src/charts/fitChoicesFrontier';
import { lineChartOptions } from '../../src/charts/lineChart';
import { type ChartContext, DEFAULT_THEME } from '../../src/charts/theme';
import { type CalculatorDef, runCalculator } from '../../src/lib/calculator';
import { isoflop } from '../../src/lib/calculators/isoflop';
import { powerLawFit } from '../../src/lib/calculators/powerLawFit';
import { trainingCompute } from '../../src/lib/calculators/trainingCompute';
import { CHINCHILLA_PARAMETER_SETS } from '../../src/lib/chinchillaLoss';
import { TRAINING_RUNS } from '../../src/lib/models';
import { readParams } from '../../src/lib/paramTable';
import { trainingFlops } from '../../src/lib/trainingFlops';

const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const WIDTH = 640;

/** Plot's SVG with floats rounded to 2 decimals, its per-render class and clip ids fixed, one tag per line. */
function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+(e[+-]?\d+)?/g, (x) => {
      const r = Number(Number(x).toFixed(2));
      return String(Object.is(r, -0) ? 0 : r);
    })
    .replace(/plot-[0-9a-f]{6}(-\d+)?/g, (_, n: string | undefined) => `plot${n ?? ''}`)
    .replace(/></g, '>\n<')
    .concat('\n');
}

/** Renders `options` the way PlotFigure does (its size and style), in a jsdom document. */
function renderSvg(options: PlotOptions, height: number): string {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const chart = Plot.plot({
    width: WIDTH,
    height,
    ...options,
    style: { background: 'transparent', color: DEFAULT_THEME.text, fontSize: '12px' },
    document,
  });
  return normaliseSvg(chart.outerHTML);
}

function expectGolden(name: string, svg: string): void {
  const file = join(GOLDEN_DIR, `${name}.svg`);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, svg);
    return;
  }
  if (!existsSync(file))
    throw new Error(`${file} is missing: write it with UPDATE_GOLDEN=1 (see this file's comment)`);
  expect(svg).toBe(readFileSync(file, 'utf8'));
}

const ctx: ChartContext = { Plot, width: WIDTH, theme: DEFAULT_THEME };

/** A calculator's results for a URL query, read as the island reads it (defaults for what is absent). */
function results<R extends Record<string, unknown>>(def: CalculatorDef<R>, query: string): R {
  const outcome = runCalculator(def, readParams(def.params, new URLSearchParams(query)));
  if (!outcome.ok) throw new Error(`calculator failed: ${JSON.stringify(outcome.errors)}`);
  return outcome.results;
}

describe('golden SVGs of the chart builders', () => {
  it('lineChartOptions: a log-log power-law fit with its bootstrap band, extrapolation and forecast', () => {
    const r = results(
      powerLawFit,
      'x=1e6,3e6,1e7,3e7,1e8,3e8&y=3.52,3.31,3.08,2.95,2.79,2.62&at=1e10',
    );
    const maxN = Math.max(...r.rows.map((p) => p.N));
    expect(r.band?.length).toBeGreaterThan(0);
    const options = lineChartOptions(ctx, {
      x: { label: 'Size N (parameters) →', log: true },
      y: { label: '↑ Loss (nats/token)', log: true },
      band: r.band,
      series: [
        { name: 'fit', points: r.curve.filter((p) => p.x <= maxN) },
        { name: 'extrapolation', points: r.curve.filter((p) => p.x >= maxN), dashed: true },
      ],
      scatter: r.rows.map((p, i) => ({
        x: p.N,
        y: p.loss,
        group: 'measured',
        flagged: i === r.largestIndex,
      })),
      markers:
        r.prediction !== undefined
          ? [{ x: 1e10, y: r.prediction, label: `forecast ${r.prediction.toFixed(3)}` }]
          : [],
    });
    expectGolden('power-law-fit-band', renderSvg(options, 340));
  });

  it('computeLandscapeOptions: the default run among published models', () => {
    const r = results(trainingCompute, '');
    const points = [
      ...TRAINING_RUNS.map((run) => ({
        name: run.name,
        flops: trainingFlops(run.params, run.tokens),
      })),
      { name: 'Your run', flops: r.flops, yours: true },
    ];
    const options = computeLandscapeOptions(ctx, points);
    expectGolden('compute-landscape', renderSvg(options, 200));
  });

  it('lineChartOptions: IsoFLOP valleys for five budgets with their minima', () => {
    const r = results(isoflop, '');
    const options = {
      ...lineChartOptions(ctx, {
        x: { label: 'Parameters N', log: true },
        y: { label: 'Loss (nats/token)' },
        series: r.profiles,
        markers: r.minima,
      }),
      marginRight: 28,
    };
    expectGolden('isoflop-valley', renderSvg(options, 360));
  });
  it('buildFitChoicesFrontier: the frontiers of the printed and refitted constants beside a row of the reader’s', () => {
    const { hoffmann2022: printed, besiroglu2024: epoch } = CHINCHILLA_PARAMETER_SETS;
    const options = lineChartOptions(
      ctx,
      buildFitChoicesFrontier(
        [
          { label: 'Hoffmann et al. 2022 (printed)', ...printed },
          { label: 'Besiroglu et al. 2024 (refit)', ...epoch },
          // A fit that stopped early, toward Hoffmann's allocation (a ≈ 0.46).
          { label: 'objective=mean', E: 1.82, A: 482, B: 2085, alpha: 0.35, beta: 0.37 },
        ],
        2,
      ),
    );
    expectGolden('fit-choices-frontier', renderSvg(options, 340));
  });
});

describe('normaliseSvg(svg)', () => {
  it('rounds floats, fixes class names and puts one tag per line', () => {
    expect(
      normaliseSvg('<svg class="plot-1a2b3c"><path d="M1.23456,-0.0001L2e-7,3"></path></svg>'),
    ).toBe('<svg class="plot">\n<path d="M1.23,0L2e-7,3">\n</path>\n</svg>\n');
  });
});
