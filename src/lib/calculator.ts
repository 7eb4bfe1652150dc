import type { QuantityStyle } from './formatQuantity';
import { InputError } from './errors';
import { findNonFinite } from './findNonFinite';
import { type ParamTable, type ParamValue, type RawParams, parseParams } from './paramTable';

/** One result of a calculator: shown in `[data-result=name]` with its raw value in `data-value`. */
export interface ResultSpec {
  name: string;
  label: string;
  unit?: string;
  style: QuantityStyle;
  help?: string;
}

/** A named set of inputs (a real model) a reader can load with one click. */
export interface Preset {
  id: string;
  label: string;
  values: RawParams;
  source: string;
}

/**
 * Everything a calculator is, as data plus one pure function: its URL parameters, its results,
 * its presets and `compute`, which throws an InputError naming the field at fault.
 */
export interface CalculatorDef<R extends Record<string, unknown>> {
  slug: string;
  title: string;
  params: ParamTable;
  results: readonly ResultSpec[];
  presets: readonly Preset[];
  compute(values: Readonly<Record<string, ParamValue>>): R;
}

/** A calculator as its page shows it, without compute (a worker calculator's island never computes). */
export type CalculatorView<R extends Record<string, unknown>> = Omit<CalculatorDef<R>, 'compute'>;

/** What a calculator produced: results, or messages keyed by field ('_' for the whole form). */
export type Outcome<R> = { ok: true; results: R } | { ok: false; errors: Record<string, string> };

/**
 * Parses raw parameter text with the calculator's table and runs its compute; never throws for
 * bad input: every InputError becomes a message on its field. Plain data, so it crosses a worker.
 * @example runCalculator(trainingCompute, { N: '70B', D: '1.4T', ... }).ok // true
 */
export function runCalculator<R extends Record<string, unknown>>(
  def: CalculatorDef<R>,
  raw: RawParams,
): Outcome<R> {
  return runPlan(def.params, (values) => def.compute(values), raw);
}

/**
 * Parses raw text with `table` and hands the values to `make` (a calculator's compute or a lab's
 * planner). Never throws for bad input, and never lets a message or a non-finite number vanish:
 * an InputError on a name the table lacks (a library argument) moves to '_', the whole form, and
 * a result that came out NaN or ±Infinity becomes a message there too instead of a blank card.
 * @example runPlan(sweepParams, planSweep, readParams(sweepParams, new URLSearchParams('d_models=8,16'))).ok // true
 */
export function runPlan<R>(
  table: ParamTable,
  make: (values: Readonly<Record<string, ParamValue>>) => R,
  raw: RawParams,
): Outcome<R> {
  const parsed = parseParams(table, raw);
  if (Object.keys(parsed.errors).length > 0) return { ok: false, errors: parsed.errors };
  let results: R;
  try {
    results = make(parsed.values);
  } catch (error) {
    if (!(error instanceof InputError)) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: { _: `This input could not be computed: ${message}` } };
    }
    const onField = error.field !== undefined && table.some((s) => s.name === error.field);
    return { ok: false, errors: { [onField ? error.field! : '_']: error.message } };
  }
  const bad = findNonFinite(results);
  if (bad !== undefined)
    return {
      ok: false,
      errors: {
        _: `These inputs give a result (${bad}) too large or too small to compute: bring the most extreme input closer to real values`,
      },
    };
  return { ok: true, results };
}

/**
 * Runs `fn`, moving any InputError it throws onto a URL parameter, so the message appears beside
 * the right input: every error onto `fields` when it is a name, or library argument → parameter
 * through `fields` when it is a map (unmapped fields stay as they are).
 * @example withFields({ nLayer: 'layers' }, () => countParameters(config)); withFields('Cmin', () => predictKaplanLossCmin(-1))
 */
export function withFields<T>(fields: string | Readonly<Record<string, string>>, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const target =
      typeof fields === 'string'
        ? fields
        : error.field === undefined
          ? undefined
          : fields[error.field];
    if (target !== undefined && target !== error.field) throw new InputError(error.message, target);
    throw error;
  }
}

/**
 * Reads a list the table has already parsed; undefined for empty optional fields.
 * @example list({ x: [1e6, 1e7] }, 'x') // [1e6, 1e7]
 */
export function list(
  values: Readonly<Record<string, ParamValue>>,
  name: string,
): readonly number[] | undefined {
  const v = values[name];
  return Array.isArray(v) ? (v as readonly number[]) : undefined;
}

/**
 * Reads a number the table has already parsed; undefined for empty optional fields.
 * @example num({ N: 1e9 }, 'N') // 1e9
 */
export function num(
  values: Readonly<Record<string, ParamValue>>,
  name: string,
): number | undefined {
  const v = values[name];
  return typeof v === 'number' ? v : undefined;
}

/**
 * Reads a number the table requires. The table has already refused an empty or bad field, so this
 * throws only when a compute is called without it (a test, or a table that marked it optional);
 * then the InputError names the field instead of passing NaN on for a deeper function to trip over.
 * Chosen over typing parseParams' result per table: tables stay plain data, and one helper serves
 * calculators, exercises and labs alike.
 * @example need({ N: 1e9 }, 'N') // 1e9; need({}, 'N') throws InputError('N needs a number', 'N')
 */
export function need(values: Readonly<Record<string, ParamValue>>, name: string): number {
  const v = num(values, name);
  if (v === undefined || Number.isNaN(v)) throw new InputError(`${name} needs a number`, name);
  return v;
}
