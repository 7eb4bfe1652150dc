import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import {
  FRONTIER_MODELS,
  allocate,
  chinchillaOptimal,
  frontierCurves,
} from '../../../src/lib/calculators/chinchillaOptimal';
import { closeTo, papers } from '../../tolerance';

const row = papers.example_checks.chinchilla_table3_first_row;
// "Rounded vs TeX-unrounded Chinchilla parameters change N_opt at the Gopher budget from 32.2B to 40.4B."
const gopher = papers.discrepancies.find((d: string) =>
  d.startsWith('Rounded vs TeX-unrounded'),
) as string;
const [printed, unrounded] = [...gopher.matchAll(/([\d.]+)B/g)].map((m) => Number(m[1]) * 1e9);
const GOPHER_C = papers.hoffmann2022_chinchilla.models.shared_training_flops.value;

describe('allocate(fit, given)', () => {
  it('tokens20 reproduces Table 3’s first row: 400M parameters, 8.0B tokens at 1.92e19 FLOPs', () => {
    const out = allocate('tokens20', { C: row.flops });
    expect(Number(out.params.toPrecision(2))).toBe(row.params);
    expect(Number(out.tokens.toPrecision(2))).toBe(row.tokens);
  });
  it('at Gopher’s budget the printed and unrounded fits give 32.2B and 40.4B (the errata’s figures)', () => {
    expect(Number((allocate('hoffmann2022', { C: GOPHER_C }).params / 1e9).toFixed(1)) * 1e9).toBe(
      printed,
    );
    expect(
      Number((allocate('hoffmann2022-unrounded', { C: GOPHER_C }).params / 1e9).toFixed(1)) * 1e9,
    ).toBe(unrounded);
  });
  it.each(['tokens20', 'hoffmann2022', 'hoffmann2022-unrounded', 'besiroglu2024'] as const)(
    '%s: from N gives the budget that makes N optimal, and 6ND = C',
    (fit) => {
      const fromN = allocate(fit, { N: 70e9 });
      closeTo(fromN.params, 70e9, 1e-9);
      closeTo(6 * fromN.params * fromN.tokens, fromN.flops, 1e-9);
      closeTo(allocate(fit, { C: fromN.flops }).params, 70e9, 1e-9);
    },
  );
  it('wants exactly one of C and N', () => {
    expect(() => allocate('tokens20', {})).toThrow(/Give a compute budget/);
    expect(() => allocate('tokens20', { C: 1e20, N: 1e9 })).toThrow(/not both/);
  });
});

describe('chinchillaOptimal calculator', () => {
  it('reports no loss for the 20-tokens rule and a loss for the fits', () => {
    const rule = runCalculator(chinchillaOptimal, { C: '1e22', N: '', fit: 'tokens20' });
    const fit = runCalculator(chinchillaOptimal, { C: '1e22', N: '', fit: 'besiroglu2024' });
    expect(rule.ok && rule.results.loss).toBe(undefined);
    expect(fit.ok && fit.results.loss).toBeGreaterThan(1.8);
  });
  it('frontierCurves gives one increasing curve per allocation and the models sit at C = 6ND', () => {
    const curves = frontierCurves(1e18, 1e26, 10);
    expect(curves).toHaveLength(4);
    for (const c of curves)
      expect(c.points.every((p, i) => i === 0 || p.y > c.points[i - 1]!.y)).toBe(true);
    const chinchilla = FRONTIER_MODELS.find((m) => m.label.startsWith('Chinchilla'))!;
    closeTo(chinchilla.x, 6 * 70e9 * 1.4e12);
  });
});
