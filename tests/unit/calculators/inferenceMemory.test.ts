import { describe, expect, it } from 'vitest';
import { runCalculator } from '../../../src/lib/calculator';
import { inferenceMemory } from '../../../src/lib/calculators/inferenceMemory';
import { readParams } from '../../../src/lib/paramTable';

const run = (query: string) =>
  runCalculator(inferenceMemory, readParams(inferenceMemory.params, new URLSearchParams(query)));

describe('inference-memory calculator', () => {
  it('Llama 2 7B (32 layers of 32 heads × 128, fp16) keeps 0.5 MiB per token: 2 GiB at 4,096', () => {
    const preset = inferenceMemory.presets.find((p) => p.id === 'llama2-7b')!;
    const out = run(new URLSearchParams(preset.values).toString());
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.results.kvPerToken).toBe(2 ** 19);
    expect(out.results.kvCache).toBe(2 * 2 ** 30);
  });
  it('GQA: Llama 3 70B caches 8 key/value heads, 2·80·8·128·1 bytes per token in fp8', () => {
    const out = run('preset=llama3-70b&ctx=8192&batch=16&weightBytes=1&kvBytes=1&gpu=h100&gpus=2');
    expect(out.ok && out.results.kvPerToken).toBe(2 * 80 * 8 * 128);
    expect(out.ok && out.results.kvCache).toBe(2 * 80 * 8 * 128 * 8192 * 16);
  });
  it('DeepSeek-V3’s latent cache is 576 elements per token and layer: 2 bytes × 576 × 61', () => {
    const out = run('preset=deepseek-v3&ctx=4096&batch=1&kvBytes=2&gpu=h800&gpus=16');
    expect(out.ok && out.results.kvPerToken).toBe(576 * 61 * 2);
    expect(out.ok && out.results.params).toBe(671e9);
  });
  it('N alone gives the weights only, and says whether they fit', () => {
    const out = run('N=70e9&weightBytes=2&gpu=h100&gpus=1');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.results.weights).toBe(140e9);
    expect(out.results.fits).toBe(0);
    expect(out.results.kvCache).toBeUndefined();
  });
  it('maxBatch and maxContext are the largest that fit', () => {
    const out = run('preset=llama3-8b&ctx=8192&batch=4&gpu=h100&gpus=1');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const at = (q: string) => {
      const o = run(`preset=llama3-8b&gpu=h100&gpus=1&${q}`);
      return o.ok ? o.results.fits : -1;
    };
    expect(at(`ctx=8192&batch=${out.results.maxBatch}`)).toBe(1);
    expect(at(`ctx=8192&batch=${out.results.maxBatch! + 1}`)).toBe(0);
    expect(at(`batch=4&ctx=${out.results.maxContext}`)).toBe(1);
    expect(at(`batch=4&ctx=${out.results.maxContext! + 1}`)).toBe(0);
  });
});
