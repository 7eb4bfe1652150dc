import { describe, expect, it } from 'vitest';
import { type CalculatorDef, runCalculator, runPlan } from '../../src/lib/calculator';
import { CALCULATORS } from '../../src/lib/calculators';
import { EXERCISES } from '../../src/lib/exercises';
import { resolveVariant } from '../../src/lib/exercises/judge';
import { auditConfigFrom, auditParams } from '../../src/lib/labs/auditModel';
import { benchmarkParams, planBenchmark } from '../../src/lib/labs/benchmarkPlan';
import { isoflopParams, planIsoFlop } from '../../src/lib/labs/isoflopPlan';
import { planPredict, predictParams } from '../../src/lib/labs/predictHeldOut';
import { planSweep, sweepParams } from '../../src/lib/labs/sweepPlan';
import { type ParamTable, type RawParams, readParams } from '../../src/lib/paramTable';
import { HOSTILE_INPUTS } from '../fixtures/hostileInputs';

/** The raw defaults of a table with one field replaced by `value`. */
function withValue(table: ParamTable, name: string, value: string): RawParams {
  return { ...readParams(table, new URLSearchParams()), [name]: value };
}

/** Every place a NaN, Infinity or undefined hides in plain data, as paths. */
function badLeaves(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string')
    return /\b(NaN|Infinity|undefined)\b/.test(value) ? [`${path} = "${value}"`] : [];
  if (value === undefined) return [`${path} = undefined`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    v === undefined ? [] : badLeaves(v, `${path}.${k}`),
  );
}

/** A message may name NaN, Infinity or undefined only when it quotes the input that contained it. */
function messageProblems(
  errors: Record<string, string>,
  fields: readonly string[],
  input: string,
): string[] {
  return Object.entries(errors).flatMap(([field, message]) => {
    const problems: string[] = [];
    if (field !== '_' && !fields.includes(field))
      problems.push(`message on unknown field "${field}": ${message}`);
    if (typeof message !== 'string' || message.trim() === '')
      problems.push(`empty message on ${field}`);
    else {
      const unquoted = message.replace(input.trim().slice(0, 24), '');
      if (/\b(NaN|Infinity|undefined|null)\b/.test(unquoted))
        problems.push(`"${message}" on ${field}`);
    }
    return problems;
  });
}

/** Each (table, field, hostile value) case for a definition. */
const casesOf = (table: ParamTable) =>
  table.flatMap((spec) => HOSTILE_INPUTS.map((value) => [spec.name, value] as const));

describe('hostile input through every calculator (runCalculator)', () => {
  it.each(CALCULATORS.map((def) => [def.slug, def] as const))(
    '%s: every field, every hostile value',
    (_slug, def) => {
      const problems: string[] = [];
      const fields = def.params.map((s) => s.name);
      for (const [name, value] of casesOf(def.params)) {
        const where = `${def.slug}?${name}=${JSON.stringify(value).slice(0, 40)}`;
        let out: ReturnType<typeof runCalculator>;
        try {
          out = runCalculator(
            def as CalculatorDef<Record<string, unknown>>,
            withValue(def.params, name, value),
          );
        } catch (error) {
          problems.push(`${where}: threw ${String(error)}`);
          continue;
        }
        if (out.ok) {
          const shown = def.results.map((r) => out.ok && out.results[r.name]);
          if (def.results.every((_, i) => typeof shown[i] !== 'number'))
            problems.push(`${where}: ok but no result to show`);
          problems.push(...badLeaves(out.results).map((b) => `${where}: result ${b}`));
        } else
          problems.push(...messageProblems(out.errors, fields, value).map((p) => `${where}: ${p}`));
      }
      expect(problems.join('\n')).toBe('');
    },
  );
});

describe('hostile input through every exercise variant (resolveVariant)', () => {
  it.each(EXERCISES.map((def) => [def.id, def] as const))(
    '%s: every field, every hostile value',
    (_id, def) => {
      const problems: string[] = [];
      for (const [name, value] of casesOf(def.params)) {
        const where = `${def.id}?${name}=${JSON.stringify(value).slice(0, 40)}`;
        try {
          const variant = resolveVariant(def, withValue(def.params, name, value));
          const notes = Object.fromEntries(variant.problems.map((p, i) => [`problem ${i + 1}`, p]));
          problems.push(
            ...messageProblems(notes, Object.keys(notes), value).map((p) => `${where}: ${p}`),
          );
          problems.push(...badLeaves(variant.answers).map((b) => `${where}: answer ${b}`));
          problems.push(...badLeaves(variant.givens).map((b) => `${where}: given ${b}`));
        } catch (error) {
          problems.push(`${where}: threw ${String(error)}`);
        }
      }
      expect(problems.join('\n')).toBe('');
    },
  );
});

const LAB_PLANNERS: [string, ParamTable, (values: Parameters<typeof planSweep>[0]) => unknown][] = [
  ['scaling-sweep', sweepParams, planSweep],
  ['predict-and-verify', predictParams, planPredict],
  ['isoflop', isoflopParams, planIsoFlop],
  ['benchmark', benchmarkParams, planBenchmark],
  ['parameter-audit', auditParams, auditConfigFrom],
];

describe('hostile input through every lab planner (runPlan)', () => {
  it.each(LAB_PLANNERS)('%s: every field, every hostile value', (lab, table, make) => {
    const problems: string[] = [];
    const fields = table.map((s) => s.name);
    for (const [name, value] of casesOf(table)) {
      const where = `${lab}?${name}=${JSON.stringify(value).slice(0, 40)}`;
      try {
        const out = runPlan(table, make, withValue(table, name, value));
        if (out.ok) problems.push(...badLeaves(out.results).map((b) => `${where}: plan ${b}`));
        else
          problems.push(...messageProblems(out.errors, fields, value).map((p) => `${where}: ${p}`));
      } catch (error) {
        problems.push(`${where}: threw ${String(error)}`);
      }
    }
    expect(problems.join('\n')).toBe('');
  });
});
