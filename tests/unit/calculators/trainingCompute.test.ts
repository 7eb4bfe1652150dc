import { describe, expect, it } from 'vitest';
import { trainingCompute } from '../../../src/lib/calculators/trainingCompute';
import { flopsToPfDays } from '../../../src/lib/computeUnits';
import { trainingFlopsPerToken } from '../../../src/lib/forwardFlops';
import { trainingCost } from '../../../src/lib/trainingCost';
import { closeTo } from '../../tolerance';
import { checkPlain, errorsOf, resultsOf } from './runQuery';

const A100 = 312e12;

describe('trainingCompute.compute(values)', () => {
  it('completes C = 6ND at the defaults (GPT-3: 175B on 300B tokens) and prices it on 1,024 A100s at 40% MFU, $2/h', () => {
    const r = resultsOf(trainingCompute, '');
    const C = 6 * 175e9 * 300e9;
    closeTo(r.flops, C);
    expect(r.params).toBe(175e9);
    expect(r.tokens).toBe(300e9);
    closeTo(r.pfDays, flopsToPfDays(C));
    closeTo(r.tokensPerParam, 300e9 / 175e9);
    const cluster = trainingCost({
      flops: C,
      peakFlops: A100,
      mfu: 0.4,
      gpus: 1024,
      pricePerGpuHour: 2,
    });
    closeTo(r.gpuHours, cluster.gpuHours);
    closeTo(r.days, cluster.days);
    closeTo(r.cost, cluster.cost);
    closeTo(r.flopsPerToken6N, 6 * 175e9);
    closeTo(
      r.flopsPerTokenKaplan!,
      trainingFlopsPerToken({ N: 175e9, nLayer: 96, nCtx: 2048, dAttn: 12288 }),
    );
    closeTo(r.attentionShare!, 1 - (6 * 175e9) / r.flopsPerTokenKaplan!);
    checkPlain(trainingCompute, r);
  });

  it.each([
    ['C=1.8e21&D=1e11', 'params', 3e9],
    ['C=1.8e21&N=3e9', 'tokens', 1e11],
    ['N=3e9&D=1e11', 'flops', 1.8e21],
  ] as const)('?%s solves for %s = %s', (query, name, expected) => {
    closeTo(resultsOf(trainingCompute, query)[name], expected);
  });

  it('without the layers, context and attention width it gives 6N only', () => {
    const r = resultsOf(trainingCompute, 'N=3e9&D=1e11');
    expect(r.flopsPerTokenKaplan).toBeUndefined();
    expect(r.attentionShare).toBeUndefined();
  });

  it.each([
    ['gpu=custom', { peak: 'A custom GPU needs its peak FLOP/s, such as 989e12' }],
    [
      'N=3e9&D=1e11&layers=24',
      {
        ctx: 'Give layers, context and attention width together for Kaplan’s per-token cost, or none of them',
      },
    ],
    ['mfu=1.5', { mfu: 'Utilisation (MFU) must be greater than 0 and at most 1, got 1.5' }],
    ['N=-3', { N: 'Parameters (N) must be greater than 0, got -3' }],
    ['gpus=2.5', { gpus: 'GPUs must be a whole number, got 2.5' }],
  ])('?%s gives %j', (query, errors) => {
    expect(errorsOf(trainingCompute, query)).toEqual(errors);
  });

  it('its presets compute, and attention is 1–2% of GPT-3’s per-token cost', () => {
    for (const preset of trainingCompute.presets) {
      const query = new URLSearchParams(preset.values).toString();
      checkPlain(trainingCompute, resultsOf(trainingCompute, query));
    }
    const gpt3 = resultsOf(
      trainingCompute,
      new URLSearchParams(trainingCompute.presets[0]!.values).toString(),
    );
    expect(gpt3.attentionShare).toBeGreaterThan(0.01);
    expect(gpt3.attentionShare).toBeLessThan(0.02);
  });

  it('the DeepSeek-V3 preset reproduces the report: 6 · 37B active · 14.8T tokens in 2.788M H800 GPU-hours, $5.576M, at MFU ≈ 0.33', () => {
    const preset = trainingCompute.presets.find((p) => p.id === 'deepseek-v3')!;
    expect(preset.values['gpu']).toBe('h800');
    expect(Number(preset.values['mfu']).toFixed(2)).toBe('0.33');
    const out = resultsOf(trainingCompute, new URLSearchParams(preset.values).toString());
    closeTo(out.flops, 6 * 37e9 * 14.8e12);
    closeTo(out.gpuHours, 2.788e6, 1e-5);
    closeTo(out.cost, 5.576e6, 1e-5);
  });

  it('with GPUs empty and target days given, solves for the fewest GPUs that finish in time (gpusForDays)', () => {
    const out = resultsOf(trainingCompute, 'N=175e9&D=300e9&days=30');
    expect(out.gpus).toBe(Math.ceil(out.gpuHours / (24 * 30)));
    expect(out.days).toBeLessThanOrEqual(30);
    expect(resultsOf(trainingCompute, `N=175e9&D=300e9&gpus=${out.gpus - 1}`).days).toBeGreaterThan(
      30,
    );
  });

  it('refuses GPUs and target days together, and neither', () => {
    expect(errorsOf(trainingCompute, 'N=175e9&D=300e9&gpus=64&days=30')).toEqual({
      days: 'Give GPUs or target days, not both: leave GPUs empty to solve for the cluster that finishes in time',
    });
    expect(errorsOf(trainingCompute, 'N=175e9&D=300e9&gpus=')).toEqual({
      gpus: 'Give the number of GPUs, or target days to solve for it',
    });
  });
});
