import { type DecoderConfig, countParameters } from './countParameters';

/** A published architecture with the numbers its paper prints and where they are printed. */
export interface TransformerPreset {
  id: string;
  name: string;
  config: DecoderConfig;
  /** The size the paper or model card names (its label, not necessarily an exact count). */
  reportedParams: number;
  source: string;
  /** Choices we had to make that the source does not settle. */
  note?: string;
  /**
   * Published counts for an architecture the counter cannot express exactly (DeepSeek-V3's
   * multi-head latent attention, dense first layers and multi-token-prediction module): these
   * replace the counted total and active parameters. `kvPerTokenPerLayer` is the number of cached
   * elements per token and layer where it is not 2·kvHeads·headDim (a latent cache).
   */
  published?: { total: number; active: number; kvPerTokenPerLayer?: number };
}

/**
 * GPT-3 row of Brown et al. 2020, Table 2.1. Vocabulary 50,257 and n_ctx 2,048 (Sec. 2.1); d_ff = 4·d_model;
 * GPT-2-style blocks (biases, LayerNorm, learned positions, tied output head). The attention width is
 * d_model, as in Kaplan's 12·n_layer·d_model²: the printed n_heads × d_head is not d_model for XL
 * (24 × 128 = 3,072) and 13B (40 × 128 = 5,120 vs 5,140), so d_head is recorded but not used.
 */
function gpt3(
  id: string,
  name: string,
  reportedParams: number,
  nLayer: number,
  dModel: number,
  nHeads: number,
  dHead: number,
): TransformerPreset {
  const mismatch = nHeads * dHead !== dModel;
  return {
    id,
    name,
    reportedParams,
    config: {
      nLayer,
      dModel,
      nHeads,
      dFf: 4 * dModel,
      ffn: 'mlp',
      nVocab: 50_257,
      nCtx: 2_048,
      positionEmbedding: 'learned',
      norm: 'layernorm',
      biases: true,
      tiedEmbeddings: true,
    },
    source:
      'Brown et al. 2020, Table 2.1 (shape), Sec. 2.1 (n_ctx 2,048, d_ff = 4·d_model); vocabulary 50,257 from GPT-2',
    ...(mismatch
      ? {
          note: `Table 2.1 prints ${nHeads} heads × ${dHead} = ${nHeads * dHead}, not d_model = ${dModel}; counted with attention width d_model.`,
        }
      : {}),
  };
}

/**
 * Llama 3 (Llama Team 2024, Table 3): grouped-query attention with 8 key/value heads, head width 128,
 * SwiGLU, RMSNorm, RoPE (no position parameters), untied output head. Vocabulary 128,256, the size of
 * the released models' embedding matrix; the paper's Table 3 rounds it to "128,000". With 128,256
 * the counts reproduce the released totals (8.03B, 70.6B, 405.9B).
 */
function llama3(
  id: string,
  name: string,
  reportedParams: number,
  nLayer: number,
  dModel: number,
  dFf: number,
  nHeads: number,
): TransformerPreset {
  return {
    id,
    name,
    reportedParams,
    config: {
      nLayer,
      dModel,
      nHeads,
      nKvHeads: 8,
      headDim: 128,
      dFf,
      ffn: 'swiglu',
      nVocab: 128_256,
      nCtx: 8_192,
      positionEmbedding: 'none',
      norm: 'rmsnorm',
      biases: false,
      tiedEmbeddings: false,
    },
    source:
      'Llama Team 2024, The Llama 3 Herd of Models (arXiv 2407.21783), Table 3; vocabulary 128,256 from the released models',
    note: 'Table 3 says vocabulary "128,000"; the released embedding has 128,256 rows, used here.',
  };
}

/** Architecture presets for the parameter counter, each with its source. */
export const TRANSFORMER_PRESETS: readonly TransformerPreset[] = [
  {
    id: 'gpt2-124m',
    name: 'GPT-2 124M',
    reportedParams: 124e6,
    config: {
      nLayer: 12,
      dModel: 768,
      nHeads: 12,
      dFf: 3_072,
      ffn: 'mlp',
      nVocab: 50_257,
      nCtx: 1_024,
      positionEmbedding: 'learned',
      norm: 'layernorm',
      biases: true,
      tiedEmbeddings: true,
    },
    source:
      'Radford et al. 2019 (GPT-2), smallest model; vocabulary 50,257 (Sec. 2.3), context 1,024; released weights',
  },
  gpt3('gpt3-small', 'GPT-3 Small', 125e6, 12, 768, 12, 64),
  gpt3('gpt3-medium', 'GPT-3 Medium', 350e6, 24, 1_024, 16, 64),
  gpt3('gpt3-large', 'GPT-3 Large', 760e6, 24, 1_536, 16, 96),
  gpt3('gpt3-xl', 'GPT-3 XL', 1.3e9, 24, 2_048, 24, 128),
  gpt3('gpt3-2.7b', 'GPT-3 2.7B', 2.7e9, 32, 2_560, 32, 80),
  gpt3('gpt3-6.7b', 'GPT-3 6.7B', 6.7e9, 32, 4_096, 32, 128),
  gpt3('gpt3-13b', 'GPT-3 13B', 13e9, 40, 5_140, 40, 128),
  gpt3('gpt3-175b', 'GPT-3 175B', 175e9, 96, 12_288, 96, 128),
  {
    id: 'chinchilla-70b',
    name: 'Chinchilla 70B',
    reportedParams: 70e9,
    config: {
      nLayer: 80,
      dModel: 8_192,
      nHeads: 64,
      headDim: 128,
      dFf: 4 * 8_192,
      ffn: 'mlp',
      nVocab: 32_000,
      nCtx: 2_048,
      positionEmbedding: 'relative',
      norm: 'rmsnorm',
      biases: true,
      tiedEmbeddings: true,
    },
    source:
      'Hoffmann et al. 2022, Table 4 (80 layers, d_model 8,192, 64 heads, kv size 128, ffw 4·d_model); SentencePiece vocabulary 32,000 and RMSNorm, relative positions as in Gopher (Rae et al. 2021)',
    note: 'Counted the way that reproduces the paper’s own Table A9: one 32,000×d_model vocabulary matrix, biases on the linear layers, and one d_model×d_attn relative-position projection per layer. That convention gives all 50 rows of Table A9 to within 0.6M (16,183.5M for 16,183M, 12,295.4M for 12,295M) and 70.06B here; the paper does not state biases or tying. An untied output head would add 0.26B (70.32B); without the relative projections the count is about 65B.',
  },
  llama3('llama3-8b', 'Llama 3 8B', 8e9, 32, 4_096, 14_336, 32),
  llama3('llama3-70b', 'Llama 3 70B', 70e9, 80, 8_192, 28_672, 64),
  llama3('llama3-405b', 'Llama 3 405B', 405e9, 126, 16_384, 53_248, 128),
  {
    id: 'gemma-7b',
    name: 'Gemma 7B',
    reportedParams: 8.54e9,
    config: {
      nLayer: 28,
      dModel: 3_072,
      nHeads: 16,
      headDim: 256,
      dFf: 24_576,
      ffn: 'swiglu',
      nVocab: 256_128,
      nCtx: 8_192,
      positionEmbedding: 'none',
      norm: 'rmsnorm',
      biases: false,
      tiedEmbeddings: true,
    },
    source:
      'Gemma Team 2024, Gemma: Open Models Based on Gemini Research and Technology (arXiv 2403.08295), Table 1 (d_model 3,072, 28 layers, 16 heads × 256, feed-forward 49,152 = two GeGLU halves of 24,576, vocabulary 256,128) and Table 2 (786,825,216 embedding and 7,751,248,896 non-embedding parameters: 8.54B)',
    note: 'Attention is wider than the model: 16 heads × 256 = 4,096 against d_model 3,072. GeGLU has SwiGLU’s three matrices; Table 1 prints their combined hidden width 49,152, and the released config says 24,576 per matrix. The output head is tied to the embedding. With these the count equals Table 2 to the parameter.',
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B (MoE)',
    reportedParams: 46.7e9,
    config: {
      nLayer: 32,
      dModel: 4_096,
      nHeads: 32,
      nKvHeads: 8,
      headDim: 128,
      dFf: 14_336,
      ffn: 'swiglu',
      nVocab: 32_000,
      nCtx: 32_768,
      positionEmbedding: 'none',
      norm: 'rmsnorm',
      biases: false,
      tiedEmbeddings: false,
      moe: { experts: 8, topK: 2 },
    },
    source:
      'Jiang et al. 2024, Mixtral of Experts (arXiv 2401.04088), Table 1 (dim 4,096, 32 layers, head_dim 128, hidden_dim 14,336, 32 heads, 8 kv heads, context 32,768, vocabulary 32,000, 8 experts, top 2) and Sec. 1 (46.7B parameters, 12.9B active per token)',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3 (MoE)',
    reportedParams: 671e9,
    config: {
      nLayer: 61,
      dModel: 7_168,
      nHeads: 128,
      headDim: 128,
      dFf: 2_048,
      ffn: 'swiglu',
      nVocab: 129_280,
      nCtx: 4_096,
      positionEmbedding: 'none',
      norm: 'rmsnorm',
      biases: false,
      tiedEmbeddings: false,
      moe: { experts: 256, topK: 8, sharedExperts: 1 },
    },
    published: { total: 671e9, active: 37e9, kvPerTokenPerLayer: 576 },
    source:
      'DeepSeek-AI 2024, DeepSeek-V3 Technical Report (arXiv 2412.19437), Sec. 4.2 (61 layers, hidden 7,168, 128 heads of 128, 256 routed experts of width 2,048 plus 1 shared, 8 per token, KV compression 512 + 64 RoPE dimensions, 4K pre-training context) and Sec. 1 (671B parameters, 37B activated)',
    note: 'Multi-head latent attention, the three dense first layers and the multi-token-prediction module are beyond this counter: the preset carries the published totals, 671B and 37B active, and a cache of 512 + 64 = 576 latent elements per token and layer. The shape serves the memory estimates only.',
  },
];

/**
 * A preset's total and active parameters: the published figures where the counter cannot
 * express the architecture (`published`), else countParameters on its config.
 * @example countPresetParameters(findTransformerPreset('deepseek-v3')!).active // 37e9
 */
export function countPresetParameters(preset: TransformerPreset): {
  total: number;
  active: number;
  counted: boolean;
} {
  if (preset.published)
    return { total: preset.published.total, active: preset.published.active, counted: false };
  const { total, active } = countParameters(preset.config);
  return { total, active, counted: true };
}

/**
 * Looks an architecture preset up by id; undefined when unknown.
 * @example findTransformerPreset('gpt2-124m')?.config.nLayer // 12
 */
export function findTransformerPreset(id: string): TransformerPreset | undefined {
  return TRANSFORMER_PRESETS.find((preset) => preset.id === id);
}
