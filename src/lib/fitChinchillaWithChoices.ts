import { CHINCHILLA_HUBER_DELTA } from './fitChinchilla';
import { InputError } from './errors';
import { type ChinchillaStart, makeChinchillaGrid } from './makeChinchillaGrid';
import { makeChinchillaObjective } from './makeChinchillaObjective';
import { type LbfgsResult, minimizeLbfgs } from './minimizeLbfgs';
import { minimizeFromStarts } from './minimizeFromStarts';
import type { Run } from './parseRunsCsv';
import { requirePositive } from './validate';

/** The choices behind an Approach 3 fit that Besiroglu et al. 2024 (Epoch) examined, one at a time. */
export interface FitChoices {
  /** Σ or mean of the Huber terms (Hoffmann et al. averaged, Epoch summed). */
  objective: 'sum' | 'mean';
  /** Huber threshold δ on log residuals (Hoffmann et al. 2022, Sec. 3.3: 10⁻³). */
  delta: number;
  /** 'scipy': SciPy L-BFGS-B's default stopping rule; 'tight': run to convergence (as fit-runs). */
  stop: 'scipy' | 'tight';
  /** 'grid': Hoffmann et al.'s 4,500 starts (App. D.2); 'single': SINGLE_START only. */
  starts: 'grid' | 'single';
}

/** Where one fit with given choices stopped, in the optimiser's coordinates x = (ln A, ln B, ln E, α, β). */
export interface ChoiceFit {
  x: [number, number, number, number, number];
  /** L-BFGS iterations of the winning start. */
  iterations: number;
  /** True when the stopping rule declared convergence (SciPy's 'CONVERGENCE: …'), not when iterations ran out. */
  converged: boolean;
  /** How the winning start stopped. */
  reason: LbfgsResult['reason'];
  /** Objective evaluations over every start. */
  evaluations: number;
}

/**
 * The one start of starts=single: the grid point nearest the grid's centre (α = β = 1, e = 0,
 * a = b = 10; App. D.2's grid spans α, β ∈ [0, 2], e ∈ [−1, 1], a, b ∈ [0, 25]). A choice of
 * this lab, not of either paper.
 */
export const SINGLE_START = { a: 10, b: 10, e: 0, alpha: 1, beta: 1 } as const;

/**
 * Fits L̂(N, D) = E + A/N^α + B/D^β to runs as Approach 3 of Hoffmann et al. 2022 (Sec. 3.3,
 * App. D.2), with each of the choices Besiroglu et al. 2024 name as a URL-sized switch:
 * - objective 'mean' divides the Huber sum by the number of runs;
 * - stop 'scipy' runs every start to SciPy L-BFGS-B's default stop (minimizeLbfgs stop 'scipy':
 *   gtol 10⁻⁵ on max|∇f|, (f_k − f_{k+1}) ≤ 2.2·10⁻⁹·max(|f_k|, |f_{k+1}|, 1)) and keeps the lowest;
 *   stop 'tight' runs the screened multi-start to convergence (minimizeFromStarts, as fitChinchilla).
 * The lowest objective over the starts wins, as in the paper.
 * @example fitChinchillaWithChoices(runs, { objective: 'mean', delta: 1e-3, stop: 'scipy', starts: 'grid' }).iterations
 */
export function fitChinchillaWithChoices(
  points: readonly Run[],
  choices: FitChoices,
  options: {
    /** Starts to use instead of the grid (tests use a coarser one). */
    starts?: readonly ChinchillaStart[];
    /** Told after each start under stop 'scipy' (the page shows "start 1,200 of 4,500"). */
    onProgress?: ((done: number, total: number) => void) | undefined;
  } = {},
): ChoiceFit {
  const delta = requirePositive(
    choices.delta ?? CHINCHILLA_HUBER_DELTA,
    'delta',
    'Huber threshold',
  );
  if (points.length < 5)
    throw new InputError(
      `A fit of 5 parameters needs at least 5 runs, got ${points.length}`,
      'csv',
    );
  const objective = makeChinchillaObjective(points, delta, choices.objective);
  const grid =
    options.starts ?? (choices.starts === 'grid' ? makeChinchillaGrid() : [SINGLE_START]);
  const starts = grid.map((s) => [s.a, s.b, s.e, s.alpha, s.beta]);
  let best: LbfgsResult | null = null;
  let evaluations = 0;
  if (choices.stop === 'tight') {
    const found = minimizeFromStarts(objective, starts);
    best = found.best;
    evaluations = found.evaluations;
  } else {
    // Every start to its own stop, as a loop over scipy.optimize.minimize would: a screened
    // search would rank starts by a few tight iterations, which SciPy's rule never runs.
    starts.forEach((start, i) => {
      const r = minimizeLbfgs(objective, start, { stop: 'scipy' });
      evaluations += r.evaluations;
      if (Number.isFinite(r.f) && (!best || r.f < best.f)) best = r;
      options.onProgress?.(i + 1, starts.length);
    });
  }
  const found = best as LbfgsResult | null;
  if (!found) throw new InputError('The objective is not finite at any starting point', 'csv');
  return {
    x: Array.from(found.x) as ChoiceFit['x'],
    iterations: found.iterations,
    converged: found.reason === 'gradient' || found.reason === 'function',
    reason: found.reason,
    evaluations,
  };
}
