import type { QuantityStyle } from './formatQuantity';
import type { ParamTable, ParamValue, RawParams } from './paramTable';

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
export interface CalculatorDef<R extends Record<string, number>> {
  slug: string;
  title: string;
  params: ParamTable;
  results: readonly ResultSpec[];
  presets: readonly Preset[];
  compute(values: Readonly<Record<string, ParamValue>>): R;
}

/**
 * Reads a number the table has already parsed; undefined for empty optional fields.
 * @example num({ N: 1e9 }, 'N') // 1e9
 */
export function num(values: Readonly<Record<string, ParamValue>>, name: string): number | undefined {
  const v = values[name];
  return typeof v === 'number' ? v : undefined;
}
