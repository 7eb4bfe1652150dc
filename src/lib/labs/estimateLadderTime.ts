/**
 * How long a ladder will train on this browser, before Start: a few steps of each size are timed
 * on the backend the lab will use (the probe), and the sizes too slow to probe are scaled from
 * the largest probed one by their FLOPs per step.
 */
import { estimateParams12LD2 } from '../countParameters';
import { trainingFlopsPerToken } from '../forwardFlops';
import { type RunConfig, stepsFor } from './trainConfig';

/** Steps a probe runs per size: one warm-up (kernels compiled, memory allocated) and two timed. */
export const PROBE_STEPS = 3;

/** A size is probed only while its probe is predicted to take at most this long, in seconds. */
export const MAX_PROBE_SECONDS = 20;

/** An estimate above this many seconds (10 minutes) is said plainly, and Start asks to confirm. */
export const LONG_SWEEP_SECONDS = 600;

/**
 * Seconds the default two-decade sweep (WIDE_LADDER, 4.4·10¹¹ training FLOPs) took with seed 1 on
 * WebAssembly with threads in headless Chromium on a 2-core machine without a GPU: measured with
 * `npm run bench -- browser` on 2026-12-02 (75.4 s). The pages quote the pace of a CPU from it.
 */
export const DEFAULT_SWEEP_SECONDS = 75;

/**
 * Plans whose training FLOPs exceed this are probed before Start (the probe loads TensorFlow.js,
 * so no default plan does). The default sweep is about 4.4·10¹¹ FLOPs, predict-and-verify's
 * 1.8·10¹²; 3·10¹² is about 9 minutes at the default sweep's pace (DEFAULT_SWEEP_SECONDS).
 */
export const PROBE_ABOVE_FLOPS = 3e12;

/** One size's probe: median ms per step on `backend`. */
export interface SizeProbe {
  name: string;
  msPerStep: number;
}

/** One size's share of the estimate. */
export interface SizeEstimate {
  name: string;
  steps: number;
  msPerStep: number;
  seconds: number;
  /** 'probe': timed on this browser; 'scaled': from `from`'s probe by FLOPs per step. */
  source: 'probe' | 'scaled';
  from?: string;
}

/** The whole ladder's estimate. */
export interface LadderEstimate {
  sizes: SizeEstimate[];
  seconds: number;
  /** Over LONG_SWEEP_SECONDS: the page says so and asks before training. */
  long: boolean;
}

/**
 * Training FLOPs of one optimizer step: (6N + 6·n_layer·n_ctx·d_model) per token (Kaplan et al.
 * 2020, Sec. 2.1 and Table 1) × batch × context, with N = 12·n_layer·d_model².
 * @example stepFlopsOf(SEED_LADDER[0]!) // ≈ 3.22e9 (nano: 786,432 per token × 16 × 256 tokens)
 */
export function stepFlopsOf(run: RunConfig): number {
  const { nLayer, dModel, nCtx } = run.model;
  const perToken = trainingFlopsPerToken({
    N: estimateParams12LD2(nLayer, dModel),
    nLayer,
    nCtx,
    dAttn: dModel,
  });
  return perToken * run.train.batchSize * nCtx;
}

/**
 * Training FLOPs of a whole plan: Σ stepFlopsOf × steps. Above PROBE_ABOVE_FLOPS the lab probes.
 * @example planFlopsOf(SEED_LADDER) // ≈ 1.68e14 (150 steps of each size)
 */
export function planFlopsOf(runs: readonly RunConfig[]): number {
  return runs.reduce((s, r) => s + stepFlopsOf(r) * stepsFor(r.model, r.train), 0);
}

/**
 * The next size to probe, smallest first, or undefined when the rest would take more than
 * `maxSeconds` each to probe (predicted from the largest probed size by FLOPs per step). The
 * first size is always probed.
 * @example nextProbe(SEED_LADDER, [])?.name // 'nano'
 */
export function nextProbe(
  runs: readonly RunConfig[],
  probes: readonly SizeProbe[],
  maxSeconds = MAX_PROBE_SECONDS,
): RunConfig | undefined {
  const todo = runs.filter((r) => !probes.some((p) => p.name === r.name));
  const next = todo[0];
  if (!next) return undefined;
  const base = largestProbed(runs, probes);
  if (!base) return next;
  const ms = (base.probe.msPerStep * stepFlopsOf(next)) / stepFlopsOf(base.run);
  return (PROBE_STEPS * ms) / 1000 <= maxSeconds ? next : undefined;
}

/**
 * Seconds to train every size: steps × ms per step, probed where measured, else scaled from the
 * largest probed size in proportion to FLOPs per step (small sizes use the hardware worse, so
 * scaling up from them errs long). Undefined before any size was probed.
 * @example estimateLadderTime(SEED_LADDER, [{ name: 'nano', msPerStep: 300 }])!.long // true
 */
export function estimateLadderTime(
  runs: readonly RunConfig[],
  probes: readonly SizeProbe[],
): LadderEstimate | undefined {
  const base = largestProbed(runs, probes);
  if (!base) return undefined;
  const sizes = runs.map((run): SizeEstimate => {
    const steps = stepsFor(run.model, run.train);
    const probe = probes.find((p) => p.name === run.name);
    const msPerStep = probe
      ? probe.msPerStep
      : (base.probe.msPerStep * stepFlopsOf(run)) / stepFlopsOf(base.run);
    return {
      name: run.name,
      steps,
      msPerStep,
      seconds: (steps * msPerStep) / 1000,
      source: probe ? 'probe' : 'scaled',
      ...(probe ? {} : { from: base.run.name }),
    };
  });
  const seconds = sizes.reduce((s, z) => s + z.seconds, 0);
  return { sizes, seconds, long: seconds > LONG_SWEEP_SECONDS };
}

/**
 * A duration for people: "45 s", "12 min", "3 h 20 min".
 * @example formatDuration(12_000) // '3 h 20 min'
 */
export function formatDuration(seconds: number): string {
  if (!(seconds >= 0) || !Number.isFinite(seconds)) return 'an unknown time';
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return `${Math.round(hours / 24)} days`;
  return `${hours} h ${minutes % 60} min`;
}

/**
 * One size's share of the estimate as the page says it: its time and where the time came from.
 * @example describeSizeEstimate({ name: 'nano', steps: 150, msPerStep: 920, seconds: 138, source: 'probe' }) // 'nano 2 min (150 steps at 920 ms, timed)'
 */
export function describeSizeEstimate(z: SizeEstimate): string {
  const how =
    z.source === 'probe'
      ? `${z.steps} steps at ${Math.round(z.msPerStep)} ms, timed`
      : `scaled from ${z.from ?? 'the largest timed size'} by FLOPs per step`;
  return `${z.name} ${formatDuration(z.seconds)} (${how})`;
}

function largestProbed(runs: readonly RunConfig[], probes: readonly SizeProbe[]) {
  let best: { run: RunConfig; probe: SizeProbe } | undefined;
  for (const run of runs) {
    const probe = probes.find((p) => p.name === run.name && p.msPerStep > 0);
    if (probe && (!best || stepFlopsOf(run) > stepFlopsOf(best.run))) best = { run, probe };
  }
  return best;
}
