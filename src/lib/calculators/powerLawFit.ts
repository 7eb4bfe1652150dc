import { bootstrapFit } from '../bootstrapFit';
import { type CalculatorDef, list, num, withFields } from '../calculator';
import { InputError } from '../errors';
import { fitPowerLaw } from '../fitPowerLaw';
import { fitPowerLawWithFloor } from '../fitPowerLawWithFloor';
import { fitSaturatingPowerLaw } from '../fitSaturatingPowerLaw';
import type { ParamValue } from '../paramTable';
import { type PowerLawFitResults, powerLawFitView } from './powerLawFitView';
import { parsePointsCsv } from '../parsePointsCsv';
import { findLargestResidual } from '../residuals';
import { makeLogGrid } from '../makeLogGrid';

type Model = 'pure' | 'floor' | 'saturating';
type Point = { N: number; loss: number };
/** What every model's fit gives: L(N) = L∞ + (N_c/N)^α, with L∞ = 0 for the pure law. */
type Fitted = {
  alpha: number;
  Nc: number;
  Linf: number;
  r2: number;
  predict: (N: number) => number;
};

/** The points the inputs give: the pasted table if any, else the two lists (equal lengths). */
export function pointsFrom(values: Readonly<Record<string, ParamValue>>): Point[] {
  const csv = String(values['csv'] ?? '');
  if (csv.trim() !== '') return parsePointsCsv(csv);
  const x = list(values, 'x') ?? [];
  const y = list(values, 'y') ?? [];
  if (x.length !== y.length)
    throw new InputError(
      `Sizes and losses must pair up: ${x.length} sizes but ${y.length} losses`,
      'y',
    );
  return x.map((N, i) => ({ N, loss: y[i]! }));
}

/** Fits the chosen law; every model reports α, N_c, L∞ (0 for the pure law, the floor when given) and R² in log space. */
export function fitModel(model: Model, points: readonly Point[], floor: number): Fitted {
  if (model === 'saturating') return fitSaturatingPowerLaw(points);
  if (model === 'floor') return { ...fitPowerLawWithFloor(points, floor), Linf: floor };
  return { ...fitPowerLaw(points), Linf: 0 };
}

const FIELDS = { points: 'y', N: 'x', loss: 'y', floor: 'floor' };

/** /calculators/power-law-fit/: fit L(N) to points, with residuals and a bootstrap band (in a worker). */
export const powerLawFit: CalculatorDef<PowerLawFitResults> = {
  ...powerLawFitView,
  compute(values) {
    const points = pointsFrom(values);
    const model = String(values['model']) as Model;
    const floor = num(values, 'floor') ?? 0;
    const at = num(values, 'at');
    return withFields(FIELDS, () => {
      const fit = fitModel(model, points, floor);
      const rows = points.map((p) => ({
        ...p,
        fitted: fit.predict(p.N),
        residual: p.loss - fit.predict(p.N),
      }));
      const largest = findLargestResidual(
        rows.map((r) => r.loss),
        rows.map((r) => r.fitted),
      );
      const sizes = points.map((p) => p.N);
      const grid = makeLogGrid(Math.min(...sizes), Math.max(...sizes, at ?? 0) * 10, 41);
      // Seeded percentile bootstrap (200 resamples) of the curve, for the band and the forecast interval.
      const boot =
        points.length >= 4
          ? bootstrapFit(points, (s) => curveAt(fitModel(model, s, floor), grid, at), {
              seed: 1,
              resamples: 200,
              quantiles: [0.1, 0.9],
            })
          : undefined;
      const q = (key: string) => (boot?.percentiles as Record<string, number[]> | undefined)?.[key];
      return {
        alpha: fit.alpha,
        Nc: fit.Nc,
        Linf: fit.Linf,
        r2: fit.r2,
        ...(at === undefined
          ? {}
          : { prediction: fit.predict(at), forecastAt: at, ...interval('prediction', q('at')) }),
        ...interval('alpha', q('alpha')),
        largestResidual: largest.residual,
        rows,
        largestIndex: largest.index,
        curve: grid.map((x) => ({ x, y: fit.predict(x) })),
        band: grid.flatMap((x, i) => {
          const b = q(`g${i}`);
          return b ? [{ x, lo: b[0]!, hi: b[1]! }] : [];
        }),
      };
    });
  },
};

/** The fitted curve at each grid size (g0, g1, …), at the forecast size and α, for bootstrapping. */
function curveAt(
  fit: Fitted,
  grid: readonly number[],
  at: number | undefined,
): Record<string, number> {
  const out: Record<string, number> = { alpha: fit.alpha };
  grid.forEach((x, i) => (out[`g${i}`] = fit.predict(x)));
  if (at !== undefined) out['at'] = fit.predict(at);
  return out;
}

function interval(name: string, q: number[] | undefined): Record<string, number> {
  return q && Number.isFinite(q[0]) && Number.isFinite(q[1])
    ? { [`${name}Low`]: q[0]!, [`${name}High`]: q[1]! }
    : {};
}
