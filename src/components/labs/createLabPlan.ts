import { createMemo } from 'solid-js';
import { runPlan } from '../../lib/calculator';
import type { ParamTable, ParamValue } from '../../lib/paramTable';
import { createUrlState } from '../createUrlState';

/**
 * URL state for a lab plus the plan its values describe: `plan().plan` when every field
 * parses and `make` accepts them, else `plan().errors` keyed by field ('_' for the form).
 */
export function createLabPlan<P>(
  table: ParamTable,
  make: (values: Readonly<Record<string, ParamValue>>) => P,
) {
  const state = createUrlState(table);
  const plan = createMemo((): { plan?: P; errors: Record<string, string> } => {
    const out = runPlan(table, make, state.raw());
    return out.ok ? { plan: out.results, errors: {} } : { errors: out.errors };
  });
  return { state, plan };
}
