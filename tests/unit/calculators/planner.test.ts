import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import { chinchillaOptimal } from '../../../src/lib/calculators/chinchillaOptimal';
import { dataConstrained } from '../../../src/lib/calculators/dataConstrained';
import { type PlannerResults, planner } from '../../../src/lib/calculators/planner';
import { linkPlanSection, planToCsv, planToJson } from '../../../src/lib/calculators/plannerLinks';
import { trainingCompute } from '../../../src/lib/calculators/trainingCompute';
import { trainingMemory } from '../../../src/lib/calculators/trainingMemory';
import { parseParams, readParams } from '../../../src/lib/paramTable';
import { HOSTILE_INPUTS } from '../../fixtures/hostileInputs';
import { closeTo } from '../../tolerance';

const plan = (query: string) => {
  const raw = readParams(planner.params, new URLSearchParams(query));
  return { raw, outcome: runCalculator(planner, raw) };
};
const ok = (query: string): PlannerResults => {
  const { outcome } = plan(query);
  if (!outcome.ok) throw new Error(`${query}: ${JSON.stringify(outcome.errors)}`);
  return outcome.results;
};
const errors = (query: string) => {
  const { outcome } = plan(query);
  if (outcome.ok) throw new Error(`${query} should fail`);
  return outcome.errors;
};
/** Runs a calculator on the planner's link to it, as the reader who clicks it would. */
const follow = (query: string, section: Parameters<typeof linkPlanSection>[0]) => {
  const { raw } = plan(query);
  const r = ok(query);
  const href = linkPlanSection(section, parseParams(planner.params, raw).values, r);
  return new URLSearchParams(href.slice(href.indexOf('?')));
};

const CASES = [
  'C=5.76e23&fit=tokens20',
  'C=1e21&fit=hoffmann2022',
  'C=3e24&fit=hoffmann2022-unrounded&gpu=a100&mfu=0.35',
  'C=1e25&fit=besiroglu2024&days=30&zero=3',
  'N=7e9&fit=besiroglu2024&gpu=h200',
];

describe('planner: every number equals the standalone calculators’', () => {
  it.each(CASES)('%s: params, tokens and loss equal chinchilla-optimal’s', (q) => {
    const r = ok(q);
    const link = follow(q, 'model');
    const c = runCalculator(chinchillaOptimal, readParams(chinchillaOptimal.params, link));
    if (!c.ok) throw new Error(JSON.stringify(c.errors));
    closeTo(Number(r['params']), c.results.params);
    closeTo(Number(r['tokens']), c.results.tokens);
    if (c.results.loss === undefined) expect(r['loss']).toBeUndefined();
    else closeTo(Number(r['loss']), c.results.loss);
  });
  it.each(CASES)('%s: GPU-hours, days and cost equal training-compute’s', (q) => {
    const r = ok(q);
    const t = runCalculator(trainingCompute, readParams(trainingCompute.params, follow(q, 'time')));
    if (!t.ok) throw new Error(JSON.stringify(t.errors));
    closeTo(Number(r['gpuHours']), t.results.gpuHours);
    closeTo(Number(r['days']), t.results.days);
    closeTo(Number(r['cost']), t.results.cost);
    closeTo(Number(r['cost']), Number(r['gpuHours']) * Number(plan(q).raw['price']));
  });
  it.each(CASES)('%s: memory per GPU equals training-memory’s for the chosen layout', (q) => {
    const r = ok(q);
    const m = runCalculator(
      trainingMemory,
      readParams(trainingMemory.params, follow(q, 'cluster')),
    );
    if (!m.ok) throw new Error(JSON.stringify(m.errors));
    expect(Number(r['memoryPerGpu'])).toBe(m.results.totalPerGpu);
    expect(Number(r['totalParams'])).toBe(m.results.params);
    expect(Number(r['fits'])).toBe(m.results.fits);
    expect(Number(r['gpus'])).toBe(m.results.gpus);
  });
  it('epochs and effective tokens equal data-constrained’s', () => {
    const q = 'C=1e20&unique=1e9';
    const r = ok(q);
    const d = runCalculator(dataConstrained, readParams(dataConstrained.params, follow(q, 'data')));
    if (!d.ok) throw new Error(JSON.stringify(d.errors));
    closeTo(Number(r['epochs']), Number(d.results['epochs']));
    closeTo(Number(r['effectiveTokens']), Number(d.results['effectiveTokens']));
  });
});

describe('planner: shape, cluster and serving', () => {
  it.each(CASES)(
    '%s: 12·layers·dModel² within 2% of N; tp·pp·dp = GPUs; finishes within the days',
    (q) => {
      const r = ok(q);
      const N = Number(r['params']);
      expect(Math.abs((12 * Number(r['layers']) * Number(r['dModel']) ** 2) / N - 1)).toBeLessThan(
        0.02,
      );
      expect(Number(r['tp']) * Number(r['pp']) * Number(r['dp'])).toBe(r['gpus']);
      expect(Number(r['tp'])).toBeLessThanOrEqual(8);
      expect(Number(r['days'])).toBeLessThanOrEqual(Number(plan(q).raw['days']));
      expect(r['servingFlopsPerToken']).toBe(2 * N);
    },
  );
  it('serving cost per million tokens: 10⁶ · 2N / (peak · MFU · 3600) · price', () => {
    const r = ok('C=1e22&fit=tokens20&gpu=h100&mfu=0.5&price=3');
    closeTo(
      Number(r['servingCostPerMillionTokens']),
      (1e6 * 2 * Number(r['params']) * 3) / (989.4e12 * 0.5 * 3600),
    );
  });
  it('dollars buy C = $ / price · 3600 · peak · MFU, and cost the dollars back', () => {
    const r = ok('dollars=1e6&gpu=a100&mfu=0.4&price=2');
    closeTo(Number(r['flops']), (1e6 / 2) * 3600 * 312e12 * 0.4);
    closeTo(Number(r['cost']), 1e6);
  });
  it('served moves the optimum to a smaller model on more tokens, and reports the lifetime cost', () => {
    const r = ok('C=5.76e23&served=2e13');
    expect(Number(r['params'])).toBeLessThan(Number(r['optimalParams']));
    expect(Number(r['tokens'])).toBeGreaterThan(Number(r['optimalTokens']));
    closeTo(
      Number(r['lifetimeCost']),
      Number(r['cost']) + (2e13 * Number(r['servingCostPerMillionTokens'])) / 1e6,
    );
  });
});

describe('planner: presets', () => {
  const preset = (id: string) => {
    const p = planner.presets.find((x) => x.id === id)!;
    const raw = { ...readParams(planner.params, new URLSearchParams()), ...p.values };
    const o = runCalculator(planner, raw);
    if (!o.ok) throw new Error(JSON.stringify(o.errors));
    return o.results;
  };
  it('Llama 3 405B: 405B parameters at about 38.5 tokens each, over-trained against the law', () => {
    const r = preset('llama3-405b');
    closeTo(Number(r['params']), 405e9, 1e-3);
    closeTo(Number(r['tokens']), 15.6e12, 1e-3);
    expect(Number(r['optimalParams'])).toBeGreaterThan(405e9);
    expect(r.real?.name).toBe('Llama 3 405B');
  });
  it('DeepSeek-V3: 37B active, every expert held in memory', () => {
    const r = preset('deepseek-v3');
    closeTo(Number(r['params']), 37e9, 1e-3);
    expect(Number(r['totalParams'])).toBeGreaterThan(600e9);
    expect(r['fits']).toBe(1);
  });
  it('Chinchilla: the real run sits near Epoch’s frontier', () => {
    const r = preset('chinchilla');
    expect(Math.abs(70e9 / Number(r['params']) - 1)).toBeLessThan(0.05);
  });
});

describe('planner: warnings and bad input', () => {
  const ids = (q: string) => ok(q).warnings.map((w) => w.id);
  it('each warning fires where it should', () => {
    expect(ids('C=1e20&unique=1e9')).toContain('data-wall');
    expect(ids('C=1e20&unique=1e10')).not.toContain('data-wall');
    expect(ids('C=1e21&tokensPerParam=10')).toContain('under-trained');
    expect(ids('C=1e21&fit=tokens20')).not.toContain('under-trained');
    expect(ids('C=1e26&zero=0&recompute=none&gpu=v100')).toContain('no-fit');
    expect(ids('C=1e21&fit=tokens20')).not.toContain('no-fit');
    expect(ids('C=5.76e23')).toContain('beyond-fit');
    expect(ids('C=1e21&fit=tokens20')).not.toContain('beyond-fit');
    expect(ids('C=1e21&mfu=0.6')).toContain('mfu');
    expect(ids('C=1e21&mfu=0.5')).not.toContain('mfu');
  });
  it('each bad input gets its message on its field, never a blank plan', () => {
    expect(errors('C=1e9')['C']).toMatch(/too small|not one step/);
    expect(errors('dollars=0.000001')['dollars']).toMatch(/too small|not one step/);
    expect(errors('days=1e-9')['days']).toMatch(/billion GPUs/);
    expect(errors('arch=moe&experts=4&topK=8')['topK']).toMatch(/at most the 4 experts/);
    expect(errors('mfu=1.5')['mfu']).toBeDefined();
    expect(errors('C=1e22&N=1e9')['N']).toMatch(/one budget/);
    expect(errors('C=1e22&served=1e12&fit=tokens20')['served']).toMatch(/fit that predicts loss/);
    expect(errors('C=1e22&served=1e12&tokensPerParam=40')['tokensPerParam']).toMatch(/not both/);
  });
  it('unique tokens that cover the run: a note, not an error', () => {
    const r = ok('C=1e20&unique=1e12');
    expect(r.notes['unique']).toMatch(/No repeats/);
    expect(r['epochs']).toBeLessThan(1);
    expect(r['effectiveTokens']).toBe(r['tokens']);
  });
  it('no hostile value in any field throws, leaves a NaN, or lands on an unknown field', () => {
    const names = planner.params.map((p) => p.name);
    for (const spec of planner.params)
      for (const value of HOSTILE_INPUTS) {
        const raw = { ...readParams(planner.params, new URLSearchParams()), [spec.name]: value };
        const o = runCalculator(planner, raw);
        if (o.ok) {
          for (const [k, v] of Object.entries(o.results))
            if (typeof v === 'number')
              expect(Number.isFinite(v), `${spec.name}=${value}: ${k}`).toBe(true);
        } else for (const f of Object.keys(o.errors)) expect([...names, '_']).toContain(f);
      }
  });
});

describe('planner: exports', () => {
  it('JSON holds the inputs, the numbers and the warnings; CSV one row per number', () => {
    const { raw } = plan('C=1e20&unique=1e9');
    const r = ok('C=1e20&unique=1e9');
    const json = JSON.parse(planToJson(raw, r));
    expect(json.inputs.C).toBe('1e20');
    expect(json.results.params).toBe(r['params']);
    expect(json.warnings.map((w: { id: string }) => w.id)).toContain('data-wall');
    const csv = planToCsv(r).trim().split('\n');
    expect(csv[0]).toBe('name,value,unit,label');
    expect(csv.find((l) => l.startsWith('gpuHours,'))?.split(',')[1]).toBe(String(r['gpuHours']));
    expect(csv.some((l) => l.startsWith('warning,data-wall'))).toBe(true);
  });
});
