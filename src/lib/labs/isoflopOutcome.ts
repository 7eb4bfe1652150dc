/**
 * The IsoFLOP lab's outcome: each budget's valley and minimum from the finished runs, and with
 * two or more minima the exponent a of N_opt ∝ C^a.
 */
import type { ResultSpec } from '../calculator';
import { type IsoFlopSummary, summariseIsoFlop } from './isoflopResults';
import { type LabOutcome, notYet, trainingSeconds } from './labOutcome';
import type { SweepRun } from './sweepResults';

/** Results of /labs/isoflop/ besides `nOpt`, which has one element per budget (`[data-result="nOpt"][data-budget]`). */
export const ISOFLOP_RESULTS: readonly ResultSpec[] = [
  {
    name: 'a',
    label: 'Exponent a of N_opt ∝ C^a',
    style: 'plain',
    help: 'Chinchilla’s Approach 2: 0.49',
  },
  { name: 'b', label: 'Exponent b = 1 − a of D_opt ∝ C^b', style: 'plain' },
  { name: 'elapsedSeconds', label: 'Training time, finished runs', unit: 's', style: 'plain' },
];

/** What the card says until two budgets have a minimum. */
export const ISOFLOP_WAITING =
  'The exponent a appears once two budgets have a valley with its floor inside the widths tried.';

/** The card: a and b of N_opt ∝ C^a, D_opt ∝ C^b, and the training time. */
export interface IsoFlopResults {
  a: number;
  b: number;
  elapsedSeconds: number;
}

/**
 * summariseIsoFlop over the plan's budgets (an IsoFlopPlan's budgets and runs), each run assigned to its budget by name (Hoffmann
 * et al. 2022, Sec. 3.2, Approach 2); the card has numbers once the minima give a fit. Without a
 * plan there is no summary.
 * @example isoflopOutcome(runs, planIsoFlop(values)).summary?.budgets.length // 2
 */
export function isoflopOutcome(
  runs: readonly SweepRun[],
  plan:
    { budgets: readonly number[]; runs: readonly { name: string; budget: number }[] } | undefined,
): LabOutcome<IsoFlopResults, { summary: IsoFlopSummary | undefined }> {
  if (!plan) return { ...notYet(ISOFLOP_WAITING), summary: undefined };
  const budgetOf = new Map(plan.runs.map((r) => [r.name, r.budget]));
  const summary = summariseIsoFlop(runs, plan.budgets, (name) => budgetOf.get(name));
  if (!summary.fit) return { ...notYet(ISOFLOP_WAITING), summary };
  const { a, b } = summary.fit;
  return { ok: true, results: { a, b, elapsedSeconds: trainingSeconds(runs) }, summary };
}
