import { ConvergenceError, InputError } from '../errors';
import {
  type IsoFlopFit,
  type IsoFlopMinimum,
  findIsoFlopMinimum,
  fitIsoFlop,
} from '../fitIsoFlop';
import type { SweepRun } from './sweepResults';

/** One budget of the IsoFLOP lab: its finished runs and, once it has a valley, the minimum. */
export interface IsoFlopBudget {
  budget: number;
  runs: SweepRun[];
  /** The lowest run and its neighbour on each side: the runs the parabola goes through. */
  floor?: SweepRun[];
  /** The vertex of the parabola in ln N through those three runs. */
  minimum?: IsoFlopMinimum;
  /** Why the budget has no minimum, in words (a parabola opening downward, a vertex off the edge). */
  problem?: string;
}

/** What the IsoFLOP lab shows: each budget's valley and, with two or more minima, N_opt ∝ C^a. */
export interface IsoFlopSummary {
  budgets: IsoFlopBudget[];
  fit?: IsoFlopFit;
}

const message = (error: unknown) => {
  if (error instanceof InputError || error instanceof ConvergenceError) return error.message;
  throw error;
};

/**
 * Groups finished runs by their budget (budgetOf(name)); once three sizes have finished, fits a
 * parabola in ln N through the lowest run and its neighbour on each side (findIsoFlopMinimum),
 * and fits N_opt = k·C^a through the minima found (Hoffmann et al. 2022, Sec. 3.2, Approach 2).
 * The paper fitted whole profiles; tiny models' losses flatten on the plateau far right of the
 * valley (measured in the lab: d32 at C = 6e10), which drags a whole-profile parabola's vertex
 * off the floor, so only the floor's neighbourhood is fitted. A budget whose lowest run is at an
 * edge gets a `problem` instead and is left out of the exponent; nothing here throws.
 * @example summariseIsoFlop(runs, [3e10, 6e10], (name) => plan.runs.find((r) => r.name === name)?.budget).fit?.a
 */
export function summariseIsoFlop(
  runs: readonly SweepRun[],
  budgets: readonly number[],
  budgetOf: (name: string) => number | undefined,
): IsoFlopSummary {
  const rows: IsoFlopBudget[] = budgets.map((budget) => {
    const mine = runs.filter((r) => budgetOf(r.name) === budget).sort((a, b) => a.N - b.N);
    if (mine.length < 3) return { budget, runs: mine };
    const lowest = mine.reduce(
      (best, r, i) => (r.validationLoss < mine[best]!.validationLoss ? i : best),
      0,
    );
    if (lowest === 0 || lowest === mine.length - 1) {
      const edge = lowest === 0 ? 'smallest' : 'largest';
      return {
        budget,
        runs: mine,
        problem: `the lowest loss is at the ${edge} width tried (d${mine[lowest]!.dModel}), so the valley's floor lies beyond it: add a ${lowest === 0 ? 'narrower' : 'wider'} width`,
      };
    }
    try {
      const floor = mine.slice(lowest - 1, lowest + 2);
      const minimum = findIsoFlopMinimum(
        floor.map((r) => ({ N: r.N, C: budget, loss: r.validationLoss })),
      );
      return { budget, runs: mine, floor, minimum };
    } catch (error) {
      return { budget, runs: mine, problem: message(error) };
    }
  });
  const withMinimum = rows.filter((b) => b.minimum);
  if (withMinimum.length < 2) return { budgets: rows };
  try {
    const fit = fitIsoFlop(
      // The same three runs per budget as the minima shown, so a agrees with them.
      withMinimum.flatMap((b) =>
        (b.floor ?? []).map((r) => ({ N: r.N, C: b.budget, loss: r.validationLoss })),
      ),
    );
    return { budgets: rows, fit };
  } catch (error) {
    message(error);
    return { budgets: rows };
  }
}
