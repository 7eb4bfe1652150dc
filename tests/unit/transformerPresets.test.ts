import { describe, expect, it } from 'vitest';
import { countParameters, estimateParams12LD2 } from '../../src/lib/countParameters';
import { findTransformerPreset, TRANSFORMER_PRESETS } from '../../src/lib/transformerPresets';
import { papers } from '../tolerance';

const table21 =
  papers.brown2020_gpt3.table_2_1.rows;
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
