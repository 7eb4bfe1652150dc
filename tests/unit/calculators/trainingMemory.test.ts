import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import { trainingMemory } from '../../../src/lib/calculators/trainingMemory';
import { readParams } from '../../../src/lib/paramTable';
import { closeTo } from '../../tolerance';

const run = (query: string) =>
  runCalculator(trainingMemory, readParams(trainingMemory.params, new URLSearchParams(query)));

describe('training-memory calculator', () => {
  it.each([
    ['0', 120],
    ['1', 31.4],
    ['2', 16.6],
    ['3', 1.9],
  ])(
    '?N=7.5e9&dp=64&zero=%s gives ZeRO Fig. 1’s %s GB of model states per GPU, and no activations',
    (zero, gb) => {
      const out = run(`N=7.5e9&dp=64&zero=${zero}&gpu=v100`);
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      expect(Number((out.results.modelStatesPerGpu / 1e9).toFixed(1))).toBe(gb);
      expect(out.results.activationsPerGpu).toBe(0);
      expect(out.results.gpus).toBe(64);
    },
  );
  it('N alone selects the size-only model (the link need not say preset=size)', () => {
    expect(readParams(trainingMemory.params, new URLSearchParams('N=7.5e9'))['preset']).toBe(
      'size',
    );
  });
  it('on 32 GB V100s the model states of 7.5B on 64 GPUs need ZeRO stage 1 (31.4 GB); stage 0 suggests it', () => {
    const zero = run('N=7.5e9&dp=64&zero=0&gpu=v100');
    const one = run('N=7.5e9&dp=64&zero=1&gpu=v100');
    expect(zero.ok && zero.results.fits).toBe(0);
    expect(zero.ok && zero.results.remedies).toContain('ZeRO stage 1');
    expect(one.ok && one.results.fits).toBe(1);
    expect(one.ok && one.results.minGpus).toBe(4);
  });
  it('a preset adds the activations of its shape (Llama 3 70B, tp 8, sp, selective: 34·sbh/t per layer)', () => {
    const out = run(
      'preset=llama3-70b&seq=8192&micro=1&dp=16&tp=8&pp=4&zero=1&sp=yes&recompute=selective&gpu=h100',
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    closeTo(out.results.activationsPerGpu, 80 * ((34 * 8192 * 8192) / 8));
    expect(out.results.gpus).toBe(512);
    expect(out.results.totalPerGpu).toBe(
      out.results.modelStatesPerGpu + out.results.activationsPerGpu,
    );
    expect(out.results.headroom).toBe(80 * 2 ** 30 - out.results.totalPerGpu);
  });
  it('Mixtral holds all 46.7B parameters in memory, though a token uses 12.9B', () => {
    const out = run('preset=mixtral-8x7b&dp=8&tp=1&pp=1&zero=3');
    expect(out.ok && out.results.params).toBe(46_702_792_704);
    expect(out.ok && out.results.active).toBe(12_879_925_248);
  });
  it.each([
    ['preset=llama3-70b&tp=3', 'tp', /must divide the 64 heads/],
    ['preset=llama3-70b&tp=16', 'tp', /must divide the 8 key\/value heads/],
    ['preset=llama3-70b&pp=3', 'pp', /must divide the 80 layers/],
    ['layers=32&heads=32&kvHeads=5', 'kvHeads', /must divide the 32 query heads/],
    ['layers=32&experts=8&topK=9', 'topK', /at most the 8 experts/],
    ['dp=0', 'dp', /at least 1/],
    ['gpu=custom&memory=0', 'memory', /greater than 0/],
  ])('?%s is refused on %s', (query, field, message) => {
    const out = run(query);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[field]).toMatch(message);
  });
});
