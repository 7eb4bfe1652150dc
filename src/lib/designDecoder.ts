import { type DecoderConfig, countParameters } from './countParameters';
import { InputError } from './errors';
import { shapeForParams } from './shapeForParams';
import { requirePositiveInteger } from './validate';

/**
 * Vocabulary of the designed decoder: 32,000 tokens, the SentencePiece vocabulary of Gopher and
 * Chinchilla (Rae et al. 2021, Sec. 3; Hoffmann et al. 2022, Sec. 4.1).
 */
export const DESIGN_VOCAB = 32_000;

/** A decoder designed for N, with its own counts. */
export interface DesignedDecoder {
  config: DecoderConfig;
  /** Every parameter, embeddings and all experts included: what memory holds. */
  total: number;
  /** Parameters one token uses, embeddings included. */
  active: number;
  /** Non-embedding parameters one token uses: what the shape aims at N with. */
  activeNonEmbedding: number;
  /** 12·layers·d_model², the dense approximation the shape rule matches to N. */
  params12LD2: number;
}

/**
 * A Llama-style decoder (SwiGLU, RMSNorm, RoPE, no biases, untied head; Touvron et al. 2023) whose
 * non-embedding active parameters are N: layers, d_model and heads from `shapeForParams` (aspect
 * ratio near 100), d_ff = 8·d_model/3 rounded to the head width so that the three SwiGLU matrices
 * hold the 8·d_model² of a 4·d_model MLP. With a mixture of experts, each of the `experts` is 1/topK
 * of that width (fine-grained experts, as DeepSeekMoE, Dai et al. 2024), so a token's topK experts
 * cost what the dense layer would and 6·N·D still counts its compute. Units: parameters.
 * @example designDecoder(70e9).config.nLayer // 87 (d_model 8,192, 64 heads of 128)
 */
export function designDecoder(
  N: number,
  moe?: { experts: number; topK: number } | undefined,
): DesignedDecoder {
  const shape = shapeForParams(N);
  if (moe) {
    requirePositiveInteger(moe.experts, 'experts', 'number of experts');
    requirePositiveInteger(moe.topK, 'topK', 'number of experts per token');
    if (moe.topK > moe.experts)
      throw new InputError(
        `Experts per token must be at most the ${moe.experts} experts, got ${moe.topK}`,
        'topK',
      );
  }
  const denseFf = (8 * shape.dModel) / 3;
  const width = moe ? denseFf / moe.topK : denseFf;
  const dFf = Math.max(shape.headDim, Math.round(width / shape.headDim) * shape.headDim);
  const config: DecoderConfig = {
    nLayer: shape.layers,
    dModel: shape.dModel,
    nHeads: shape.heads,
    nKvHeads: shape.heads,
    headDim: shape.headDim,
    dFf,
    ffn: 'swiglu',
    nVocab: DESIGN_VOCAB,
    nCtx: 1,
    positionEmbedding: 'none',
    norm: 'rmsnorm',
    biases: false,
    tiedEmbeddings: false,
    ...(moe ? { moe: { experts: moe.experts, topK: moe.topK } } : {}),
  };
  const counts = countParameters(config);
  return {
    config,
    total: counts.total,
    active: counts.active,
    activeNonEmbedding: counts.active - counts.embedding,
    params12LD2: shape.params12LD2,
  };
}
