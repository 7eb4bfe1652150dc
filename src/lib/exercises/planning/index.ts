// The planning track: one file per exercise, named like its page under /exercises/planning/.
import { powerLawExponentExercise } from './01-power-law-exponent';
import { trainingFlopsExercise } from './02-training-flops';
import { tokensFromComputeExercise } from './03-tokens-from-compute';
import { isoflopSearchExercise } from './04-isoflop-search';
import { undertrainingCheckExercise } from './05-undertraining-check';
import { effectiveTokensExercise } from './06-effective-tokens';
import { servingCostExercise } from './07-serving-cost';
import { residualsExercise } from './08-residuals';
import { thresholdArtifactExercise } from './09-threshold-artifact';
import { forecastChecklistExercise } from './10-forecast-checklist';
import { zeroStageExercise } from './11-zero-stage';
import { kvCacheExercise } from './12-kv-cache';
import { moeComputeExercise } from './13-moe-compute';
import type { ExerciseDef } from '../types';

export * from './01-power-law-exponent';
export * from './02-training-flops';
export * from './03-tokens-from-compute';
export * from './04-isoflop-search';
export * from './05-undertraining-check';
export * from './06-effective-tokens';
export * from './07-serving-cost';
export * from './08-residuals';
export * from './09-threshold-artifact';
export * from './10-forecast-checklist';
export * from './11-zero-stage';
export * from './12-kv-cache';
export * from './13-moe-compute';

/** The planning track, in order. */
export const PLANNING_EXERCISES: readonly ExerciseDef[] = [
  powerLawExponentExercise,
  trainingFlopsExercise,
  tokensFromComputeExercise,
  isoflopSearchExercise,
  undertrainingCheckExercise,
  effectiveTokensExercise,
  servingCostExercise,
  residualsExercise,
  thresholdArtifactExercise,
  forecastChecklistExercise,
  zeroStageExercise,
  kvCacheExercise,
  moeComputeExercise,
];
