import type { Run } from './parseRunsCsv';
import { requireNonNegative } from './validate';
import { InputError } from './errors';

/**
 * The runs without the `count` highest final losses, in their input order. Besiroglu et al. 2024
 * (Epoch, Sec. 2) drop the 5 highest-loss points of their 245 digitised runs before fitting.
 * @example dropHighestLosses([{ N: 1, D: 1, loss: 3 }, { N: 2, D: 2, loss: 2 }], 1) // [{ N: 2, D: 2, loss: 2 }]
 */
export function dropHighestLosses(runs: readonly Run[], count: number): Run[] {
  requireNonNegative(count, 'drop', 'number of runs');
  if (!Number.isInteger(count))
    throw new InputError(`drop must be a whole number, got ${count}`, 'drop');
  if (count >= runs.length)
    throw new InputError(`drop (${count}) must leave some of the ${runs.length} runs`, 'drop');
  const dropped = new Set(
    runs
      .map((r, i) => ({ loss: r.loss, i }))
      .sort((p, q) => q.loss - p.loss || p.i - q.i)
      .slice(0, count)
      .map((r) => r.i),
  );
  return runs.filter((_, i) => !dropped.has(i));
}
