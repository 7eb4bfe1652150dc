import { createMemo } from 'solid-js';
import { InputError } from '../../lib/errors';
import { type ParamTable, type ParamValue, parseParams } from '../../lib/paramTable';
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
    const { values, errors } = parseParams(table, state.raw());
    if (Object.keys(errors).length > 0) return { errors };
    try {
      return { plan: make(values), errors: {} };
    } catch (error) {
      if (error instanceof InputError) return { errors: { [error.field ?? '_']: error.message } };
      throw error;
    }
  });
  return { state, plan };
}
