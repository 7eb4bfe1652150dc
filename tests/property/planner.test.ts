import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../src/lib/calculator';
import { type PlannerResults, planner } from '../../src/lib/calculators/planner';
import { readParams } from '../../src/lib/paramTable';

const SEED = { seed: 14, numRuns: 60 };
const LOSS_FITS = ['hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const;
const fit = fc.constantFrom('tokens20', ...LOSS_FITS);
const budget = fc.double({ min: 1e18, max: 1e26, noNaN: true });

function run(values: Record<string, string>): PlannerResults {
  const raw = { ...readParams(planner.params, new URLSearchParams()), ...values };
  const o = runCalculator(planner, raw);
  if (!o.ok) throw new Error(`${JSON.stringify(values)}: ${JSON.stringify(o.errors)}`);
  return o.results;
}

describe('planner properties', () => {
  it('more budget never gives a smaller model (any law, with or without a demand or a ratio)', () => {
    fc.assert(
      fc.property(
        fit,
        budget,
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        fc.constantFrom('', '1e12', '1e14'),
        fc.constantFrom('', '40'),
        (law, C, factor, served, ratio) => {
          const extra = {
            served: law === 'tokens20' || ratio ? '' : served,
            tokensPerParam: ratio,
          };
          const small = run({ C: String(C), fit: law, ...extra });
          const large = run({ C: String(C * factor), fit: law, ...extra });
          expect(Number(large['params'])).toBeGreaterThanOrEqual(Number(small['params']));
        },
      ),
      SEED,
    );
  });
  it('a larger demand never gives a larger model', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOSS_FITS),
        budget,
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        (law, C, served, factor) => {
          const less = run({ C: String(C), fit: law, served: String(served) });
          const more = run({ C: String(C), fit: law, served: String(served * factor + 1) });
          expect(Number(more['params'])).toBeLessThanOrEqual(Number(less['params']));
        },
      ),
      SEED,
    );
  });
  it('the cluster finishes within the days, fits memory or says it does not, and costs GPU-hours × price', () => {
    fc.assert(
      fc.property(
        fit,
        budget,
        fc.double({ min: 1, max: 365, noNaN: true }),
        fc.constantFrom('v100', 'a100', 'h100', 'h200'),
        fc.constantFrom('0', '1', '2', '3'),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (law, C, days, gpu, zero, price) => {
          const r = run({
            C: String(C),
            fit: law,
            days: String(days),
            gpu,
            zero,
            price: String(price),
          });
          expect(Number(r['days'])).toBeLessThanOrEqual(days * (1 + 1e-12));
          expect(Number(r['gpus'])).toBeGreaterThanOrEqual(Number(r['gpusForTime']));
          expect(Number(r['tp']) * Number(r['pp']) * Number(r['dp'])).toBe(r['gpus']);
          if (r['fits'] === 1)
            expect(Number(r['memoryPerGpu'])).toBeLessThanOrEqual(Number(r['gpuMemory']));
          else expect(r.warnings.map((w) => w.id)).toContain('no-fit');
          const cost = Number(r['gpuHours']) * price;
          expect(Math.abs(Number(r['cost']) - cost)).toBeLessThanOrEqual(1e-9 * cost);
        },
      ),
      SEED,
    );
  });
});
