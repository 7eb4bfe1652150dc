import { type CalculatorDef, withFields } from '../calculator';
import { countParameters, estimateParams12LD2 } from '../countParameters';
import { forwardFlopsPerToken, trainingFlopsPerToken } from '../forwardFlops';
import {
  TRANSFORMER_PRESETS,
  countPresetParameters,
  findTransformerPreset,
} from '../transformerPresets';
import { PARAMETER_FIELDS, configFrom, fieldsOf, parametersParams } from './parametersConfig';

export { configFrom, parametersParams } from './parametersConfig';

export type ParametersResults = Partial<{
  [K in keyof ReturnType<typeof countParameters>]: number;
}> & {
  total: number;
  active: number;
  approx12Ld2?: number;
  approxRatio?: number;
  forwardFlopsPerToken?: number;
  trainingFlopsPerToken?: number;
  /** Why only totals are shown: the published counts of an architecture the counter cannot express. */
  note?: string;
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
    {
      name: 'active',
      label: 'Active per token',
      style: 'si',
      help: 'a mixture of experts uses topK experts: 6·N_active·D',
    },
    { name: 'approx12Ld2', label: '12 · n_layer · d_model²', style: 'si' },
    {
      name: 'approxRatio',
      label: 'Exact ÷ 12·L·d²',
      style: 'plain',
      help: 'non-embedding count over the approximation',
    },
    {
      name: 'forwardFlopsPerToken',
      label: 'Forward FLOPs per token',
      style: 'scientific',
      help: '2N + 2·n_layer·n_ctx·d_attn (Table 1)',
    },
    {
      name: 'trainingFlopsPerToken',
      label: 'Training FLOPs per token',
      style: 'scientific',
      help: '3 × forward',
    },
  ],
  presets: TRANSFORMER_PRESETS.filter((p) =>
    [
      'gpt2-124m',
      'gpt3-175b',
      'chinchilla-70b',
      'llama3-8b',
      'llama3-405b',
      'gemma-7b',
      'mixtral-8x7b',
    ].includes(p.id),
  ).map((p) => ({
    id: p.id,
    label: p.name,
    values: fieldsOf(p.config),
    source: p.source,
  })),
  compute(values) {
    const preset = findTransformerPreset(String(values['preset']));
    if (preset?.published) {
      const { total, active } = countPresetParameters(preset);
      return { total, active, note: preset.note ?? '' };
    }
    const config = configFrom(values);
    return withFields(PARAMETER_FIELDS, () => {
      const counts = countParameters(config);
      const approx12Ld2 = estimateParams12LD2(config.nLayer, config.dModel);
      const dAttn = config.nHeads * (config.headDim ?? config.dModel / config.nHeads);
      // A token passes through the active parameters only: Kaplan's 2N per token counts those.
      const shape = {
        N: counts.nonEmbedding - (counts.total - counts.active),
        nLayer: config.nLayer,
        nCtx: config.nCtx,
        dAttn,
      };
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
  ['router', 'Router (mixture of experts)'],
  ['tokenEmbedding', 'Token embedding'],
  ['positionEmbedding', 'Positions'],
  ['outputHead', 'Output head (untied)'],
] as const;
