import { num } from '../calculator';
import type { ParamTable, ParamValue } from '../paramTable';
import { BACKEND_NAMES, BACKEND_OPTIONS, type BackendName, backendNamed } from './backendNames';
import { DEFAULT_LADDER, HELD_OUT_RUN } from './ladder';
import type { RunConfig } from './trainConfig';

/** URL parameters of /labs/benchmark/. */
export const benchmarkParams: ParamTable = [
  {
    kind: 'choice',
    name: 'backend',
    label: 'Backends',
    default: 'all',
    options: [{ value: 'all', label: 'Every backend this browser offers' }, ...BACKEND_OPTIONS],
  },
  {
    kind: 'quantity',
    name: 'timed',
    label: 'Timed steps per size',
    unit: 'after one warm-up; the median counts',
    default: '3',
    min: 1,
    max: 20,
    integer: true,
    style: 'plain',
  },
];

/** What the benchmark measures: backends in order, the lab's ladder and its held-out size, steps timed. */
export interface BenchmarkPlan {
  backends: BackendName[];
  runs: readonly RunConfig[];
  timed: number;
}

/**
 * The benchmark the URL describes: the scaling sweep's five widths and predict-and-verify's d72,
 * with the sweep's batch and context, on the chosen backends (all four by default).
 * @example planBenchmark({ backend: 'wasm', timed: 3 }).runs.length // 6
 */
export function planBenchmark(values: Readonly<Record<string, ParamValue>>): BenchmarkPlan {
  const b = backendNamed(values['backend']);
  const backends = b ? [b] : [...BACKEND_NAMES];
  return { backends, runs: [...DEFAULT_LADDER, HELD_OUT_RUN], timed: num(values, 'timed') ?? 3 };
}
