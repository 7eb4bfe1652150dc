/**
 * The labs' ladder of model sizes: 2-layer models that differ only in d_model, each at the
 * learning rate one rule gives its width.
 */
import { DEFAULT_CONTEXT, MOBY_DICK_VOCAB, PRESETS, headsFor } from './modelConfig';
import { DEFAULT_TRAIN, type RunConfig, type TrainConfig } from './trainConfig';

/**
 * Builds a ladder entry: 2 layers unless told, heads of width ~8, so d_model (and n_layer, where
 * given) moves N = 12·n_layer·d_model² (Kaplan et al. 2020, Sec. 2.1).
 * @example ladderRun('d32', 32, { learningRate: 2e-2 }).model.nHeads // 4
 */
export function ladderRun(
  name: string,
  dModel: number,
  train: Partial<TrainConfig> = {},
  nLayer = 2,
): RunConfig {
  return {
    name,
    model: {
      nVocab: MOBY_DICK_VOCAB,
      nCtx: DEFAULT_CONTEXT,
      nLayer,
      dModel,
      nHeads: headsFor(dModel),
    },
    train: { ...DEFAULT_TRAIN, ...train },
  };
}

/**
 * Peak learning rate for a 2-layer model of width d: 0.02·√(32/d), capped at 0.03, the rule the
 * browser ladder was tuned around on this corpus (by hand, d_model 8–64). Every lab takes its
 * rates from here, so one rule sets them all.
 * @example learningRateFor(32) // 0.02
 */
export function learningRateFor(dModel: number): number {
  return Math.min(0.03, 0.02 * Math.sqrt(32 / dModel));
}

/**
 * The seed configurations (nano, micro, mini, small: n_layer 2–12, d_model 64–512, 0.1M–38M
 * non-embedding parameters) are far beyond what a 2-core laptop trains in minutes. The
 * browser ladder keeps their shape (decoder-only, d_ff = 4·d_model) but fixes n_layer = 2
 * and sweeps d_model 8–48, so N = 12·2·d² spans 1.5k–55k (a factor of 36) and the five runs
 * take 73–82 s on WASM in Chromium on two cores (18–48 ms per step). Every size sees the same 614k
 * tokens; the learning rate falls with width (learningRateFor). HELD_OUT_RUN (d_model 72) is
 * predict-and-verify's held-out size.
 */
export const DEFAULT_LADDER: readonly RunConfig[] = [8, 16, 24, 32, 48].map((d) =>
  ladderRun(`d${d}`, d, { learningRate: learningRateFor(d) }),
);

/**
 * The held-out size of predict-and-verify: 2-layer d_model 72, N = 124,416, 2.25× the largest
 * fitted size (d48, 55,296). Fitted from the ladder, then trained to check the forecast.
 */
export const HELD_OUT_RUN: RunConfig = ladderRun('d72', 72, { learningRate: learningRateFor(72) });

/**
 * Two decades of N in about the browser ladder's time: the two smallest sizes drop to one layer
 * (d_model 6 and 12), which costs little and reaches down to N = 12·1·6² = 432, and 2-layer
 * d_model 16–48 reach up to 55,296: a factor of 128. Kaplan et al. 2020 (Fig. 6) found that
 * depth hardly matters at fixed N, which is what lets one fit run across the two depths.
 * @example WIDE_LADDER.map((r) => r.name) // ['d6L1', 'd12L1', 'd16', 'd24', 'd32', 'd48']
 */
export const WIDE_LADDER: readonly RunConfig[] = [
  ...[6, 12].map((d) => ladderRun(`d${d}L1`, d, { learningRate: learningRateFor(d) }, 1)),
  ...DEFAULT_LADDER.slice(1),
];

/**
 * Peak learning rate of the seed project's ladder: 0.01·64/d_model (0.01 at nano's 64, 0.00125 at
 * small's 512): it falls as 1/width, faster than learningRateFor's 1/√width, because these
 * models are also deeper. Anchored at learningRateFor(64) ≈ 0.014 rounded down; small's 0.00125
 * sits beside nanoGPT's 1e-3 for its 6-layer, 384-wide character model (config/train_shakespeare_char.py).
 * Not tuned here: no GPU was at hand to sweep it.
 * @example seedLadderRate(256) // 0.0025
 */
export function seedLadderRate(dModel: number): number {
  return (0.01 * 64) / dModel;
}

/**
 * The seed project's own ladder, as its brief lists it: nano (2 layers × 64), micro (4 × 128),
 * mini (6 × 256) and small (12 × 512), context 256, N = 12·n_layer·d_model² from 98,304 to
 * 37,748,736 (384×). Every size trains on the sweep's token budget at seedLadderRate. Made for a
 * GPU (WebGPU): on two WASM cores it takes hours, which the lab estimates before Start.
 * @example SEED_LADDER.map((r) => r.model.nCtx) // [256, 256, 256, 256]
 */
export const SEED_LADDER: readonly RunConfig[] = (['nano', 'micro', 'mini', 'small'] as const).map(
  (name) => {
    const model = PRESETS[name]!;
    return {
      name,
      model: { ...model },
      train: { ...DEFAULT_TRAIN, learningRate: seedLadderRate(model.dModel) },
    };
  },
);
