import { type ResultSpec, need } from '../calculator';
import {
  type DecoderConfig,
  type ParameterBreakdown,
  countParameters,
  estimateParams12LD2,
} from '../countParameters';
import { InputError } from '../errors';
import type { ParamTable, ParamValue } from '../paramTable';
import type { ModelConfig } from './modelConfig';
import type { WeightSummary } from './weightSummary';

/** Largest model the audit builds: its weights are allocated for real (4 bytes each), so 60M ≈ 240 MB. */
export const AUDIT_MAX_PARAMETERS = 60_000_000;

const COUNT = { min: 1, integer: true, max: 100_000, style: 'plain' } as const;

/** URL parameters of /labs/parameter-audit/; defaults are the lab ladder's d32 model on Moby-Dick's 40 characters. */
export const auditParams: ParamTable = [
  {
    kind: 'quantity',
    name: 'layers',
    label: 'Layers',
    unit: 'n_layer',
    default: '2',
    ...COUNT,
    max: 96,
  },
  {
    kind: 'quantity',
    name: 'dModel',
    label: 'Width',
    unit: 'd_model',
    default: '32',
    ...COUNT,
    max: 8192,
  },
  {
    kind: 'quantity',
    name: 'heads',
    label: 'Heads',
    unit: 'must divide d_model',
    default: '4',
    ...COUNT,
    max: 256,
  },
  {
    kind: 'quantity',
    name: 'vocab',
    label: 'Vocabulary',
    unit: 'tokens',
    default: '40',
    ...COUNT,
    max: 1_000_000,
  },
  {
    kind: 'quantity',
    name: 'ctx',
    label: 'Context',
    unit: 'tokens',
    default: '64',
    ...COUNT,
    max: 1_000_000,
  },
];

/**
 * The lab transformer as the library's DecoderConfig: GPT-2 layout (MLP with d_ff = 4·d_model,
 * learned positions, LayerNorm, biases, tied output head), so countParameters counts it exactly.
 * @example decoderConfigOf({ nVocab: 40, nCtx: 64, nLayer: 2, dModel: 32, nHeads: 4 }).dFf // 128
 */
export function decoderConfigOf(c: ModelConfig): DecoderConfig {
  return {
    nLayer: c.nLayer,
    dModel: c.dModel,
    nHeads: c.nHeads,
    dFf: 4 * c.dModel,
    ffn: 'mlp',
    nVocab: c.nVocab,
    nCtx: c.nCtx,
    positionEmbedding: 'learned',
    norm: 'layernorm',
    biases: true,
    tiedEmbeddings: true,
  };
}

/**
 * The audited configuration from parsed URL values; throws an InputError beside the field
 * when the heads do not divide d_model or the model exceeds AUDIT_MAX_PARAMETERS.
 * @example auditConfigFrom({ layers: 2, dModel: 32, heads: 4, vocab: 40, ctx: 64 }).nHeads // 4
 */
export function auditConfigFrom(values: Readonly<Record<string, ParamValue>>): ModelConfig {
  const config: ModelConfig = {
    nLayer: need(values, 'layers'),
    dModel: need(values, 'dModel'),
    nHeads: need(values, 'heads'),
    nVocab: need(values, 'vocab'),
    nCtx: need(values, 'ctx'),
  };
  if (config.dModel % config.nHeads !== 0) {
    throw new InputError(
      `Heads must divide the width (${config.dModel}) into whole heads, got ${config.nHeads}`,
      'heads',
    );
  }
  const total = countParameters(decoderConfigOf(config)).total;
  if (total > AUDIT_MAX_PARAMETERS) {
    const millions = (total / 1e6).toFixed(1);
    throw new InputError(
      `This model has ${millions}M parameters; the audit builds at most ${AUDIT_MAX_PARAMETERS / 1e6}M in your browser`,
      'dModel',
    );
  }
  return config;
}

/** Results of /labs/parameter-audit/, each in a `[data-result]` element. */
export const AUDIT_RESULTS: readonly ResultSpec[] = [
  {
    name: 'weightMatrices',
    label: 'Weight matrices (Kaplan’s N)',
    style: 'plain',
    help: 'Q, K, V, output and feed-forward, as built',
  },
  { name: 'approx12Ld2', label: '12 · n_layer · d_model²', style: 'plain' },
  { name: 'approxRatio', label: 'Built ÷ 12·L·d²', style: 'plain' },
  { name: 'biasesAndNorms', label: 'Biases and norms', style: 'plain' },
  {
    name: 'embedding',
    label: 'Token and position embeddings',
    style: 'plain',
    help: 'output head tied to the token embedding',
  },
  { name: 'total', label: 'Total, as built', style: 'plain' },
  {
    name: 'calculatorNonEmbedding',
    label: 'Calculator’s non-embedding',
    style: 'plain',
    help: 'it counts biases and norms in N',
  },
  { name: 'calculatorTotal', label: 'Calculator’s total', style: 'plain' },
];

/** Results the audit page shows, every one a plain number for `[data-result]`. */
export type AuditComparison = {
  /** Weight matrices of the built model (Q, K, V, output, feed-forward): Kaplan's N. */
  weightMatrices: number;
  /** 12·n_layer·d_model² (Kaplan et al. 2020, Eq. 2.1 with d_attn = d_ff/4 = d_model). */
  approx12Ld2: number;
  /** weightMatrices ÷ approx12Ld2: exactly 1 for this architecture. */
  approxRatio: number;
  /** Biases and LayerNorm gains and shifts of the built model. */
  biasesAndNorms: number;
  /** Token and position embeddings of the built model (the output head is tied). */
  embedding: number;
  total: number;
  /** The parameters calculator's non-embedding count (it includes biases and norms). */
  calculatorNonEmbedding: number;
  calculatorTotal: number;
  /** 1 when the built model's total equals the calculator's, else 0. */
  matchesCalculator: number;
};

/**
 * Compares the real weights of a built model with 12·L·d² and with countParameters.
 * @example compareAudit(summary, config).approxRatio // 1
 */
export function compareAudit(summary: WeightSummary, config: ModelConfig): AuditComparison {
  const counted: ParameterBreakdown = countParameters(decoderConfigOf(config));
  const approx12Ld2 = estimateParams12LD2(config.nLayer, config.dModel);
  return {
    weightMatrices: summary.weightMatrices,
    approx12Ld2,
    approxRatio: summary.weightMatrices / approx12Ld2,
    biasesAndNorms: summary.bias + summary.norm,
    embedding: summary.embedding,
    total: summary.total,
    calculatorNonEmbedding: counted.nonEmbedding,
    calculatorTotal: counted.total,
    matchesCalculator:
      counted.total === summary.total &&
      counted.nonEmbedding === summary.weightMatrices + summary.bias + summary.norm
        ? 1
        : 0,
  };
}

/**
 * Link to /calculators/parameters/ with the same model (its other defaults, MLP, learned
 * positions, LayerNorm, biases and a tied head, already match the lab transformer).
 * @example parametersCalculatorLink(config) // "/calculators/parameters/?layers=2&dModel=32&heads=4&dFf=128&vocab=40&ctx=64"
 */
export function parametersCalculatorLink(c: ModelConfig): string {
  const q = new URLSearchParams({
    layers: String(c.nLayer),
    dModel: String(c.dModel),
    heads: String(c.nHeads),
    dFf: String(4 * c.dModel),
    vocab: String(c.nVocab),
    ctx: String(c.nCtx),
  });
  return `/calculators/parameters/?${q.toString()}`;
}
