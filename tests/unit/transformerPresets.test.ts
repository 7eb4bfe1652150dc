import { describe, expect, it } from 'vitest';
import { countParameters, estimateParams12LD2 } from '../../src/lib/countParameters';
import {
  countPresetParameters,
  findTransformerPreset,
  TRANSFORMER_PRESETS,
} from '../../src/lib/transformerPresets';
import { closeTo, papers } from '../tolerance';

const table21 = papers.brown2020_gpt3.table_2_1.rows;
const llamaTable3 = papers.other_anchors.llama3.table_3;
const chinchilla = papers.hoffmann2022_chinchilla.models.chinchilla;

describe('TRANSFORMER_PRESETS', () => {
  it('has unique ids, each with a source', () => {
    expect(new Set(TRANSFORMER_PRESETS.map((p) => p.id)).size).toBe(TRANSFORMER_PRESETS.length);
    for (const p of TRANSFORMER_PRESETS) expect(p.source.length).toBeGreaterThan(10);
  });
  it.each(table21)(
    'GPT-3 preset %s matches Table 2.1 (layers, d_model, heads; vocab 50,257, ctx 2,048)',
    (name, nParams, nLayers, dModel, nHeads) => {
      const preset = TRANSFORMER_PRESETS.find((p) => p.name === name)!;
      expect(preset.reportedParams).toBe(nParams);
      expect(preset.config).toMatchObject({
        nLayer: nLayers,
        dModel,
        nHeads,
        dFf: 4 * dModel,
        nVocab: papers.brown2020_gpt3.vocabulary.value,
        nCtx: papers.brown2020_gpt3.context.value,
      });
    },
  );
  it.each(table21)('GPT-3 %s counts within 10% of its label', (name, nParams) => {
    const preset = TRANSFORMER_PRESETS.find((p) => p.name === name)!;
    expect(Math.abs(countParameters(preset.config).total / nParams - 1)).toBeLessThan(0.1);
  });
  it('notes the heads × d_head ≠ d_model rows (XL and 13B) and only those', () => {
    const noted = TRANSFORMER_PRESETS.filter((p) => p.id.startsWith('gpt3') && p.note).map(
      (p) => p.name,
    );
    expect(noted).toEqual(['GPT-3 XL', 'GPT-3 13B']);
  });
  it('GPT-3 175B non-embedding is 12·L·d² plus biases and norms', () => {
    const b = countParameters(findTransformerPreset('gpt3-175b')!.config);
    const check = papers.example_checks.gpt3_175B_non_embedding_12Ld2;
    expect(b.attention + b.feedForward).toBe(check.params);
    expect(b.attention + b.feedForward).toBe(estimateParams12LD2(96, 12288));
  });
  it('GPT-2 124M totals 124,439,808', () => {
    expect(countParameters(findTransformerPreset('gpt2-124m')!.config).total).toBe(124_439_808);
  });
  // Released model totals (Meta model cards / Hugging Face configs): 8.03B, 70.6B, 405.9B.
  it.each([
    ['llama3-8b', '8B', 8_030_261_248, 8.03e9, 3],
    ['llama3-70b', '70B', 70_553_706_496, 70.6e9, 3],
    ['llama3-405b', '405B', 405_853_388_800, 405.9e9, 4],
  ])(
    '%s matches Llama 3 Table 3 %s and counts %d, i.e. %d as released',
    (id, row, total, rounded, digits) => {
      const preset = findTransformerPreset(id)!;
      const t = llamaTable3[row]!;
      expect(preset.config).toMatchObject({
        nLayer: t.layers,
        dModel: t.d_model,
        dFf: t.ffn,
        nHeads: t.heads,
        nKvHeads: t.kv_heads,
      });
      expect(countParameters(preset.config).total).toBe(total);
      expect(Number(total.toPrecision(digits))).toBe(rounded);
    },
  );
  it('Chinchilla 70B matches Table 4 and counts about 70B', () => {
    const preset = findTransformerPreset('chinchilla-70b')!;
    expect(preset.config).toMatchObject({
      nLayer: chinchilla.layers,
      dModel: chinchilla.d_model,
      nHeads: chinchilla.heads,
      headDim: chinchilla.kv_size,
      dFf: 4 * chinchilla.d_model,
    });
    expect(Math.abs(countParameters(preset.config).total / chinchilla.params - 1)).toBeLessThan(
      0.01,
    );
  });
  it('findTransformerPreset returns undefined for an unknown id', () => {
    expect(findTransformerPreset('gpt5')).toBeUndefined();
  });
});

// Hoffmann et al. 2022, Table A9 (all models trained): params, d_model, ffw_size, kv_size, n_heads,
// n_layers, as transcribed in karpathy/nanoGPT scaling_laws.ipynb. Vocabulary 32,000 (Sec. 4.1).
const tableA9: [number, number, number, number, number, number][] = [
  [44e6, 512, 2048, 64, 8, 8],
  [57e6, 576, 2304, 64, 9, 9],
  [74e6, 640, 2560, 64, 10, 10],
  [90e6, 640, 2560, 64, 10, 13],
  [106e6, 640, 2560, 64, 10, 16],
  [117e6, 768, 3072, 64, 12, 12],
  [140e6, 768, 3072, 64, 12, 15],
  [163e6, 768, 3072, 64, 12, 18],
  [175e6, 896, 3584, 64, 14, 14],
  [196e6, 896, 3584, 64, 14, 16],
  [217e6, 896, 3584, 64, 14, 18],
  [251e6, 1024, 4096, 64, 16, 16],
  [278e6, 1024, 4096, 64, 16, 18],
  [306e6, 1024, 4096, 64, 16, 20],
  [425e6, 1280, 5120, 128, 10, 18],
  [489e6, 1280, 5120, 128, 10, 21],
  [509e6, 1408, 5632, 128, 11, 18],
  [552e6, 1280, 5120, 128, 10, 24],
  [587e6, 1408, 5632, 128, 11, 21],
  [632e6, 1536, 6144, 128, 12, 19],
  [664e6, 1408, 5632, 128, 11, 24],
  [724e6, 1536, 6144, 128, 12, 22],
  [816e6, 1536, 6144, 128, 12, 25],
  [893e6, 1792, 7168, 128, 14, 20],
  [1018e6, 1792, 7168, 128, 14, 23],
  [1143e6, 1792, 7168, 128, 14, 26],
  [1266e6, 2048, 8192, 128, 16, 22],
  [1424e6, 2176, 8704, 128, 17, 22],
  [1429e6, 2048, 8192, 128, 16, 25],
  [1593e6, 2048, 8192, 128, 16, 28],
  [1609e6, 2176, 8704, 128, 17, 25],
  [1731e6, 2304, 9216, 128, 18, 24],
  [1794e6, 2176, 8704, 128, 17, 28],
  [2007e6, 2304, 9216, 128, 18, 28],
  [2283e6, 2304, 9216, 128, 18, 32],
  [2298e6, 2560, 10240, 128, 20, 26],
  [2639e6, 2560, 10240, 128, 20, 30],
  [2980e6, 2560, 10240, 128, 20, 34],
  [3530e6, 2688, 10752, 128, 22, 36],
  [3802e6, 2816, 11264, 128, 22, 36],
  [4084e6, 2944, 11776, 128, 22, 36],
  [4516e6, 3072, 12288, 128, 24, 36],
  [6796e6, 3584, 14336, 128, 28, 40],
  [9293e6, 4096, 16384, 128, 32, 42],
  [11452e6, 4352, 17408, 128, 32, 47],
  [12295e6, 4608, 18432, 128, 36, 44],
  [12569e6, 4608, 18432, 128, 32, 47],
  [13735e6, 4864, 19456, 128, 32, 47],
  [14940e6, 4992, 19968, 128, 32, 49],
  [16183e6, 5120, 20480, 128, 40, 47],
];

describe('the Chinchilla 70B preset’s counting convention', () => {
  const preset = findTransformerPreset('chinchilla-70b')!;
  const shaped = ([, dModel, dFf, headDim, nHeads, nLayer]: (typeof tableA9)[number]) =>
    countParameters({ ...preset.config, nLayer, dModel, dFf, headDim, nHeads }).total;
  it('reproduces every row of Hoffmann et al. 2022 Table A9 to within 0.6M (16,183.5M for 16,183M; 12,295.4M for 12,295M)', () => {
    for (const row of tableA9)
      expect(Math.abs(shaped(row) - row[0]), `${row[0] / 1e6}M`).toBeLessThan(0.6e6);
    closeTo(shaped(tableA9.at(-1)!) / 1e6, 16_183.5, 3e-5);
    closeTo(shaped(tableA9[45]!) / 1e6, 12_295.4, 4e-5);
  });
  it('counts one vocabulary matrix and a relative-position projection per layer: 70.06B for Table 4’s shape', () => {
    expect(preset.config).toMatchObject({
      tiedEmbeddings: true,
      biases: true,
      positionEmbedding: 'relative',
      norm: 'rmsnorm',
    });
    const counts = countParameters(preset.config);
    expect(counts.total).toBe(70_062_579_712);
    expect(counts.outputHead).toBe(0);
    expect(counts.positionEmbedding).toBe(80 * 8_192 * 8_192);
  });
});

describe('presets of the architectures people train now (issue 13)', () => {
  it('Gemma 7B: attention wider than d_model (16 × 256 on 3,072) counts Table 2’s 7,751,248,896 + 786,825,216 = 8.54B', () => {
    const counts = countParameters(findTransformerPreset('gemma-7b')!.config);
    expect(counts.nonEmbedding).toBe(7_751_248_896);
    expect(counts.embedding).toBe(786_825_216);
    expect(counts.total).toBe(8_538_074_112);
  });
  it('Mixtral 8x7B: 46.7B in all and 12.9B active per token, counting the router (Jiang et al. 2024, Sec. 1)', () => {
    const counts = countParameters(findTransformerPreset('mixtral-8x7b')!.config);
    expect(counts.total).toBe(46_702_792_704);
    expect(counts.active).toBe(12_879_925_248);
    expect(counts.router).toBe(32 * 4096 * 8);
    expect(Number((counts.total / 1e9).toFixed(1))).toBe(46.7);
    expect(Number((counts.active / 1e9).toFixed(1))).toBe(12.9);
  });
  it('DeepSeek-V3 carries its published 671B and 37B active (MLA and MTP are beyond the counter)', () => {
    const preset = findTransformerPreset('deepseek-v3')!;
    expect(countPresetParameters(preset)).toEqual({ total: 671e9, active: 37e9, counted: false });
    expect(preset.note).toMatch(/latent attention/);
  });
  it('a dense preset’s active count is its total', () => {
    const gpt3 = findTransformerPreset('gpt3-175b')!;
    const { total, active } = countPresetParameters(gpt3);
    expect(active).toBe(total);
  });
});
