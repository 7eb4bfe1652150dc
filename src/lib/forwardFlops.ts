import { requireFiniteResult, requirePositive } from './validate';

/** What Kaplan's per-token forward cost needs: non-embedding parameters and the attention context term. */
export interface ForwardCostInput {
  /** Non-embedding parameters, N (Kaplan et al. 2020, Eq. 2.1). */
  N: number;
  /** Number of layers, n_layer. */
  nLayer: number;
  /** Context length in tokens, n_ctx. */
  nCtx: number;
  /**
   * Width of the attention (number of heads × head size), d_attn. Table 1 writes the context
   * term with d_attn; Eq. 2.2 writes it with d_model. They agree when d_attn = d_model, as in
   * all of Kaplan's models; this library follows Table 1 (see the errata page).
   */
  dAttn: number;
}

/**
 * Forward-pass FLOPs per token, C_forward ≈ 2N + 2·n_layer·n_ctx·d_attn (Kaplan et al. 2020,
 * Table 1 total row; Eq. 2.2 prints d_model in place of d_attn). The second term is the
 * attention over the context (QKᵀ and the weighted sum of values). Unit: FLOPs per token.
 * @example forwardFlopsPerToken({ N: 1.5e9, nLayer: 48, nCtx: 1024, dAttn: 1600 }) // ≈ 3.157e9
 */
export function forwardFlopsPerToken(input: ForwardCostInput): number {
  requirePositive(input.N, 'N', 'number of parameters');
  requirePositive(input.nLayer, 'nLayer', 'number of layers');
  requirePositive(input.nCtx, 'nCtx', 'context length in tokens');
  requirePositive(input.dAttn, 'dAttn', 'attention width');
  return requireFiniteResult(
    2 * input.N + 2 * input.nLayer * input.nCtx * input.dAttn,
    'C_forward',
  );
}

/**
 * Training FLOPs per token ≈ 3·C_forward = 6N + 6·n_layer·n_ctx·d_attn: the backward pass
 * costs about twice the forward pass (Kaplan et al. 2020, Sec. 2.1). Unit: FLOPs per token.
 * @example trainingFlopsPerToken({ N: 1.5e9, nLayer: 48, nCtx: 1024, dAttn: 1600 }) // ≈ 9.472e9
 */
export function trainingFlopsPerToken(input: ForwardCostInput): number {
  return requireFiniteResult(3 * forwardFlopsPerToken(input), 'C_train');
}

/** Dimensions for the operation-by-operation count of Kaplan et al. 2020, Table 1. */
export interface ForwardCostShape {
  nLayer: number;
  dModel: number;
  /** Attention width; defaults to d_model. */
  dAttn?: number;
  /** Feed-forward width; defaults to 4·d_model. */
  dFf?: number;
  nCtx: number;
  nVocab: number;
}

/** Forward FLOPs per token by operation, as in Kaplan et al. 2020, Table 1. */
export interface ForwardCostBreakdown {
  embed: number;
  attentionQkv: number;
  attentionMask: number;
  attentionProject: number;
  feedForward: number;
  deEmbed: number;
  /** Non-embedding total, 2N + 2·n_layer·n_ctx·d_attn (Table 1 omits Embed and De-embed from it). */
  nonEmbedding: number;
}

/**
 * Forward FLOPs per token of each operation in Kaplan et al. 2020, Table 1: Embed 4·d_model;
 * QKV 2·n_layer·d_model·3·d_attn; Mask 2·n_layer·n_ctx·d_attn; Project 2·n_layer·d_attn·d_model;
 * Feedforward 2·n_layer·2·d_model·d_ff; De-embed 2·d_model·n_vocab. Unit: FLOPs per token.
 * @example forwardFlopsBreakdown({ nLayer: 12, dModel: 768, nCtx: 1024, nVocab: 50257 }).deEmbed // 77,194,752
 */
export function forwardFlopsBreakdown(shape: ForwardCostShape): ForwardCostBreakdown {
  const nLayer = requirePositive(shape.nLayer, 'nLayer', 'number of layers');
  const dModel = requirePositive(shape.dModel, 'dModel', 'model width');
  const dAttn = requirePositive(shape.dAttn ?? dModel, 'dAttn', 'attention width');
  const dFf = requirePositive(shape.dFf ?? 4 * dModel, 'dFf', 'feed-forward width');
  const nCtx = requirePositive(shape.nCtx, 'nCtx', 'context length in tokens');
  const nVocab = requirePositive(shape.nVocab, 'nVocab', 'vocabulary size');
  const attentionQkv = 2 * nLayer * dModel * 3 * dAttn;
  const attentionMask = 2 * nLayer * nCtx * dAttn;
  const attentionProject = 2 * nLayer * dAttn * dModel;
  const feedForward = 2 * nLayer * 2 * dModel * dFf;
  return {
    embed: 4 * dModel,
    attentionQkv,
    attentionMask,
    attentionProject,
    feedForward,
    deEmbed: requireFiniteResult(2 * dModel * nVocab, 'deEmbed'),
    nonEmbedding: requireFiniteResult(
      attentionQkv + attentionMask + attentionProject + feedForward,
      'C_forward',
    ),
  };
}
