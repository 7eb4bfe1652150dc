import { bootstrapFit } from '../bootstrapFit';
import { InputError } from '../errors';
import type { ParamTable, ParamValue } from '../paramTable';
import { need } from '../calculator';
import { HELD_OUT_RUN, ladderRun, learningRateFor } from './ladder';
import { type SweepPlan, planSweep, sweepParams } from './sweepPlan';
import { estimateParams12LD2 } from '../countParameters';
import { runsKey } from './storedRuns';
import { type SweepFit, type SweepRun, fitSweep } from './sweepResults';

/**
 * Predict-and-verify's token budget per size: 1,228,800 (1,200 steps of 16 × 64), twice the
 * sweep's. Chosen on seeds 1–4 in Node (WASM, the same engine): at the sweep's 614,400 tokens the
 * held-out d72 missed by −3.4%, −1.5% and −4.0% (seeds 1–3), the largest sizes being the most
 * under-trained; at 1,228,800 it landed at −1.8%, +0.1% and +0.9%, and seed 4 at −0.5%. (Those
 * runs had a flat-buffer AdamW, since dropped; with today's, seeds 1–4 give +0.15%, −0.8%, −1.9% and −2.5%.)
 */
export const PREDICT_TOKENS = 1_228_800;

/**
 * URL parameters of /labs/predict-and-verify/: the sweep's, plus the held-out width, with the
 * default two-decade ladder and PREDICT_TOKENS per size. The held-out size must be wider than
 * every fitted one.
 */
export const predictParams: ParamTable = [
  // The seed project's ladder is left out: its widest size (512) is already past any held-out width.
  ...sweepParams.map((p) =>
    p.kind === 'choice' && p.name === 'ladder'
      ? { ...p, options: p.options.filter((o) => o.value !== 'seed-project') }
      : p.name === 'tokens' && p.kind === 'quantity'
        ? { ...p, default: String(PREDICT_TOKENS) }
        : p,
  ),
  {
    kind: 'quantity',
    name: 'target',
    label: 'Held-out width',
    unit: 'd_model, trained last',
    default: String(HELD_OUT_RUN.model.dModel),
    min: 1,
    max: 256,
    integer: true,
    style: 'plain',
  },
];

/**
 * The sweep plan with the held-out size appended as its last run, at learningRateFor(target).
 * Throws an InputError when the target is not wider than every fitted size, or when fewer than
 * three sizes are fitted.
 * @example planPredict(values).runs.at(-1)!.name // 'd72'
 */
export function planPredict(
  values: Readonly<Record<string, ParamValue>>,
): SweepPlan & { target: number; targetN: number } {
  const plan = planSweep(values);
  const target = need(values, 'target');
  if (plan.runs.length < 3)
    throw new InputError(
      `Forecasting needs at least three fitted sizes, got ${plan.runs.length}`,
      'd_models',
    );
  const widest = plan.runs.at(-1)!.model.dModel;
  if (!(target > widest))
    throw new InputError(
      `The held-out width must exceed the widest fitted one (${widest}), got ${target}`,
      'target',
    );
  const held = ladderRun(`d${target}`, target, {
    ...plan.runs[0]!.train,
    learningRate: learningRateFor(target),
  });
  const runs = [...plan.runs, held];
  return {
    ...plan,
    runs,
    target,
    targetN: estimateParams12LD2(held.model.nLayer, target),
    key: runsKey('predict-and-verify', runs),
  };
}

/** The forecast for a held-out size: the fit's prediction and its bootstrap interval. */
export interface HeldOutForecast {
  N: number;
  predicted: number;
  /** 5th and 95th percentiles of the prediction over bootstrap refits. */
  lo: number;
  hi: number;
  /** The fit to every finished smaller size that the forecast comes from (α, R², the curve). */
  fit: SweepFit;
}

/**
 * Fits L = L∞ + (N_c/N)^α to the finished runs (fitSweep) and predicts the loss at N, with a
 * 90% percentile interval from 100 seeded bootstrap refits (Efron & Tibshirani 1993, ch. 13).
 * @example forecastHeldOut(runs, 24 * 64 * 64, 1).predicted // nats per token at d_model 64
 */
export function forecastHeldOut(
  runs: readonly SweepRun[],
  N: number,
  seed: number,
): HeldOutForecast {
  const fit = fitSweep(runs);
  const predicted = fit.predict(N);
  const boot = bootstrapFit(runs, (sample) => ({ loss: fitSweep(sample).predict(N) }), {
    seed,
    resamples: 100,
    quantiles: [0.05, 0.95],
  });
  const [lo, hi] = boot.percentiles.loss;
  return {
    N,
    predicted,
    lo: Math.min(lo!, predicted),
    hi: Math.max(hi!, predicted),
    fit,
  };
}

/**
 * Signed error of a forecast in percent of the measured value: 100·(predicted − measured)/measured.
 * @example forecastErrorPercent(1.545, 1.5) // 3
 */
export function forecastErrorPercent(predicted: number, measured: number): number {
  if (!(measured > 0))
    throw new InputError(`measured loss must be positive, got ${measured}`, 'measured');
  return (100 * (predicted - measured)) / measured;
}
