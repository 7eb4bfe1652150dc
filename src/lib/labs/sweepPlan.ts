import { list, need } from '../calculator';
import { InputError } from '../errors';
import type { ParamTable, ParamValue } from '../paramTable';
import { BACKEND_OPTIONS, type BackendName, backendNamed } from './backendNames';
import { DEFAULT_LADDER, SEED_LADDER, WIDE_LADDER, ladderRun, learningRateFor } from './ladder';
import { runsKey } from './storedRuns';
import { DEFAULT_TRAIN, type RunConfig } from './trainConfig';

/**
 * Named ladders: the default two decades of N (WIDE_LADDER, under three minutes on 2 WASM cores),
 * the five 2-layer widths it grew from, a quick three, and the seed project's nano to small
 * (SEED_LADDER, context 256: a GPU's ladder, estimated before Start).
 */
export const SWEEP_LADDERS: Readonly<
  Record<string, { label: string; runs: readonly RunConfig[] }>
> = {
  wide: {
    label: 'Two decades: d_model 6, 12 (1 layer), 16, 24, 32, 48 (2 layers)',
    runs: WIDE_LADDER,
  },
  browser: { label: 'Browser ladder: d_model 8, 16, 24, 32, 48 (2 layers)', runs: DEFAULT_LADDER },
  quick: { label: 'Quick: d_model 8, 16, 24 (2 layers)', runs: DEFAULT_LADDER.slice(0, 3) },
  'seed-project': {
    label:
      'Seed project (for a GPU): nano, micro, mini, small (2–12 layers, d_model 64–512, context 256)',
    runs: SEED_LADDER,
  },
};

/** Widest d_model accepted: beyond it a 2-layer model takes minutes per size on a laptop CPU. */
export const SWEEP_MAX_D_MODEL = 256;

/** URL parameters of /labs/scaling-sweep/. `d_models`, when given, replaces the named ladder. */
export const sweepParams: ParamTable = [
  {
    kind: 'choice',
    name: 'ladder',
    label: 'Ladder',
    default: 'wide',
    options: Object.entries(SWEEP_LADDERS).map(([value, l]) => ({ value, label: l.label })),
  },
  {
    kind: 'list',
    name: 'd_models',
    label: 'Or your own widths',
    unit: 'd_model, 2 layers each',
    optional: true,
    min: 1,
    max: SWEEP_MAX_D_MODEL,
    minItems: 2,
    maxItems: 12,
    help: 'e.g. 8, 16, 24; replaces the ladder when given',
  },
  {
    kind: 'quantity',
    name: 'tokens',
    label: 'Token budget per model',
    unit: 'tokens',
    default: String(DEFAULT_TRAIN.tokens),
    min: 0,
    minExclusive: true,
    max: 1e8,
    style: 'si',
  },
  {
    kind: 'quantity',
    name: 'batch',
    label: 'Batch',
    unit: 'sequences of 64 tokens (256 on the seed ladder)',
    default: String(DEFAULT_TRAIN.batchSize),
    min: 1,
    max: 256,
    integer: true,
    style: 'plain',
  },
  {
    kind: 'quantity',
    name: 'seed',
    label: 'Seed',
    unit: 'weights and batch order',
    default: '1',
    min: 0,
    max: 2 ** 31 - 1,
    integer: true,
    style: 'plain',
  },
  {
    kind: 'choice',
    name: 'backend',
    label: 'Backend',
    default: 'auto',
    options: [{ value: 'auto', label: 'Fastest available' }, ...BACKEND_OPTIONS],
  },
];

/** A sweep ready to train: the runs, smallest first, and the backend to force (none: the fastest). */
export interface SweepPlan {
  runs: RunConfig[];
  backend: BackendName | undefined;
  /** The lab and every run's whole config (runsKey): finished runs are kept under it. */
  key: string;
}

/** The backend the reader forced, or undefined for the fastest available ('auto'). */
export function chosenBackend(
  values: Readonly<Record<string, ParamValue>>,
): BackendName | undefined {
  return backendNamed(values['backend']);
}

/**
 * The sweep the parsed URL values describe. Throws an InputError beside the field for
 * repeated widths or a budget smaller than one step.
 * @example planSweep({ ladder: 'quick', tokens: 16384, batch: 16, seed: 1, backend: 'wasm' }).runs.length // 3
 */
export function planSweep(values: Readonly<Record<string, ParamValue>>): SweepPlan {
  const tokens = need(values, 'tokens');
  const batchSize = need(values, 'batch');
  const seed = need(values, 'seed');
  const widths = list(values, 'd_models');
  if (widths) {
    if (widths.some((d) => !Number.isInteger(d)))
      throw new InputError(`Widths must be whole numbers, got ${widths.join(', ')}`, 'd_models');
    if (new Set(widths).size !== widths.length)
      throw new InputError(`Widths must all differ, got ${widths.join(', ')}`, 'd_models');
  }
  const base = widths
    ? [...widths]
        .sort((a, b) => a - b)
        .map((d) => ladderRun(`d${d}`, d, { learningRate: learningRateFor(d) }))
    : (SWEEP_LADDERS[String(values['ladder'])] ?? SWEEP_LADDERS['wide']!).runs;
  const runs = base.map((r) => ({
    ...r,
    train: {
      ...r.train,
      tokens,
      batchSize,
      seed,
      reportEvery: Math.max(1, Math.min(10, Math.floor(tokens / (batchSize * r.model.nCtx) / 8))),
    },
  }));
  if (tokens < batchSize * runs[0]!.model.nCtx) {
    throw new InputError(
      `Token budget must cover at least one step of ${batchSize} × ${runs[0]!.model.nCtx} tokens, got ${tokens}`,
      'tokens',
    );
  }
  const backend = chosenBackend(values);
  return { runs, backend, key: runsKey('scaling-sweep', runs) };
}
