import { InputError } from './errors';
import { parseQuantity } from './parseQuantity';
import { type QuantityStyle, formatQuantity } from './formatQuantity';

/** A numeric URL parameter: parsed with parseQuantity, then checked against its bounds. */
export interface QuantityParam {
  kind: 'quantity';
  name: string;
  label: string;
  /** Unit shown beside the field and on the linking page ("parameters", "FLOPs", "$/GPU-hour"). */
  unit: string;
  /** Default as text, used when the URL leaves the parameter out. */
  default?: string;
  /** Inclusive lower bound; `minExclusive` makes it strict (positive numbers: min 0, minExclusive). */
  min?: number;
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
  /** An empty field is allowed (the calculator solves for it or ignores it). */
  optional?: boolean;
  /** Parameters in one group take defaults only when the URL gives none of the group. */
  group?: string;
  /** Shown only while another parameter has a given value (a custom GPU's peak). */
  showIf?: { param: string; equals: string };
  /** When the field is empty, its placeholder shows this result (the solved-for value). */
  solvedBy?: string;
  /** How the value is shown when echoed back. */
  style?: QuantityStyle;
  help?: string;
}

/** A comma- or space-separated list of quantities (`x=1e6,1e7,1e8`); each item is bounds-checked. */
export interface ListParam {
  kind: 'list';
  name: string;
  label: string;
  unit: string;
  default?: string;
  min?: number;
  minExclusive?: boolean;
  max?: number;
  optional?: boolean;
  /** Fewest and most items accepted (most defaults to 10,000, so a pasted list cannot freeze the tab). */
  minItems?: number;
  maxItems?: number;
  help?: string;
}

/** Free text such as pasted CSV; parsed by the calculator's compute, which names the bad line. */
export interface TextParam {
  kind: 'text';
  name: string;
  label: string;
  default?: string;
  /** Longest text accepted from the URL or the field (default 20,000 characters). */
  maxLength?: number;
  /** Longest text written back into the address bar (default 4,000): a link cannot carry a big paste. */
  urlLimit?: number;
  rows?: number;
  help?: string;
}

/** A parameter chosen from a fixed list of values. */
export interface ChoiceParam {
  kind: 'choice';
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  default: string;
  showIf?: { param: string; equals: string };
  help?: string;
}

/** Bounds of a strictly positive quantity or list item (a size, a budget, a price per FLOP): > 0. */
export const POSITIVE = { min: 0, minExclusive: true } as const;

/**
 * A positive quantity parameter, with its default when `value` is given; `extra` adds or overrides
 * anything else (bounds, `optional`, `group`, `style`, `help`). The one way tables write a quantity
 * that must be greater than 0, for calculators and exercises alike.
 * @example quantityParam('N', 'Parameters', 'parameters', '3e9', { max: 1e21 }) // { kind: 'quantity', name: 'N', …, default: '3e9', min: 0, minExclusive: true, max: 1e21 }
 */
export function quantityParam(
  name: string,
  label: string,
  unit: string,
  value: string | undefined,
  extra: Partial<Omit<QuantityParam, 'kind'>> = {},
): QuantityParam {
  return {
    kind: 'quantity',
    name,
    label,
    unit,
    ...(value === undefined ? {} : { default: value }),
    ...POSITIVE,
    ...extra,
  };
}

export type ParamSpec = QuantityParam | ListParam | TextParam | ChoiceParam;
export type ParamTable = readonly ParamSpec[];
/** The raw text of each parameter, exactly as typed or as it came from the URL. */
export type RawParams = Record<string, string>;
export type ParamValue = number | string | readonly number[] | undefined;

/** Longest raw value kept: short for numbers, so a hostile URL cannot smuggle in megabytes. */
const maxLengthOf = (spec: ParamSpec) =>
  spec.kind === 'text' ? (spec.maxLength ?? 20_000) : spec.kind === 'list' ? 20_000 : 200;

const groupOf = (spec: ParamSpec): string | undefined =>
  spec.kind === 'quantity' ? spec.group : undefined;

/**
 * Raw text of every parameter from a query string; absent parameters take their default
 * (grouped ones only when the URL names none of their group). A parameter that counts only under
 * another's value (`showIf`) selects that value when the URL leaves it out, so a link's custom
 * constants are never silently dropped. Unknown keys are left to listUrlNotices.
 * @example readParams(isoflopParams, new URLSearchParams('E=1.6')).fit // "custom"
 */
export function readParams(table: ParamTable, search: URLSearchParams): RawParams {
  const groupsInUrl = new Set(
    table.filter((s) => s.kind === 'quantity' && s.group && search.has(s.name)).map(groupOf),
  );
  const raw: RawParams = {};
  for (const spec of table) {
    const given = search.get(spec.name);
    if (given !== null) raw[spec.name] = given.slice(0, maxLengthOf(spec));
    else if (groupsInUrl.has(groupOf(spec))) raw[spec.name] = '';
    else raw[spec.name] = spec.default ?? '';
  }
  for (const spec of table) {
    const when = showIfOf(spec);
    if (when && search.get(spec.name)?.trim() && !search.has(when.param))
      raw[when.param] = when.equals;
  }
  return raw;
}

/** The condition under which a parameter counts, if any. */
export const showIfOf = (spec: ParamSpec) => ('showIf' in spec ? spec.showIf : undefined);

/**
 * Query string for the given raw values: every known, non-empty parameter in table order
 * (text longer than its `urlLimit` stays out of the link).
 * @example writeParams(table, { N: '175e9', D: '300e9' }) // "N=175e9&D=300e9"
 */
export function writeParams(table: ParamTable, raw: RawParams): string {
  const out = new URLSearchParams();
  for (const spec of table) {
    const value = raw[spec.name]?.trim();
    if (!value || (spec.kind === 'text' && value.length > (spec.urlLimit ?? 4000))) continue;
    out.set(spec.name, value);
  }
  return out.toString();
}

/**
 * Parses and bounds-checks one parameter's raw text; throws an InputError naming the field.
 * Empty optional quantities give undefined.
 * @example parseParam(quantityParam('mfu', 'MFU', '', undefined, { max: 1 }), '0.4') // 0.4
 */
export function parseParam(spec: ParamSpec, text: string): ParamValue {
  if (spec.kind === 'choice') {
    const option = spec.options.find((o) => o.value === text.trim());
    if (!option) {
      const allowed = spec.options.map((o) => o.value).join(', ');
      throw new InputError(`${spec.label} must be one of ${allowed}`, spec.name);
    }
    return option.value;
  }
  if (spec.kind === 'text') {
    const most = maxLengthOf(spec);
    if (text.length > most)
      throw new InputError(
        `${spec.label} is ${text.length} characters long; at most ${most} are accepted`,
        spec.name,
      );
    return text;
  }
  if (text.trim() === '' && spec.optional) return undefined;
  if (spec.kind === 'list') return parseList(spec, text);
  const value = parseQuantity(text, spec.label);
  checkBounds(spec, value, spec.label, text.trim());
  if (spec.integer && !Number.isInteger(value)) {
    throw new InputError(`${spec.label} must be a whole number, got ${text.trim()}`, spec.name);
  }
  return value;
}

function checkBounds(
  spec: QuantityParam | ListParam,
  value: number,
  what: string,
  shown: string,
): void {
  const below =
    spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min);
  const above = spec.max !== undefined && value > spec.max;
  if (below || above)
    throw new InputError(`${what} ${describeBounds(spec)}, got ${shown}`, spec.name);
}

/** Items split on commas, semicolons or white space; thousands separators are not allowed inside lists. */
function parseList(spec: ListParam, text: string): readonly number[] {
  const items = text.split(/[\s,;]+/).filter((t) => t !== '');
  const most = spec.maxItems ?? 10_000;
  if (items.length > most)
    throw new InputError(
      `${spec.label} has ${items.length} items; at most ${most} are accepted`,
      spec.name,
    );
  const least = spec.minItems ?? 1;
  if (items.length < least) {
    throw new InputError(
      `${spec.label} needs at least ${least} item${least === 1 ? '' : 's'}, got ${items.length}`,
      spec.name,
    );
  }
  return items.map((item, i) => {
    const what = `${spec.label}, item ${i + 1}`;
    try {
      const value = parseQuantity(item, what);
      checkBounds(spec, value, what, item);
      return value;
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.message, spec.name);
      throw error;
    }
  });
}

/**
 * Human wording of a quantity's bounds, for messages and the linking page.
 * @example describeBounds({ ...spec, ...POSITIVE }) // "must be greater than 0"
 */
export function describeBounds(spec: QuantityParam | ListParam): string {
  // Large bounds read as people write them (10M, 1 × 10²¹), never as 10000000000000000.
  const show = (v: number) => (Math.abs(v) >= 1e4 ? formatQuantity(v, 'si', 6) : String(v));
  const lo =
    spec.min === undefined
      ? ''
      : spec.minExclusive
        ? `greater than ${show(spec.min)}`
        : `at least ${show(spec.min)}`;
  const hi = spec.max === undefined ? '' : `at most ${show(spec.max)}`;
  if (lo && hi) return `must be ${lo} and ${hi}`;
  return lo || hi ? `must be ${lo || hi}` : 'may be any number';
}

/**
 * What a parameter accepts, for the linking guides: bounds in words, whole numbers, lists.
 * @example describeAccepted({ kind: 'quantity', name: 'layers', label: 'Layers', unit: '', min: 1, max: 96, integer: true }) // "at least 1 and at most 96, whole number"
 */
export function describeAccepted(spec: ParamSpec): string {
  if (spec.kind === 'choice') return 'one of the values';
  if (spec.kind === 'text') return `up to ${spec.maxLength ?? 20000} characters`;
  const bounds = describeBounds(spec).replace(/^(must|may) be /, '');
  const whole = spec.kind === 'quantity' && spec.integer ? ', whole number' : '';
  const list = spec.kind === 'list' ? ' (each item, comma-separated)' : '';
  return `${bounds}${whole}${list}${spec.optional ? '; may be empty' : ''}`;
}

/**
 * Parses every parameter; returns the values and, per field, the message of any that failed.
 * @example parseParams(table, { N: '-3' }).errors.N // "Parameters (N) must be greater than 0, got -3"
 */
export function parseParams(
  table: ParamTable,
  raw: RawParams,
): { values: Record<string, ParamValue>; errors: Record<string, string> } {
  const values: Record<string, ParamValue> = {};
  const errors: Record<string, string> = {};
  for (const spec of table) {
    try {
      values[spec.name] = parseParam(spec, raw[spec.name] ?? '');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors[spec.name] = error.message;
    }
  }
  return { values, errors };
}
