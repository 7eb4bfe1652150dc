import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import { parameters } from '../../../src/lib/calculators/parameters';
import { readParams } from '../../../src/lib/paramTable';
import { papers } from '../../tolerance';

const defaults = readParams(parameters.params, new URLSearchParams());
const run = (query: string) => runCalculator(parameters, readParams(parameters.params, new URLSearchParams(query)));

describe('parameters calculator', () => {
  it('defaults to GPT-2 124M: 124,439,808 parameters', () => {
    const out = runCalculator(parameters, defaults);
    expect(out.ok && out.results.total).toBe(124_439_808);
  });
  it('?preset=gpt3-175b: non-embedding 12·L·d² is papers.json’s 173,946,175,488', () => {
    const out = run('preset=gpt3-175b');
    const check = papers.example_checks.gpt3_175B_non_embedding_12Ld2;
    expect(out.ok && out.results.approx12Ld2).toBe(check.params);
  });
  it('every preset button loads editable fields that give the preset’s own count', () => {
    for (const preset of parameters.presets) {
      const fromFields = runCalculator(parameters, { ...defaults, ...preset.values });
      const fromPreset = run(`preset=${preset.id}`);
      expect(fromFields.ok && fromFields.results.total).toBe(fromPreset.ok && fromPreset.results.total);
    }
  });
  it.each([
    ['heads=7', 'heads', /Heads must divide the width \(768\)/],
    ['heads=12&kvHeads=5', 'kvHeads', /must divide nHeads/],
    ['layers=0', 'layers', /at least 1/],
    ['dModel=abc', 'dModel', /must be a number/],
    ['vocab=1e999', 'vocab', /too large/],
  ])('?%s reports on field %s', (query, field, message) => {
    const out = run(query);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[field]).toMatch(message);
  });
});
