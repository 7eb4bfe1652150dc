import { InputError } from './errors';
import { requireFiniteResult, requirePositive, requirePositiveInteger } from './validate';

/** The shape of a GPT-style decoder-only transformer, enough to count its parameters exactly. */
export interface DecoderConfig {
  nLayer: number;
  dModel: number;
  /** Query heads. */
  nHeads: number;
  /** Key/value heads for grouped-query attention (Ainslie et al. 2023); defaults to nHeads (multi-head). */
  nKvHeads?: number;
  /** Width of one head; defaults to d_model / nHeads, so the attention width d_attn = d_model. */
  headDim?: number;
  /** Feed-forward hidden width, d_ff. */
  dFf: number;
  /** 'mlp': two matrices d_model×d_ff (GPT-2/3); 'swiglu': three (gate, up, down; Llama). */
  ffn: 'mlp' | 'swiglu';
  nVocab: number;
  /** Context length; sizes the learned position table. */
  nCtx: number;
  /**
   * 'learned': an n_ctx×d_model table (GPT-2/3); 'none': RoPE or similar, no parameters (Llama);
   * 'relative': Transformer-XL relative encodings (Dai et al. 2019), counted as one d_model×d_attn
   * projection per layer (Gopher/Chinchilla; the bias vectors are left out, an assumption).
   */
  positionEmbedding: 'learned' | 'none' | 'relative';
  /** 'layernorm': gain and bias (2·d_model); 'rmsnorm': gain only (d_model). Two per layer plus a final one. */
  norm: 'layernorm' | 'rmsnorm';
  /** Biases on every linear layer except the output head (GPT-2/3 have them; Llama does not). */
  biases: boolean;
  /** Output head shares the token-embedding matrix (GPT-2) or has its own (Llama). */
  tiedEmbeddings: boolean;
  /** Final norm before the output head; default true. */
  finalNorm?: boolean;
  /**
   * A mixture of experts in every layer's feed-forward (Shazeer et al. 2017; Fedus et al. 2021):
   * `experts` routed experts, each a feed-forward block of width dFf, of which a token uses `topK`,
   * plus `sharedExperts` that every token uses (DeepSeekMoE, Dai et al. 2024), and a linear router
   * of d_model × experts per layer.
   */
  moe?: { experts: number; topK: number; sharedExperts?: number };
}

/** Parameters by component; `nonEmbedding + embedding = total`. */
export interface ParameterBreakdown {
  /** Q, K, V and output projection weights, all layers. */
  attention: number;
  /** Feed-forward weights, all layers. */
  feedForward: number;
  /** Norm gains (and biases for LayerNorm), all layers and the final norm. */
  norms: number;
  /** Linear-layer biases, all layers. */
  biases: number;
  /** Mixture-of-experts routers (d_model × experts per layer); 0 for a dense model. */
  router: number;
  tokenEmbedding: number;
  /** Learned position table, or the per-layer relative-position projections. */
  positionEmbedding: number;
  /** Untied output head; 0 when tied. */
  outputHead: number;
  /** attention + feedForward + norms + biases + router: Kaplan's N, which excludes the embedding and position matrices. */
  nonEmbedding: number;
  /** tokenEmbedding + positionEmbedding + outputHead. */
  embedding: number;
  total: number;
  /** Parameters one token uses: total less the routed experts it skips (experts − topK per layer); total for a dense model. */
  active: number;
}

/**
 * Exact parameter count of a decoder-only transformer, by component. Per layer: attention
 * d_model·d_attn (Q) + 2·d_model·d_kv (K, V) + d_attn·d_model (output), with d_attn = heads·head_dim
 * and d_kv = kv_heads·head_dim; feed-forward 2·d_model·d_ff (3· for SwiGLU); two norms. Plus token
 * embedding n_vocab·d_model, positions, a final norm and the output head if untied.
 * "Non-embedding" follows Kaplan et al. 2020 (Sec. 2.1, Table 1): everything but the embedding,
 * position and output matrices. Unit: parameters.
 * @example countParameters({ nLayer: 12, dModel: 768, nHeads: 12, dFf: 3072, ffn: 'mlp', nVocab: 50257, nCtx: 1024, positionEmbedding: 'learned', norm: 'layernorm', biases: true, tiedEmbeddings: true }).total // 124,439,808 (GPT-2 124M)
 */
export function countParameters(config: DecoderConfig): ParameterBreakdown {
  const nLayer = requirePositiveInteger(config.nLayer, 'nLayer', 'number of layers');
  const dModel = requirePositiveInteger(config.dModel, 'dModel', 'model width');
  const nHeads = requirePositiveInteger(config.nHeads, 'nHeads', 'number of heads');
  const nKvHeads = requirePositiveInteger(
    config.nKvHeads ?? nHeads,
    'nKvHeads',
    'number of key/value heads',
  );
  if (nHeads % nKvHeads !== 0) {
    throw new InputError(`nKvHeads must divide nHeads (${nHeads}), got ${nKvHeads}`, 'nKvHeads');
  }
  const dAttn =
    config.headDim === undefined
      ? dModel
      : nHeads * requirePositiveInteger(config.headDim, 'headDim', 'head width');
  const dKv = (dAttn * nKvHeads) / nHeads;
  if (!Number.isInteger(dKv)) {
    throw new InputError(
      `d_model ${dModel} does not split into ${nHeads} heads evenly enough for ${nKvHeads} key/value heads; give headDim`,
      'headDim',
    );
  }
  const dFf = requirePositiveInteger(config.dFf, 'dFf', 'feed-forward width');
  const nVocab = requirePositiveInteger(config.nVocab, 'nVocab', 'vocabulary size');
  const nCtx = requirePositiveInteger(config.nCtx, 'nCtx', 'context length in tokens');
  requireOneOf(config.ffn, ['mlp', 'swiglu'], 'ffn');
  requireOneOf(config.positionEmbedding, ['learned', 'none', 'relative'], 'positionEmbedding');
  requireOneOf(config.norm, ['layernorm', 'rmsnorm'], 'norm');

  const ffnMatrices = config.ffn === 'swiglu' ? 3 : 2;
  const moe = config.moe === undefined ? undefined : checkMoe(config.moe);
  const blocks = moe === undefined ? 1 : moe.experts + moe.shared;
  const attention = nLayer * (2 * dModel * dAttn + 2 * dModel * dKv);
  const expert = ffnMatrices * dModel * dFf;
  const feedForward = nLayer * blocks * expert;
  const router = moe === undefined ? 0 : nLayer * dModel * moe.experts;
  const normSize = config.norm === 'layernorm' ? 2 * dModel : dModel;
  const norms = (2 * nLayer + (config.finalNorm === false ? 0 : 1)) * normSize;
  const ffnBiases = config.ffn === 'swiglu' ? 2 * dFf + dModel : dFf + dModel;
  const biases = config.biases ? nLayer * (dAttn + 2 * dKv + dModel + blocks * ffnBiases) : 0;
  const tokenEmbedding = nVocab * dModel;
  const positionEmbedding =
    config.positionEmbedding === 'learned'
      ? nCtx * dModel
      : config.positionEmbedding === 'relative'
        ? nLayer * dModel * dAttn
        : 0;
  const outputHead = config.tiedEmbeddings ? 0 : nVocab * dModel;
  const nonEmbedding = attention + feedForward + norms + biases + router;
  const embedding = tokenEmbedding + positionEmbedding + outputHead;
  const total = requireFiniteResult(nonEmbedding + embedding, 'total');
  const skipped =
    moe === undefined
      ? 0
      : nLayer * (moe.experts - moe.topK) * (expert + (config.biases ? ffnBiases : 0));
  return {
    attention,
    feedForward,
    norms,
    biases,
    router,
    tokenEmbedding,
    positionEmbedding,
    outputHead,
    nonEmbedding,
    embedding,
    total,
    active: total - skipped,
  };
}

function checkMoe(moe: NonNullable<DecoderConfig['moe']>): {
  experts: number;
  topK: number;
  shared: number;
} {
  const experts = requirePositiveInteger(moe.experts, 'experts', 'number of routed experts');
  const topK = requirePositiveInteger(moe.topK, 'topK', 'number of experts per token');
  if (topK > experts)
    throw new InputError(
      `topK must be at most the number of experts (${experts}), got ${topK}`,
      'topK',
    );
  const shared =
    moe.sharedExperts === undefined || moe.sharedExperts === 0
      ? 0
      : requirePositiveInteger(moe.sharedExperts, 'sharedExperts', 'number of shared experts');
  return { experts, topK, shared };
}

function requireOneOf(value: string, allowed: readonly string[], field: string): void {
  if (!allowed.includes(value)) {
    throw new InputError(
      `${field} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value)}`,
      field,
    );
  }
}

/**
 * Kaplan's approximate non-embedding count N ≈ 2·d_model·n_layer·(2·d_attn + d_ff)
 * (Kaplan et al. 2020, Eq. 2.1 and Table 1: biases and norms left out). d_attn defaults to
 * d_model and d_ff to 4·d_model, which gives 12·n_layer·d_model². Unit: parameters.
 * @example estimateNonEmbeddingParams({ nLayer: 96, dModel: 12288 }) // 173,946,175,488 (GPT-3 175B)
 */
export function estimateNonEmbeddingParams(shape: {
  nLayer: number;
  dModel: number;
  dAttn?: number;
  dFf?: number;
}): number {
  const nLayer = requirePositive(shape.nLayer, 'nLayer', 'number of layers');
  const dModel = requirePositive(shape.dModel, 'dModel', 'model width');
  const dAttn = requirePositive(shape.dAttn ?? dModel, 'dAttn', 'attention width');
  const dFf = requirePositive(shape.dFf ?? 4 * dModel, 'dFf', 'feed-forward width');
  return requireFiniteResult(2 * dModel * nLayer * (2 * dAttn + dFf), 'N');
}

/**
 * N ≈ 12·n_layer·d_model², Eq. 2.1 of Kaplan et al. 2020 with d_attn = d_ff/4 = d_model. Unit: parameters.
 * @example estimateParams12LD2(96, 12288) // 173,946,175,488
 */
export function estimateParams12LD2(nLayer: number, dModel: number): number {
  requirePositive(nLayer, 'nLayer', 'number of layers');
  requirePositive(dModel, 'dModel', 'model width');
  return requireFiniteResult(12 * nLayer * dModel * dModel, 'N');
}

/**
 * The width at which N = 12·n_layer·d_model² (Kaplan et al. 2020, Eq. 2.1, inverted): √(N/(12·n_layer)). Unit: d_model.
 * @example widthFor12LD2(2, 6144) // 16
 */
export function widthFor12LD2(nLayer: number, N: number): number {
  requirePositive(nLayer, 'nLayer', 'number of layers');
  requirePositive(N, 'N', 'number of parameters');
  return requireFiniteResult(Math.sqrt(N / (12 * nLayer)), 'd_model');
}
