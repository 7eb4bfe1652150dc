import { need, num } from '../calculator';
import { type DecoderConfig, countParameters } from '../countParameters';
import { InputError } from '../errors';
import { type ParamTable, type ParamValue, quantityParam } from '../paramTable';
import {
  TRANSFORMER_PRESETS,
  countPresetParameters,
  findTransformerPreset,
} from '../transformerPresets';

const CUSTOM = { param: 'preset', equals: 'custom' } as const;
const SIZE = { param: 'preset', equals: 'size' } as const;
/** Shape fields: whole numbers, shown (and counted) for a custom shape. */
const SHAPE = { integer: true, max: 1e7, style: 'plain', optional: true, showIf: CUSTOM } as const;

/**
 * URL parameters that describe a model for the memory calculators and the planner: a `preset`,
 * or the shape (layers, dModel, heads, kvHeads, headDim, dFf, vocab, experts, topK), or `N` alone.
 * Defaults describe Llama 3 8B (Llama Team 2024, Table 3).
 */
export const modelShapeParams: ParamTable = [
  {
    kind: 'choice',
    name: 'preset',
    label: 'Model',
    default: 'custom',
    options: [
      { value: 'custom', label: 'Custom shape (the fields below)' },
      { value: 'size', label: 'Size only (N): model states, no activations' },
      ...TRANSFORMER_PRESETS.map((p) => ({ value: p.id, label: p.name })),
    ],
  },
  quantityParam('N', 'Parameters (N)', 'parameters', '7.5e9', {
    showIf: SIZE,
    style: 'si',
    max: 1e15,
    help: 'Without a shape there are no activations or KV cache to count.',
  }),
  quantityParam('layers', 'Layers', 'n_layer', '32', SHAPE),
  quantityParam('dModel', 'Width', 'd_model', '4096', SHAPE),
  quantityParam('heads', 'Heads', 'query heads', '32', SHAPE),
  quantityParam('kvHeads', 'Key/value heads', 'GQA; empty = heads', '8', SHAPE),
  quantityParam('headDim', 'Head width', 'empty = d_model / heads', '128', SHAPE),
  quantityParam('dFf', 'Feed-forward width', 'd_ff (per expert)', '14336', SHAPE),
  quantityParam('vocab', 'Vocabulary', 'tokens', '128256', SHAPE),
  quantityParam('experts', 'Experts', 'routed; empty = dense', undefined, SHAPE),
  quantityParam('topK', 'Experts per token', 'top-k', undefined, SHAPE),
];

/** The model a link describes: its counts and, unless only N was given, its shape. */
export interface DescribedModel {
  /** All parameters (every expert): what memory holds. */
  total: number;
  /** Parameters one token uses: what compute counts (6·N_active·D). */
  active: number;
  config?: DecoderConfig;
  /** Cached elements per token and layer when not 2·kvHeads·headDim (a latent cache). */
  kvPerTokenPerLayer?: number;
}

/**
 * Reads the model from parsed values: a preset (published counts where the counter cannot express
 * it), N alone (`preset=size`), or the custom shape counted Llama-style (SwiGLU, RMSNorm, RoPE, no
 * biases, untied head). Throws an InputError on the field at fault (kvHeads not dividing heads, topK > experts).
 * @example describeModel({ preset: 'mixtral-8x7b' }).active // 12,879,925,248
 */
export function describeModel(values: Readonly<Record<string, ParamValue>>): DescribedModel {
  const preset = findTransformerPreset(String(values['preset'] ?? 'custom'));
  if (preset) {
    const { total, active } = countPresetParameters(preset);
    return {
      total,
      active,
      config: preset.config,
      ...(preset.published?.kvPerTokenPerLayer
        ? { kvPerTokenPerLayer: preset.published.kvPerTokenPerLayer }
        : {}),
    };
  }
  if (values['preset'] === 'size') {
    const N = need(values, 'N');
    return { total: N, active: N };
  }
  const heads = need(values, 'heads');
  const kvHeads = num(values, 'kvHeads') ?? heads;
  if (heads % kvHeads !== 0)
    throw new InputError(
      `Key/value heads must divide the ${heads} query heads, got ${kvHeads}`,
      'kvHeads',
    );
  const experts = num(values, 'experts');
  const topK = num(values, 'topK');
  if ((experts === undefined) !== (topK === undefined))
    throw new InputError(
      'A mixture of experts needs both experts and topK',
      experts === undefined ? 'experts' : 'topK',
    );
  if (experts !== undefined && topK !== undefined && topK > experts)
    throw new InputError(
      `Experts per token must be at most the ${experts} experts, got ${topK}`,
      'topK',
    );
  const headDim = num(values, 'headDim');
  const config: DecoderConfig = {
    nLayer: need(values, 'layers'),
    dModel: need(values, 'dModel'),
    nHeads: heads,
    nKvHeads: kvHeads,
    ...(headDim === undefined ? {} : { headDim }),
    dFf: need(values, 'dFf'),
    ffn: 'swiglu',
    nVocab: need(values, 'vocab'),
    nCtx: 1,
    positionEmbedding: 'none',
    norm: 'rmsnorm',
    biases: false,
    tiedEmbeddings: false,
    ...(experts !== undefined && topK !== undefined ? { moe: { experts, topK } } : {}),
  };
  const FIELDS: Record<string, string> = {
    nLayer: 'layers',
    dModel: 'dModel',
    nHeads: 'heads',
    nKvHeads: 'kvHeads',
    headDim: 'headDim',
    dFf: 'dFf',
    nVocab: 'vocab',
    experts: 'experts',
    topK: 'topK',
  };
  try {
    const { total, active } = countParameters(config);
    return { total, active, config };
  } catch (error) {
    if (error instanceof InputError && error.field !== undefined && FIELDS[error.field])
      throw new InputError(error.message, FIELDS[error.field]);
    throw error;
  }
}

/** Width of one head of a config: headDim, or d_model / heads. */
export const headDimOf = (config: DecoderConfig) => config.headDim ?? config.dModel / config.nHeads;
