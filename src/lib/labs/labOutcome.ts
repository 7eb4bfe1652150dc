/**
 * What a training lab shows, as one pure value: its result card as the Outcome calculators
 * return (results, or the message the card shows instead under '_'), beside what its charts
 * draw whether or not the card has numbers yet.
 */
import type { Outcome } from '../calculator';

/** A lab's outcome: the card's Outcome<R> and the lab's own view data V on both branches. */
export type LabOutcome<R, V> = Outcome<R> & V;

/**
 * The card's Outcome with `message` on the whole form ('_'): no results yet, or none possible.
 * @example notYet('The fit appears once two sizes have finished.').ok // false
 */
export function notYet(message: string): { ok: false; errors: Record<string, string> } {
  return { ok: false, errors: { _: message } };
}

/**
 * The message of an error thrown by a fit, in words; anything thrown that is not an Error is
 * written as text.
 * @example errorMessage(new InputError('A fit needs at least two finished sizes, got 1')) // 'A fit needs …'
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Wall-clock training time of the finished runs in seconds: Σ elapsedMs / 1000.
 * @example trainingSeconds([{ elapsedMs: 1500 }, { elapsedMs: 500 }]) // 2
 */
export function trainingSeconds(runs: readonly { elapsedMs: number }[]): number {
  return runs.reduce((s, r) => s + r.elapsedMs, 0) / 1000;
}
