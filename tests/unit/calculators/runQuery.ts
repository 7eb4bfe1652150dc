import { type CalculatorDef, type Outcome, runCalculator } from '../../../src/lib/calculator';
import { readParams } from '../../../src/lib/paramTable';

/** Runs a calculator on a query string exactly as the page would read it from the address bar. */
export function runQuery<R extends Record<string, unknown>>(
  def: CalculatorDef<R>,
  query: string,
): Outcome<R> {
  return runCalculator(def, readParams(def.params, new URLSearchParams(query)));
}

/** The results of a run that must succeed; throws with the messages otherwise. */
export function resultsOf<R extends Record<string, unknown>>(
  def: CalculatorDef<R>,
  query: string,
): R {
  const outcome = runQuery(def, query);
  if (!outcome.ok)
    throw new Error(`expected results for ?${query}, got ${JSON.stringify(outcome.errors)}`);
  return outcome.results;
}

/** The fields with messages of a run that must fail. */
export function errorsOf<R extends Record<string, unknown>>(
  def: CalculatorDef<R>,
  query: string,
): Record<string, string> {
  const outcome = runQuery(def, query);
  if (outcome.ok) throw new Error(`expected an error for ?${query}`);
  return outcome.errors;
}

/** Every listed result present is a finite number, and the whole outcome survives structuredClone. */
export function checkPlain<R extends Record<string, unknown>>(
  def: CalculatorDef<R>,
  results: R,
): void {
  for (const spec of def.results) {
    const v = results[spec.name];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v)))
      throw new Error(`${spec.name} is ${String(v)}`);
  }
  structuredClone(results);
}
