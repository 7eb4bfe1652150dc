import { createEffect, on } from 'solid-js';
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
  createEffect(
    on([state.ready, () => plan().plan?.key], ([ready]) => {
      const p = plan().plan;
      if (ready && p && runner.status() === 'idle') runner.restore(p);
    }),
  );
  return { table, state, plan, runner };
}
