import { need, num } from '../calculator';
import type { DecoderConfig } from '../countParameters';
import { InputError } from '../errors';
import type { ParamTable, ParamValue } from '../paramTable';
import { TRANSFORMER_PRESETS, findTransformerPreset } from '../transformerPresets';

// The parameter counter's URL parameters and how they become a DecoderConfig; the calculator
// itself (results, presets, compute) is in parameters.ts.

const CUSTOM = { param: 'preset', equals: 'custom' } as const;
const COUNT = { min: 1, integer: true, max: 1e7, style: 'plain', showIf: CUSTOM } as const;
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** URL parameters of /calculators/parameters/: a preset, or every dimension of a custom decoder. */
export const parametersParams: ParamTable = [
  {
    kind: 'choice',
    name: 'preset',
    label: 'Model',
    default: 'custom',
    options: [
      { value: 'custom', label: 'Custom (the fields below)' },
      ...TRANSFORMER_PRESETS.map((p) => ({ value: p.id, label: p.name })),
    ],
  },
  { kind: 'quantity', name: 'layers', label: 'Layers', unit: 'n_layer', default: '12', ...COUNT },
  { kind: 'quantity', name: 'dModel', label: 'Width', unit: 'd_model', default: '768', ...COUNT },
  { kind: 'quantity', name: 'heads', label: 'Heads', unit: 'query heads', default: '12', ...COUNT },
  {
    kind: 'quantity',
    name: 'kvHeads',
    label: 'Key/value heads',
    unit: 'GQA; empty = heads',
    optional: true,
    ...COUNT,
  },
  {
    kind: 'quantity',
    name: 'headDim',
    label: 'Head width',
    unit: 'empty = d_model / heads',
    optional: true,
    ...COUNT,
    help: 'Attention width = heads × head width, which may differ from d_model (Gemma 7B: 16 × 256 on 3,072).',
  },
  {
    kind: 'quantity',
    name: 'dFf',
    label: 'Feed-forward width',
    unit: 'd_ff',
    default: '3072',
    ...COUNT,
  },
  {
    kind: 'quantity',
    name: 'vocab',
    label: 'Vocabulary',
    unit: 'tokens',
    default: '50257',
    ...COUNT,
  },
  {
    kind: 'quantity',
    name: 'ctx',
    label: 'Context',
    unit: 'tokens',
    default: '1024',
    ...COUNT,
    max: 1e8,
  },
  {
    kind: 'quantity',
    name: 'experts',
    label: 'Experts',
    unit: 'routed; empty = dense',
    optional: true,
    ...COUNT,
    help: 'A mixture of experts: each expert is a feed-forward block of width d_ff.',
  },
  {
    kind: 'quantity',
    name: 'topK',
    label: 'Experts per token',
    unit: 'top-k',
    optional: true,
    ...COUNT,
  },
  {
    kind: 'quantity',
    name: 'sharedExperts',
    label: 'Shared experts',
    unit: 'used by every token',
    optional: true,
    ...COUNT,
    min: 0,
  },
  {
    kind: 'choice',
    name: 'ffn',
    showIf: CUSTOM,
    label: 'Feed-forward',
    default: 'mlp',
    options: [
      { value: 'mlp', label: 'MLP, 2 matrices (GPT)' },
      { value: 'swiglu', label: 'SwiGLU, 3 matrices (Llama)' },
    ],
  },
  {
    kind: 'choice',
    name: 'pos',
    showIf: CUSTOM,
    label: 'Positions',
    default: 'learned',
    options: [
      { value: 'learned', label: 'Learned table (GPT)' },
      { value: 'none', label: 'None: RoPE (Llama)' },
      { value: 'relative', label: 'Relative (Gopher, Chinchilla)' },
    ],
  },
  {
    kind: 'choice',
    name: 'norm',
    showIf: CUSTOM,
    label: 'Norm',
    default: 'layernorm',
    options: [
      { value: 'layernorm', label: 'LayerNorm (gain + bias)' },
      { value: 'rmsnorm', label: 'RMSNorm (gain)' },
    ],
  },
  {
    kind: 'choice',
    name: 'biases',
    showIf: CUSTOM,
    label: 'Biases',
    default: 'yes',
    options: yesNo,
  },
  {
    kind: 'choice',
    name: 'tied',
    showIf: CUSTOM,
    label: 'Tied output head',
    default: 'yes',
    options: yesNo,
  },
];

/** Library argument names → URL parameters, so a library error lands beside its field. */
export const PARAMETER_FIELDS = {
  nLayer: 'layers',
  dModel: 'dModel',
  nHeads: 'heads',
  nKvHeads: 'kvHeads',
  headDim: 'headDim',
  dFf: 'dFf',
  nVocab: 'vocab',
  nCtx: 'ctx',
  experts: 'experts',
  topK: 'topK',
  sharedExperts: 'sharedExperts',
};

/** The decoder the inputs describe: the preset's own config, or the custom fields. */
export function configFrom(values: Readonly<Record<string, ParamValue>>): DecoderConfig {
  const preset = findTransformerPreset(String(values['preset']));
  if (preset) return preset.config;
  const kv = num(values, 'kvHeads');
  const dModel = need(values, 'dModel');
  const heads = need(values, 'heads');
  const headDim = num(values, 'headDim');
  // Without a head width, real custom models split d_model into whole heads.
  if (headDim === undefined && dModel % heads !== 0)
    throw new InputError(
      `Heads must divide the width (${dModel}) into whole heads, got ${heads}; or give the head width`,
      'heads',
    );
  if (kv !== undefined && heads % kv !== 0)
    throw new InputError(
      `Key/value heads must divide the ${heads} query heads, got ${kv}`,
      'kvHeads',
    );
  const experts = num(values, 'experts');
  const topK = num(values, 'topK');
  const shared = num(values, 'sharedExperts');
  if ((experts === undefined) !== (topK === undefined))
    throw new InputError(
      'A mixture of experts needs both experts and experts per token',
      experts === undefined ? 'experts' : 'topK',
    );
  return {
    ...(headDim === undefined ? {} : { headDim }),
    ...(experts === undefined || topK === undefined
      ? {}
      : { moe: { experts, topK, ...(shared ? { sharedExperts: shared } : {}) } }),
    nLayer: need(values, 'layers'),
    dModel,
    nHeads: heads,
    ...(kv === undefined ? {} : { nKvHeads: kv }),
    dFf: need(values, 'dFf'),
    ffn: values['ffn'] === 'swiglu' ? 'swiglu' : 'mlp',
    nVocab: need(values, 'vocab'),
    nCtx: need(values, 'ctx'),
    positionEmbedding:
      values['pos'] === 'none' ? 'none' : values['pos'] === 'relative' ? 'relative' : 'learned',
    norm: values['norm'] === 'rmsnorm' ? 'rmsnorm' : 'layernorm',
    biases: values['biases'] === 'yes',
    tiedEmbeddings: values['tied'] === 'yes',
  };
}

/** The preset's config as field text, so a preset button loads editable values. */
export function fieldsOf(config: DecoderConfig): Record<string, string> {
  return {
    preset: 'custom',
    layers: String(config.nLayer),
    dModel: String(config.dModel),
    heads: String(config.nHeads),
    kvHeads: config.nKvHeads === undefined ? '' : String(config.nKvHeads),
    headDim: config.headDim === undefined ? '' : String(config.headDim),
    experts: config.moe ? String(config.moe.experts) : '',
    topK: config.moe ? String(config.moe.topK) : '',
    sharedExperts: config.moe?.sharedExperts ? String(config.moe.sharedExperts) : '',
    dFf: String(config.dFf),
    vocab: String(config.nVocab),
    ctx: String(config.nCtx),
    ffn: config.ffn,
    pos: config.positionEmbedding,
    norm: config.norm,
    biases: config.biases ? 'yes' : 'no',
    tied: config.tiedEmbeddings ? 'yes' : 'no',
  };
}
