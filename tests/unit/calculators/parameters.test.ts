import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import { parameters } from '../../../src/lib/calculators/parameters';
import { readParams } from '../../../src/lib/paramTable';
import { papers } from '../../tolerance';
import { errorsOf, resultsOf } from './runQuery';

const defaults = readParams(parameters.params, new URLSearchParams());
const run = (query: string) =>
  runCalculator(parameters, readParams(parameters.params, new URLSearchParams(query)));

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
      expect(fromFields.ok && fromFields.results.total).toBe(
        fromPreset.ok && fromPreset.results.total,
      );
    }
  });
  it.each([
    ['heads=7', 'heads', /Heads must divide the width \(768\)/],
    ['heads=12&kvHeads=5', 'kvHeads', /must divide the 12 query heads/],
    ['layers=0', 'layers', /at least 1/],
    ['dModel=abc', 'dModel', /must be a number/],
    ['vocab=1e999', 'vocab', /too large/],
  ])('?%s reports on field %s', (query, field, message) => {
    const out = run(query);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[field]).toMatch(message);
  });
});

describe('parameters calculator: head width and mixtures of experts (issue 13)', () => {
  it('?preset=gemma-7b: attention 16 × 256 on d_model 3,072 counts the published 8.54B', () => {
    const out = resultsOf(parameters, 'preset=gemma-7b');
    expect(out.total).toBe(8_538_074_112);
  });
  it('the custom shape with headDim reproduces Gemma 7B too', () => {
    const out = resultsOf(
      parameters,
      'layers=28&dModel=3072&heads=16&headDim=256&dFf=24576&vocab=256128&ctx=8192&ffn=swiglu&pos=none&norm=rmsnorm&biases=no&tied=yes',
    );
    expect(out.total).toBe(8_538_074_112);
  });
  it('?preset=mixtral-8x7b: 46.7B in all, 12.9B active, and its per-token FLOPs count the active ones', () => {
    const out = resultsOf(parameters, 'preset=mixtral-8x7b');
    expect(out.total).toBe(46_702_792_704);
    expect(out.active).toBe(12_879_925_248);
    expect(out.forwardFlopsPerToken!).toBeLessThan(2 * 14e9 + 2 * 32 * 32768 * 4096 + 1);
  });
  it('?preset=deepseek-v3 shows the published 671B and 37B with a note, and no component breakdown', () => {
    const out = resultsOf(parameters, 'preset=deepseek-v3');
    expect([out.total, out.active]).toEqual([671e9, 37e9]);
    expect(out.note).toMatch(/latent attention/);
    expect(out.attention).toBeUndefined();
  });
  it.each([
    ['experts=8&topK=9', 'topK', /at most the number of experts \(8\)/],
    ['experts=8', 'topK', /needs both/],
    ['heads=12&kvHeads=5', 'kvHeads', /must divide the 12 query heads/],
    ['dModel=3072&heads=7', 'heads', /or give the head width/],
  ])('?%s is refused on %s', (query, field, message) => {
    expect(errorsOf(parameters, query)[field]).toMatch(message);
  });
});
