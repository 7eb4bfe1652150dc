import { type CalculatorDef, need, num, withFields } from '../calculator';
import { InputError } from '../errors';
import { type DecoderConfig, countParameters, estimateParams12LD2 } from '../countParameters';
import { forwardFlopsPerToken, trainingFlopsPerToken } from '../forwardFlops';
import type { ParamTable, ParamValue } from '../paramTable';
import { TRANSFORMER_PRESETS, findTransformerPreset } from '../transformerPresets';

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
    options: [{ value: 'custom', label: 'Custom (the fields below)' }, ...TRANSFORMER_PRESETS.map((p) => ({ value: p.id, label: p.name }))],
  },
  { kind: 'quantity', name: 'layers', label: 'Layers', unit: 'n_layer', default: '12', ...COUNT },
  { kind: 'quantity', name: 'dModel', label: 'Width', unit: 'd_model', default: '768', ...COUNT },
  { kind: 'quantity', name: 'heads', label: 'Heads', unit: 'query heads', default: '12', ...COUNT },
  { kind: 'quantity', name: 'kvHeads', label: 'Key/value heads', unit: 'GQA; empty = heads', optional: true, ...COUNT },
  { kind: 'quantity', name: 'dFf', label: 'Feed-forward width', unit: 'd_ff', default: '3072', ...COUNT },
  { kind: 'quantity', name: 'vocab', label: 'Vocabulary', unit: 'tokens', default: '50257', ...COUNT },
  { kind: 'quantity', name: 'ctx', label: 'Context', unit: 'tokens', default: '1024', ...COUNT, max: 1e8 },
  { kind: 'choice', name: 'ffn', showIf: CUSTOM, label: 'Feed-forward', default: 'mlp', options: [{ value: 'mlp', label: 'MLP, 2 matrices (GPT)' }, { value: 'swiglu', label: 'SwiGLU, 3 matrices (Llama)' }] },
  { kind: 'choice', name: 'pos', showIf: CUSTOM, label: 'Positions', default: 'learned', options: [{ value: 'learned', label: 'Learned table (GPT)' }, { value: 'none', label: 'None: RoPE (Llama)' }, { value: 'relative', label: 'Relative (Gopher, Chinchilla)' }] },
  { kind: 'choice', name: 'norm', showIf: CUSTOM, label: 'Norm', default: 'layernorm', options: [{ value: 'layernorm', label: 'LayerNorm (gain + bias)' }, { value: 'rmsnorm', label: 'RMSNorm (gain)' }] },
  { kind: 'choice', name: 'biases', showIf: CUSTOM, label: 'Biases', default: 'yes', options: yesNo },
  { kind: 'choice', name: 'tied', showIf: CUSTOM, label: 'Tied output head', default: 'yes', options: yesNo },
];

/** Library argument names → URL parameters, so a library error lands beside its field. */
const FIELDS = { nLayer: 'layers', dModel: 'dModel', nHeads: 'heads', nKvHeads: 'kvHeads', dFf: 'dFf', nVocab: 'vocab', nCtx: 'ctx' };

/** The decoder the inputs describe: the preset's own config, or the custom fields. */
export function configFrom(values: Readonly<Record<string, ParamValue>>): DecoderConfig {
  const preset = findTransformerPreset(String(values['preset']));
  if (preset) return preset.config;
  const kv = num(values, 'kvHeads');
  const dModel = need(values, 'dModel');
  const heads = need(values, 'heads');
  // Real custom models split d_model into whole heads; only the paper presets carry printed quirks.
  if (dModel % heads !== 0) throw new InputError(`Heads must divide the width (${dModel}) into whole heads, got ${heads}`, 'heads');
  return {
    nLayer: need(values, 'layers'),
    dModel,
    nHeads: heads,
    ...(kv === undefined ? {} : { nKvHeads: kv }),
    dFf: need(values, 'dFf'),
    ffn: values['ffn'] === 'swiglu' ? 'swiglu' : 'mlp',
    nVocab: need(values, 'vocab'),
    nCtx: need(values, 'ctx'),
    positionEmbedding: values['pos'] === 'none' ? 'none' : values['pos'] === 'relative' ? 'relative' : 'learned',
    norm: values['norm'] === 'rmsnorm' ? 'rmsnorm' : 'layernorm',
    biases: values['biases'] === 'yes',
    tiedEmbeddings: values['tied'] === 'yes',
  };
}

/** The preset's config as field text, so a preset button loads editable values. */
function fieldsOf(config: DecoderConfig): Record<string, string> {
  return {
    preset: 'custom',
    layers: String(config.nLayer),
    dModel: String(config.dModel),
    heads: String(config.nHeads),
    kvHeads: config.nKvHeads === undefined ? '' : String(config.nKvHeads),
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

export type ParametersResults = { [K in keyof ReturnType<typeof countParameters>]: number } & {
  approx12Ld2: number;
  approxRatio: number;
  forwardFlopsPerToken: number;
  trainingFlopsPerToken: number;
};

/** /calculators/parameters/: the exact count by component against Kaplan's 12·n_layer·d_model². */
export const parameters: CalculatorDef<ParametersResults> = {
  slug: 'parameters',
  title: 'Parameter count',
  params: parametersParams,
  results: [
    { name: 'nonEmbedding', label: 'Non-embedding (Kaplan’s N)', style: 'si' },
    { name: 'embedding', label: 'Embeddings and output head', style: 'si' },
    { name: 'total', label: 'Total', style: 'si' },
    { name: 'approx12Ld2', label: '12 · n_layer · d_model²', style: 'si' },
    { name: 'approxRatio', label: 'Exact ÷ 12·L·d²', style: 'plain', help: 'non-embedding count over the approximation' },
    { name: 'forwardFlopsPerToken', label: 'Forward FLOPs per token', style: 'scientific', help: '2N + 2·n_layer·n_ctx·d_attn (Table 1)' },
    { name: 'trainingFlopsPerToken', label: 'Training FLOPs per token', style: 'scientific', help: '3 × forward' },
  ],
  presets: TRANSFORMER_PRESETS.filter((p) => ['gpt2-124m', 'gpt3-175b', 'chinchilla-70b', 'llama3-8b', 'llama3-405b'].includes(p.id)).map((p) => ({
    id: p.id,
    label: p.name,
    values: fieldsOf(p.config),
    source: p.source,
  })),
  compute(values) {
    const config = configFrom(values);
    return withFields(FIELDS, () => {
      const counts = countParameters(config);
      const approx12Ld2 = estimateParams12LD2(config.nLayer, config.dModel);
      const dAttn = config.nHeads * (config.headDim ?? config.dModel / config.nHeads);
      const shape = { N: counts.nonEmbedding, nLayer: config.nLayer, nCtx: config.nCtx, dAttn };
      return {
        ...counts,
        approx12Ld2,
        approxRatio: counts.nonEmbedding / approx12Ld2,
        forwardFlopsPerToken: forwardFlopsPerToken(shape),
        trainingFlopsPerToken: trainingFlopsPerToken(shape),
      };
    });
  },
};

/** The components in display order, for the breakdown table and bar chart. */
export const COMPONENTS = [
  ['attention', 'Attention (Q, K, V, O)'],
  ['feedForward', 'Feed-forward'],
  ['norms', 'Norms'],
  ['biases', 'Biases'],
  ['tokenEmbedding', 'Token embedding'],
  ['positionEmbedding', 'Positions'],
  ['outputHead', 'Output head (untied)'],
] as const;
