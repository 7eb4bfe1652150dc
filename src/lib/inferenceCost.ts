import { InputError } from './errors';
import { requireFiniteResult, requireNonNegative, requirePositive } from './validate';

/** Lifetime compute of a model: training plus serving. */
export interface LifetimeFlops {
  /** 6·N·D_train. */
  training: number;
  /** 2·N·D_inference. */
  inference: number;
  total: number;
}

/**
 * Lifetime FLOPs of a model: training 6·N·D_train plus inference 2·N per generated token, so
 * total = 6·N·D_train + 2·N·D_inference (Sardana et al. 2023, Beyond Chinchilla-Optimal, cost model;
 * 2N forward FLOPs per token from Kaplan et al. 2020, Sec. 2.1). Unit: FLOPs.
 * @example computeLifetimeFlops(7e9, 2e12, 2e12).total // 1.12e23
 */
export function computeLifetimeFlops(
  N: number,
  trainTokens: number,
  servedTokens: number,
): LifetimeFlops {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(trainTokens, 'D', 'number of tokens');
  requireNonNegative(servedTokens, 'served', 'number of tokens');
  const training = requireFiniteResult(6 * N * trainTokens, 'training');
  const inference = requireFiniteResult(2 * N * servedTokens, 'inference');
  return { training, inference, total: requireFiniteResult(training + inference, 'total') };
}

/**
 * Lifetime cost in dollars: FLOPs × dollars per FLOP, with an optional separate price for inference
 * FLOPs (serving usually runs at a lower utilisation, so each FLOP costs more). Unit: dollars.
 * @example computeLifetimeDollars(7e9, 2e12, 2e12, 1e-17).total // 1.12e6
 */
export function computeLifetimeDollars(
  N: number,
  trainTokens: number,
  servedTokens: number,
  dollarsPerFlop: number,
  inferenceDollarsPerFlop: number = dollarsPerFlop,
): LifetimeFlops {
  requireNonNegative(dollarsPerFlop, 'dollarsPerFlop', 'price per FLOP');
  requireNonNegative(inferenceDollarsPerFlop, 'inferenceDollarsPerFlop', 'price per FLOP');
  const flops = computeLifetimeFlops(N, trainTokens, servedTokens);
  const training = requireFiniteResult(flops.training * dollarsPerFlop, 'training');
  const inference = requireFiniteResult(flops.inference * inferenceDollarsPerFlop, 'inference');
  return { training, inference, total: requireFiniteResult(training + inference, 'total') };
}

/** A candidate model: its size and how long it is trained. */
export interface ServedModel {
  /** Parameters, N. */
  params: number;
  /** Training tokens, D_train. */
  trainTokens: number;
}

/**
 * Demand at which two models' lifetime FLOPs are equal. Each costs 6·N_i·D_i + 2·N_i·x for x served
 * tokens, two straight lines; they cross at x* = 3·(N_s·D_s − N_l·D_l)/(N_l − N_s). Beyond x* the smaller
 * model (trained longer, so dearer to train) is cheaper. Returns null when the lines do not cross at
 * x ≥ 0: the smaller model is then cheaper at every demand (or dearer at every demand, if equal sizes).
 * Unit: served tokens. Cost model of Sardana et al. 2023.
 * @example findCrossoverDemand({ params: 7e9, trainTokens: 4e12 }, { params: 13e9, trainTokens: 1e12 }) // { servedTokens: 7.5e12, … }
 */
export function findCrossoverDemand(
  a: ServedModel,
  b: ServedModel,
): { servedTokens: number; flops: number } | null {
  requirePositive(a.params, 'N', 'number of parameters');
  requirePositive(a.trainTokens, 'D', 'number of tokens');
  requirePositive(b.params, 'N', 'number of parameters');
  requirePositive(b.trainTokens, 'D', 'number of tokens');
  if (a.params === b.params) {
    if (a.trainTokens === b.trainTokens)
      throw new InputError(
        'The two models are identical: their costs are equal at every demand',
        'N',
      );
    return null;
  }
  const [small, large] = a.params < b.params ? [a, b] : [b, a];
  const servedTokens =
    (3 * (small.params * small.trainTokens - large.params * large.trainTokens)) /
    (large.params - small.params);
  requireFiniteResult(servedTokens, 'served');
  if (servedTokens < 0) return null;
  return {
    servedTokens,
    flops: computeLifetimeFlops(small.params, small.trainTokens, servedTokens).total,
  };
}
