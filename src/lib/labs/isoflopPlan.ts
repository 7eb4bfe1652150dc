import { list, need } from '../calculator';
import { estimateParams12LD2 } from '../countParameters';
import { InputError } from '../errors';
import type { ParamTable, ParamValue } from '../paramTable';
import type { BackendName } from './backendNames';
import { ladderRun, learningRateFor } from './ladder';
import { DEFAULT_CONTEXT } from './modelConfig';
import { runsKey } from './storedRuns';
import { SWEEP_MAX_D_MODEL, chosenBackend, sweepParams } from './sweepPlan';
import type { RunConfig } from './trainConfig';

/** Fewest optimizer steps a size gets at a budget: below it a model has barely left its initial loss. */
export const ISOFLOP_MIN_STEPS = 50;
/** Most steps a size gets: beyond it the size sits far left of the valley and costs minutes. */
export const ISOFLOP_MAX_STEPS = 2000;

const seedAndBackend = sweepParams.filter((p) => p.name === 'seed' || p.name === 'backend');

/** URL parameters of /labs/isoflop/. */
export const isoflopParams: ParamTable = [
  {
    kind: 'list',
    name: 'budgets',
    label: 'Compute budgets C',
    unit: 'FLOPs, C = 6·N·D',
    default: '3e10, 6e10',
    min: 1e8,
    max: 1e13,
    minItems: 1,
    maxItems: 4,
    help: 'two or three budgets give N_opt ∝ C^a',
  },
  {
    kind: 'list',
    name: 'd_models',
    label: 'Widths tried',
    unit: 'd_model, 2 layers each',
    default: '8, 12, 16, 24',
    min: 1,
    max: SWEEP_MAX_D_MODEL,
    minItems: 3,
    maxItems: 10,
    help: `each budget trains the widths that get ${ISOFLOP_MIN_STEPS}–${ISOFLOP_MAX_STEPS} steps`,
  },
  {
    kind: 'quantity',
    name: 'batch',
    label: 'Batch',
    unit: `sequences of ${DEFAULT_CONTEXT} tokens`,
    default: '32',
    min: 1,
    max: 256,
    integer: true,
    style: 'plain',
  },
  ...seedAndBackend,
];

/** A run of the IsoFLOP lab: a ladder entry and the budget it belongs to. */
export interface IsoFlopRun extends RunConfig {
  /** The compute budget C in FLOPs; the run trains on D = C/(6N) tokens. */
  budget: number;
}

/** The IsoFLOP lab's plan: runs by budget then width, and the sizes left out at each budget. */
export interface IsoFlopPlan {
  runs: IsoFlopRun[];
  budgets: number[];
  backend: BackendName | undefined;
  key: string;
  /** Widths left out at a budget because their step count falls outside the window. */
  skipped: { budget: number; dModel: number; steps: number }[];
}

/**
 * Optimizer steps of width d (2 layers) at budget C: ⌈C/(6·N) / (B·T)⌉ with N = 24·d², as stepsFor counts them.
 * @example isoflopSteps(3e10, 8, 32) // 1590
 */
export function isoflopSteps(C: number, dModel: number, batchSize: number): number {
  return Math.max(
    1,
    Math.ceil(C / (6 * estimateParams12LD2(2, dModel)) / (batchSize * DEFAULT_CONTEXT)),
  );
}

/** A budget written compactly for run names: 3e10, 1.5e11. */
export const shortBudget = (C: number) => C.toExponential().replace('+', '');

/**
 * At each budget C, one run per width d with N = 12·2·d² non-embedding parameters and
 * D = C/(6N) tokens (Hoffmann et al. 2022, Sec. 3.2, Approach 2), keeping the widths whose
 * ⌈D/(B·T)⌉ steps fall in [ISOFLOP_MIN_STEPS, ISOFLOP_MAX_STEPS]. Throws an InputError beside
 * the field when a budget keeps fewer than three widths (no valley to fit) or values repeat.
 * @example planIsoFlop({ budgets: [3e10, 6e10], d_models: [8, 12, 16, 24], batch: 32, seed: 1, backend: 'auto' }).runs.length // 7
 */
export function planIsoFlop(values: Readonly<Record<string, ParamValue>>): IsoFlopPlan {
  const budgets = [...(list(values, 'budgets') ?? [])].sort((a, b) => a - b);
  const widths = [...(list(values, 'd_models') ?? [])].sort((a, b) => a - b);
  const batchSize = need(values, 'batch');
  const seed = need(values, 'seed');
  if (new Set(budgets).size !== budgets.length)
    throw new InputError(`Budgets must all differ, got ${budgets.join(', ')}`, 'budgets');
  if (widths.some((d) => !Number.isInteger(d)))
    throw new InputError(`Widths must be whole numbers, got ${widths.join(', ')}`, 'd_models');
  if (new Set(widths).size !== widths.length)
    throw new InputError(`Widths must all differ, got ${widths.join(', ')}`, 'd_models');
  const runs: IsoFlopRun[] = [];
  const skipped: IsoFlopPlan['skipped'] = [];
  for (const budget of budgets) {
    const kept = widths.flatMap((d) => {
      const steps = isoflopSteps(budget, d, batchSize);
      if (steps < ISOFLOP_MIN_STEPS || steps > ISOFLOP_MAX_STEPS) {
        skipped.push({ budget, dModel: d, steps });
        return [];
      }
      const run = ladderRun(`${shortBudget(budget)}/d${d}`, d, {
        learningRate: learningRateFor(d),
        tokens: budget / (6 * estimateParams12LD2(2, d)),
        batchSize,
        seed,
        reportEvery: Math.max(1, Math.min(10, Math.floor(steps / 8))),
      });
      return [{ ...run, budget }];
    });
    if (kept.length < 3) {
      const counts = widths.map((d) => `d${d}: ${isoflopSteps(budget, d, batchSize)}`).join(', ');
      throw new InputError(
        `At C = ${shortBudget(budget)} only ${kept.length} of the widths get ${ISOFLOP_MIN_STEPS}–${ISOFLOP_MAX_STEPS} steps (${counts}); a valley needs 3. Change the budget or the widths.`,
        'budgets',
      );
    }
    runs.push(...kept);
  }
  const backend = chosenBackend(values);
  return { runs, budgets, backend, key: runsKey('isoflop', runs), skipped };
}
