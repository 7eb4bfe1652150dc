import { createEffect, on, onCleanup } from 'solid-js';
import type { SweepPlan } from '../../lib/labs/sweepPlan';
import type { ParamTable, ParamValue } from '../../lib/paramTable';
import { createLabPlan } from './createLabPlan';
import { createTrainingRunner } from './createTrainingRunner';

/**
 * What every training lab starts from: URL state, the plan its values describe, a runner, and
 * the finished runs of that plan shown again after a reload or a change of settings.
 */
export function createTrainingLab<P extends SweepPlan>(
  table: ParamTable,
  make: (values: Readonly<Record<string, ParamValue>>) => P,
) {
  const { state, plan } = createLabPlan(table, make);
  const runner = createTrainingRunner();
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(probeTimer));
  createEffect(
    on([state.ready, () => plan().plan?.key, () => plan().plan?.backend], ([ready]) => {
      const p = plan().plan;
      if (ready && p && runner.status() === 'idle') {
        runner.restore(p);
        // Timed once the reader stops typing, so a half-typed budget is not probed.
        clearTimeout(probeTimer);
        probeTimer = setTimeout(() => void runner.probe(p), 400);
      }
    }),
  );
  return { table, state, plan, runner };
}
