import type { ParamValue, RawParams } from '../paramTable';
import type { PlannerResults } from './planner';
import { PLANNER_RESULTS, type PlannerSectionId } from './plannerResults';

const n = (r: PlannerResults, name: string) => String(r[name]);

/**
 * The link to the calculator that shows one section's detail with the planner's numbers filled in:
 * chinchilla-optimal (the budget and law), parameters (the designed shape), training-memory (the
 * shape and the chosen layout), training-compute (N, D and the cluster), data-constrained (N, D,
 * unique) and serving-cost (the compute-optimal model against the plan, when the plan moved).
 * @example linkPlanSection('time', values, results) // '/calculators/training-compute/?N=…&D=…'
 */
export function linkPlanSection(
  section: PlannerSectionId,
  values: Readonly<Record<string, ParamValue>>,
  r: PlannerResults,
): string {
  const v = (name: string) => (values[name] === undefined ? '' : String(values[name]));
  const shape: RawParams = {
    preset: 'custom',
    layers: n(r, 'layers'),
    dModel: n(r, 'dModel'),
    heads: n(r, 'heads'),
    kvHeads: n(r, 'heads'),
    headDim: n(r, 'headDim'),
    dFf: n(r, 'dFf'),
    vocab: n(r, 'vocab'),
    ...(values['arch'] === 'moe' ? { experts: v('experts'), topK: v('topK') } : {}),
  };
  const query: Record<PlannerSectionId, [string, RawParams]> = {
    model: [
      'chinchilla-optimal',
      {
        ...('N' in values && values['N'] !== undefined
          ? { N: v('N') }
          : { C: n(r, 'budgetFlops') }),
        fit: r.fit,
      },
    ],
    shape: [
      'parameters',
      { ...shape, ffn: 'swiglu', pos: 'none', norm: 'rmsnorm', biases: 'no', tied: 'no' },
    ],
    cluster: [
      'training-memory',
      {
        ...shape,
        seq: v('seq'),
        micro: '1',
        weights: 'bf16',
        optimizer: 'adamw',
        zero: v('zero'),
        dp: n(r, 'dp'),
        tp: n(r, 'tp'),
        pp: n(r, 'pp'),
        sp: Number(r['tp']) > 1 ? 'yes' : 'no',
        recompute: v('recompute'),
        gpu: v('gpu'),
      },
    ],
    time: [
      'training-compute',
      {
        N: n(r, 'params'),
        D: n(r, 'tokens'),
        C: '',
        gpu: v('gpu'),
        mfu: v('mfu'),
        gpus: n(r, 'gpus'),
        days: '',
        price: v('price'),
      },
    ],
    data: [
      'data-constrained',
      { N: n(r, 'params'), D: n(r, 'tokens'), U: v('unique') || n(r, 'tokens') },
    ],
    serving: [
      'serving-cost',
      {
        N1: n(r, r['optimalParams'] === undefined ? 'params' : 'optimalParams'),
        D1: n(r, r['optimalTokens'] === undefined ? 'tokens' : 'optimalTokens'),
        N2: n(r, 'params'),
        D2: n(r, 'tokens'),
        served: v('served') || '0',
        gpu: v('gpu'),
        mfu: v('mfu'),
        price: v('price'),
      },
    ],
  };
  const [slug, params] = query[section];
  return `/calculators/${slug}/?${new URLSearchParams(params).toString()}`;
}

/** The plan as JSON: the link's inputs, every number, the warnings. */
export function planToJson(raw: RawParams, r: PlannerResults): string {
  const numbers = Object.fromEntries(
    PLANNER_RESULTS.filter((s) => typeof r[s.name] === 'number').map((s) => [s.name, r[s.name]]),
  );
  return JSON.stringify({ inputs: raw, results: numbers, warnings: r.warnings }, null, 2);
}

/** The plan as CSV: one row per number (name, value, unit, label), then one per warning. */
export function planToCsv(r: PlannerResults): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = PLANNER_RESULTS.filter((s) => typeof r[s.name] === 'number').map((s) =>
    [s.name, String(r[s.name]), s.unit ?? s.style, s.label].map(quote).join(','),
  );
  const warnings = r.warnings.map((w) => ['warning', w.id, '', w.text].map(quote).join(','));
  return ['name,value,unit,label', ...rows, ...warnings].join('\n') + '\n';
}
