/**
 * The dashboard's outcome: how many runs this browser has finished, at how many token budgets,
 * the best loss, and L(N, D) once a worker has fitted it to them.
 */
import type { Outcome, ResultSpec } from '../calculator';
import type { pick } from '../calculators/fitRuns';
import type { DashboardRun } from './dashboardRuns';
import { notYet } from './labOutcome';
import { distinctTokenBudgets } from './sweepResults';

/** The fitted L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, Eq. 2) with a, b of Eq. 4. */
export type LawParams = ReturnType<typeof pick>;

/** Results of /labs/dashboard/, each in a `[data-result]` element. */
export const DASHBOARD_RESULTS: readonly ResultSpec[] = [
  { name: 'runs', label: 'Finished runs', style: 'plain' },
  { name: 'tokenBudgets', label: 'Token budgets D', style: 'plain' },
  { name: 'bestLoss', label: 'Lowest validation loss', unit: 'nats/token', style: 'plain' },
  { name: 'E', label: 'Fitted E (irreducible loss)', unit: 'nats/token', style: 'plain' },
  { name: 'alpha', label: 'Fitted α (size exponent)', style: 'plain' },
  { name: 'beta', label: 'Fitted β (data exponent)', style: 'plain' },
  { name: 'a', label: 'a: N_opt ∝ C^a', style: 'plain', help: 'a = β/(α+β)' },
];

/** What the card says with no runs. */
export const DASHBOARD_EMPTY = 'No finished runs in this browser yet.';

/** The card: the runs in numbers, and the fitted law's E, α, β and a once there is one. */
export interface DashboardResults {
  runs: number;
  tokenBudgets: number;
  bestLoss: number;
  E?: number;
  alpha?: number;
  beta?: number;
  a?: number;
}

/**
 * The dashboard's card from the collected runs and the law fitted to them (undefined while it
 * is fitted, or when it cannot be).
 * @example dashboardOutcome(collectRuns(sweeps), undefined).ok && dashboardOutcome(…).results.runs
 */
export function dashboardOutcome(
  runs: readonly DashboardRun[],
  law: LawParams | undefined,
): Outcome<DashboardResults> {
  if (runs.length === 0) return notYet(DASHBOARD_EMPTY);
  return {
    ok: true,
    results: {
      runs: runs.length,
      tokenBudgets: distinctTokenBudgets(runs),
      bestLoss: Math.min(...runs.map((r) => r.validationLoss)),
      ...(law ? { E: law.E, alpha: law.alpha, beta: law.beta, a: law.a } : {}),
    },
  };
}

/**
 * Why L(N, D) is not fitted to these runs yet, or undefined when it can be: the fit separates
 * N from D only with runs at two or more token budgets.
 * @example lawBlocker(oneSweep) // 'it needs runs at two or more token budgets (…).'
 */
export function lawBlocker(runs: readonly DashboardRun[]): string | undefined {
  return distinctTokenBudgets(runs) < 2
    ? 'it needs runs at two or more token budgets (run the IsoFLOP lab, or a sweep with another budget).'
    : undefined;
}

/**
 * The message for a fit of L(N, D) that failed on `count` runs, with the fitter's reason.
 * @example lawFailure(7, 'did not converge') // 'L(N, D) could not be fitted to these 7 runs (did not converge). …'
 */
export function lawFailure(count: number, reason: string): string {
  return `L(N, D) could not be fitted to these ${count} runs (${reason}). Runs over a wider range of sizes and token budgets help.`;
}
