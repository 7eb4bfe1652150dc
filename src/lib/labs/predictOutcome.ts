/**
 * Predict-and-verify's outcome: the forecast for the held-out size from the smaller sizes, and
 * once the held-out size has trained, what it measured and how far the forecast was off.
 */
import type { ResultSpec } from '../calculator';
import { type LabOutcome, errorMessage, notYet, trainingSeconds } from './labOutcome';
import { type HeldOutForecast, forecastErrorPercent, forecastHeldOut } from './predictHeldOut';
import { type SweepRun, curveOver } from './sweepResults';
import type { RunConfig } from './trainConfig';

/** Results of /labs/predict-and-verify/, each in a `[data-result]` element. */
export const PREDICT_RESULTS: readonly ResultSpec[] = [
  {
    name: 'predicted',
    label: 'Forecast for the held-out size',
    unit: 'nats/token',
    style: 'plain',
  },
  {
    name: 'predictedLo',
    label: 'Forecast, 5th percentile',
    unit: 'nats/token',
    style: 'plain',
    help: '100 bootstrap refits',
  },
  { name: 'predictedHi', label: 'Forecast, 95th percentile', unit: 'nats/token', style: 'plain' },
  { name: 'measured', label: 'Measured', unit: 'nats/token', style: 'plain' },
  {
    name: 'errorPercent',
    label: 'Forecast error',
    unit: '%',
    style: 'plain',
    help: '100·(forecast − measured)/measured',
  },
  { name: 'alpha', label: 'Exponent α of the fit', style: 'plain' },
  { name: 'r2', label: 'R² of the fit', style: 'plain' },
  { name: 'elapsedSeconds', label: 'Training time', unit: 's', style: 'plain' },
];

/** What the card says while the smaller sizes train. */
export const PREDICT_WAITING = 'The forecast appears once the smaller sizes have finished.';

/** The card: the forecast and its interval, the fit behind it, and the measurement once made. */
export interface PredictResults {
  predicted: number;
  predictedLo: number;
  predictedHi: number;
  alpha: number;
  r2: number;
  elapsedSeconds: number;
  measured?: number;
  errorPercent?: number;
}

/** What the lab draws: the fitted sizes, the held-out one once trained, and the forecast's curve. */
export interface PredictView {
  fitted: SweepRun[];
  heldOut: SweepRun | undefined;
  forecast: HeldOutForecast | undefined;
  /** The fit over the fitted sizes and the held-out N (curveOver); [] without a forecast. */
  curve: { x: number; y: number }[];
}

/** What the outcome needs of planPredict's plan: its runs (the held-out one last) and the target. */
export interface PredictTarget {
  runs: readonly RunConfig[];
  /** d_model of the held-out size. */
  target: number;
  /** Its non-embedding N = 12·n_layer·d². */
  targetN: number;
}

/**
 * The forecast once every smaller size has finished (forecastHeldOut at the plan's seed): it
 * depends only on them, so it is fixed before the held-out size trains; then the measured loss
 * and the signed error 100·(forecast − measured)/measured. Without a plan nothing is fitted.
 * @example predictOutcome(runs, planPredict(values)).ok && predictOutcome(runs, plan).results.errorPercent
 */
export function predictOutcome(
  runs: readonly SweepRun[],
  plan: PredictTarget | undefined,
): LabOutcome<PredictResults, PredictView> {
  const fitted = plan ? runs.filter((r) => r.dModel !== plan.target) : [];
  const heldOut = plan ? runs.find((r) => r.dModel === plan.target) : undefined;
  const view = { fitted, heldOut, forecast: undefined, curve: [] };
  if (!plan || fitted.length < plan.runs.length - 1) return { ...notYet(PREDICT_WAITING), ...view };
  let forecast: HeldOutForecast;
  try {
    forecast = forecastHeldOut(fitted, plan.targetN, plan.runs[0]!.train.seed);
  } catch (error) {
    return { ...notYet(`No forecast: ${errorMessage(error)}`), ...view };
  }
  const measured = heldOut?.validationLoss;
  return {
    ok: true,
    results: {
      predicted: forecast.predicted,
      predictedLo: forecast.lo,
      predictedHi: forecast.hi,
      alpha: forecast.fit.alpha,
      r2: forecast.fit.r2,
      elapsedSeconds: trainingSeconds(runs),
      ...(measured === undefined
        ? {}
        : { measured, errorPercent: forecastErrorPercent(forecast.predicted, measured) }),
    },
    ...view,
    forecast,
    curve: curveOver(forecast.fit, [...fitted.map((r) => r.N), forecast.N]),
  };
}
