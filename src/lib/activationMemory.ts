import { InputError } from './errors';
import { requirePositiveInteger } from './validate';

/** Which activations the backward pass recomputes instead of storing. */
export type Recompute = 'none' | 'selective' | 'full';

/** The shape and layout that set activation memory. */
export interface ActivationShape {
  /** Tokens per sequence, s. */
  seq: number;
  /** Sequences per micro-batch, b. */
  micro: number;
  /** Hidden size, h (d_model). */
  dModel: number;
  /** Attention heads, a. */
  heads: number;
  layers: number;
  /** Tensor-parallel degree, t. */
  tp: number;
  /** Sequence parallelism (Korthikanti et al. Sec. 4.2.2): shards the LayerNorm and dropout activations too. */
  sp: boolean;
  recompute: Recompute;
}

/**
 * Activation bytes of one transformer layer for one micro-batch, 16-bit activations, Korthikanti
 * et al. 2022 ("Reducing Activation Recomputation in Large Transformer Models", arXiv:2205.05198),
 * Table 2: sbh(34 + 5as/h) with no parallelism; sbh(10 + 24/t + 5as/(ht)) with tensor parallelism t;
 * sbh/t·(34 + 5as/h) with sequence parallelism too; selective recomputation drops the 5as/h
 * attention term (sbh(10 + 24/t), or 34·sbh/t with sequence parallelism); full recomputation keeps
 * only each layer's input, 2·sbh.
 * @example activationBytesPerLayer({ seq: 2048, micro: 1, dModel: 12288, heads: 96, layers: 96, tp: 1, sp: false, recompute: 'none' }) // 2,868,903,936
 */
export function activationBytesPerLayer(shape: ActivationShape): number {
  const s = requirePositiveInteger(shape.seq, 'seq', 'sequence length');
  const b = requirePositiveInteger(shape.micro, 'micro', 'micro-batch size');
  const h = requirePositiveInteger(shape.dModel, 'dModel', 'hidden size');
  const a = requirePositiveInteger(shape.heads, 'heads', 'number of heads');
  const t = requirePositiveInteger(shape.tp, 'tp', 'tensor-parallel degree');
  const sbh = s * b * h;
  const attention = (5 * a * s) / h;
  switch (shape.recompute) {
    case 'full':
      return 2 * sbh;
    case 'selective':
      return shape.sp ? (34 * sbh) / t : sbh * (10 + 24 / t);
    case 'none':
      return shape.sp ? (sbh / t) * (34 + attention) : sbh * (10 + 24 / t + attention / t);
    default:
      throw new InputError(
        `recompute must be none, selective or full, got ${String(shape.recompute)}`,
        'recompute',
      );
  }
}

/**
 * Activation bytes on the busiest GPU: L layers' worth of one micro-batch. With pipeline
 * parallelism p under the 1F1B schedule, the first stage holds p micro-batches of L/p layers,
 * which is again L layers' worth (Korthikanti et al. 2022, Sec. 4.3); the embedding and output
 * layers' small extra terms are left out.
 * @example activationBytes({ seq: 2048, micro: 1, dModel: 12288, heads: 96, layers: 96, tp: 8, sp: true, recompute: 'selective' }) // 10,267,656,192
 */
export function activationBytes(shape: ActivationShape): number {
  return (
    requirePositiveInteger(shape.layers, 'layers', 'number of layers') *
    activationBytesPerLayer(shape)
  );
}
