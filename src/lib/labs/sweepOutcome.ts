/**
 * The scaling sweep's outcome: the runs it finished, the fitted L = L∞ + (N_c/N)^α and the
 * curve to draw, from the finished runs alone. Also the stored form of a finished run, which
 * every training lab keeps.
 */
import type { ResultSpec } from '../calculator';
import { InputError } from '../errors';
import { type LabOutcome, errorMessage, notYet, trainingSeconds } from './labOutcome';
import { type SweepFit, type SweepRun, fitCurve, fitSweep } from './sweepResults';
import type { RunConfig } from './trainConfig';

/** Results of /labs/scaling-sweep/, each in a `[data-result]` element (the backend is shown beside the controls). */
export const SWEEP_RESULTS: readonly ResultSpec[] = [
  { name: 'elapsedSeconds', label: 'Training time, finished sizes', unit: 's', style: 'plain' },
  { name: 'alpha', label: 'Exponent α', style: 'plain' },
  { name: 'Nc', label: 'Scale N_c', unit: 'parameters', style: 'scientific' },
  { name: 'Linf', label: 'Floor L∞', unit: 'nats/token', style: 'plain' },
  { name: 'r2', label: 'R² (log space)', style: 'plain' },
];

/** What the card says before two sizes have finished. */
export const SWEEP_WAITING =
  'The fit appears once two sizes have finished (three for the floor L∞).';

/** The sweep's card: training time and the fitted law. */
export interface SweepResults {
  elapsedSeconds: number;
  alpha: number;
  Nc: number;
  Linf: number;
  r2: number;
}

/** What the sweep draws: the fit (once there is one), its curve, and whether the floor was dropped. */
export interface SweepView {
  fit: SweepFit | undefined;
  /** The fitted curve over the runs' N (fitCurve); [] without a fit. */
  curve: { x: number; y: number }[];
  /** Three or more sizes, but the floor could not be fitted: the card shows the pure power law. */
  pureLaw: boolean;
}

/**
 * The sweep's outcome from its finished runs: with two or more, fitSweep's L = L∞ + (N_c/N)^α
 * (Kaplan et al. 2020, Eq. 1.5) and its curve; a fit that fails becomes the card's message.
 * @example sweepOutcome(runs).ok && sweepOutcome(runs).results.alpha // ≈ 0.1–0.3 for the browser ladder
 */
export function sweepOutcome(runs: readonly SweepRun[]): LabOutcome<SweepResults, SweepView> {
  const none = { fit: undefined, curve: [], pureLaw: false };
  if (runs.length < 2) return { ...notYet(SWEEP_WAITING), ...none };
  let fit: SweepFit;
  try {
    fit = fitSweep(runs);
  } catch (error) {
    return { ...notYet(`No fit: ${errorMessage(error)}`), ...none };
  }
  const { alpha, Nc, Linf, r2 } = fit;
  return {
    ok: true,
    results: { elapsedSeconds: trainingSeconds(runs), alpha, Nc, Linf, r2 },
    fit,
    curve: fitCurve(fit, runs),
    pureLaw: fit.law === 'pure' && runs.length >= 3,
  };
}

/** What a finished training run reports (src/training's TrainResult carries these fields). */
export interface FinishedTraining {
  name: string;
  steps: number;
  tokens: number;
  finalTrainLoss: number | null;
  finalValidationLoss: number | null;
  elapsedMs: number;
  backend: string;
  /** The real weights by category; weightMatrices is Kaplan's N. */
  weights: { weightMatrices: number };
  history: readonly { tokens: number; trainLoss: number }[];
}

/**
 * The stored form of a finished run: its settings, losses, time and training curve. Throws an
 * InputError naming the loss a run ended without (only a run that did not finish lacks one).
 * @example toSweepRun(ladderRun('d8', 8), result).N // result.weights.weightMatrices
 */
export function toSweepRun(run: RunConfig, r: FinishedTraining): SweepRun {
  const loss = (value: number | null, field: string) => {
    if (value === null)
      throw new InputError(`${r.name} ended without a ${field}, so it cannot be kept`, field);
    return value;
  };
  return {
    name: r.name,
    dModel: run.model.dModel,
    nLayer: run.model.nLayer,
    N: r.weights.weightMatrices,
    tokens: r.tokens,
    steps: r.steps,
    finalTrainLoss: loss(r.finalTrainLoss, 'finalTrainLoss'),
    validationLoss: loss(r.finalValidationLoss, 'finalValidationLoss'),
    elapsedMs: r.elapsedMs,
    backend: r.backend,
    curve: r.history.map((h) => ({ tokens: h.tokens, loss: h.trainLoss })),
  };
}
