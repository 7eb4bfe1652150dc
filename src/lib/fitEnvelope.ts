import { InputError } from './errors';
import { fitLinear } from './fitLinear';
import type { TrainingCurve } from './simulateChinchillaStudy';

/** Result of `fitEnvelope`: N_opt = k·C^a through the envelope's minima. */
export interface EnvelopeFit {
  a: number;
  k: number;
  /** For each budget kept: the size with the lowest loss there. */
  minima: { C: number; nOpt: number; loss: number }[];
}

/**
 * Approach 1 of Hoffmann et al. 2022 (Sec. 3.1, Fig. 2): at each FLOP budget C, the run with the
 * lowest loss among all training curves gives N_opt(C); N_opt = k·C^a is fitted by least squares
 * in log space. Budgets whose minimum falls on the smallest or largest size tried are left out
 * (the envelope there is cut off, not found). Curves must share their budgets (as simulated).
 * The exponent is quantised by the spacing of sizes: with sizes a ratio r apart, each N_opt is
 * off by up to a factor √r.
 * @example fitEnvelope(simulateChinchillaStudy().curves).a // ≈ 0.45 for Hoffmann et al.'s printed law
 */
export function fitEnvelope(curves: readonly TrainingCurve[]): EnvelopeFit {
  if (curves.length < 3)
    throw new InputError(
      `Approach 1 needs curves for 3 or more sizes, got ${curves.length}`,
      'sizes',
    );
  const sizes = curves.map((c) => c.N);
  const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
  const minima = curves[0]!.points.flatMap((_, j) => {
    let best = curves[0]!;
    for (const c of curves) if (c.points[j]!.loss < best.points[j]!.loss) best = c;
    if (best.N === smallest || best.N === largest) return [];
    return [{ C: best.points[j]!.C, nOpt: best.N, loss: best.points[j]!.loss }];
  });
  if (minima.length < 2)
    throw new InputError(
      'Approach 1 found fewer than 2 budgets whose best size lies inside the sizes tried',
      'sizes',
    );
  const line = fitLinear(
    minima.map((m) => Math.log(m.C)),
    minima.map((m) => Math.log(m.nOpt)),
    'fitEnvelope',
  );
  return { a: line.slope, k: Math.exp(line.intercept), minima };
}
