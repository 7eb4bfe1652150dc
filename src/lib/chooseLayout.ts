import type { Recompute } from './activationMemory';
import type { DecoderConfig } from './countParameters';
import type { BytesPerParam, ZeroStage } from './modelStateMemory';
import { type TrainingMemory, computeTrainingMemory } from './trainingMemory';
import { requirePositiveInteger } from './validate';

/** GPUs in one server (DGX/HGX A100, H100, H800, H200 all hold 8): the largest tensor-parallel degree. */
export const GPUS_PER_NODE = 8;

/** What a layout must hold and how it runs. */
export interface LayoutNeeds {
  /** Every parameter the GPUs hold (all experts). */
  params: number;
  bytes: BytesPerParam;
  zero: ZeroStage;
  config: DecoderConfig;
  seq: number;
  recompute: Recompute;
  gpuMemory: number;
  /** The fewest GPUs that finish in time: the cluster is at least this large. */
  gpusForTime: number;
}

/** A layout: tp·pp·dp = gpus, and the memory per GPU it needs. */
export interface Layout {
  tp: number;
  pp: number;
  dp: number;
  gpus: number;
  /** Sequence parallelism, on whenever tp > 1. */
  sp: boolean;
  memory: TrainingMemory;
}

const divisors = (n: number) =>
  Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0);

/**
 * Tensor, pipeline and data parallelism for a run, by a stated rule: tensor parallelism first, up to
 * the 8 GPUs of a node, then pipeline stages (Narayanan et al. 2021, Megatron-LM at scale, Takeaway
 * #1); for each (tp, pp) in that order, the smallest dp that both finishes in time
 * (tp·pp·dp ≥ gpusForTime) and fits memory (ZeRO shards shrink as dp grows); the first (tp, pp)
 * for which such a dp exists wins. tp divides the heads and pp the layers. Micro-batch of one
 * sequence; sequence parallelism on with tp > 1 (Korthikanti et al. 2022). Memory per GPU is
 * `computeTrainingMemory`, the training-memory calculator's own. Returns the layout and whether it
 * fits; when none fits, the most split layout with fits = 0.
 * @example chooseLayout({ params: 7.5e9, … gpusForTime: 64 }).tp // 1
 */
export function chooseLayout(needs: LayoutNeeds): Layout {
  const forTime = requirePositiveInteger(needs.gpusForTime, 'gpusForTime', 'number of GPUs');
  const { config } = needs;
  const kv = config.nKvHeads ?? config.nHeads;
  const tps = [1, 2, 4, GPUS_PER_NODE].filter((t) => config.nHeads % t === 0 && kv % t === 0);
  const maxTp = tps[tps.length - 1]!;
  const order = [
    ...tps.map((tp) => ({ tp, pp: 1 })),
    ...divisors(config.nLayer)
      .slice(1)
      .map((pp) => ({ tp: maxTp, pp })),
  ];
  const memoryAt = (tp: number, pp: number, dp: number) =>
    computeTrainingMemory(
      needs.params,
      needs.bytes,
      { dp, tp, pp, zero: needs.zero },
      {
        seq: needs.seq,
        micro: 1,
        dModel: config.dModel,
        heads: config.nHeads,
        layers: config.nLayer,
        tp,
        sp: tp > 1,
        recompute: needs.recompute,
      },
      needs.gpuMemory,
    );
  const layoutOf = (tp: number, pp: number, dp: number): Layout => ({
    tp,
    pp,
    dp,
    gpus: tp * pp * dp,
    sp: tp > 1,
    memory: memoryAt(tp, pp, dp),
  });
  for (const { tp, pp } of order) {
    const least = Math.ceil(forTime / (tp * pp));
    if (memoryAt(tp, pp, least).fits) return layoutOf(tp, pp, least);
    // With ZeRO, states shrink as dp grows: double until it fits (or clearly never will), then halve back.
    if (needs.zero === 0) continue;
    let hi = least * 2;
    while (hi < 1e9 && !memoryAt(tp, pp, hi).fits) hi *= 2;
    if (hi >= 1e9) continue;
    let lo = hi / 2;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (memoryAt(tp, pp, mid).fits) hi = mid;
      else lo = mid;
    }
    return layoutOf(tp, pp, hi);
  }
  const last = order[order.length - 1]!;
  return layoutOf(last.tp, last.pp, Math.ceil(forTime / (last.tp * last.pp)));
}
