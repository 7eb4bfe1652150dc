// The Kaplan track: one file per exercise, named like its page under /exercises/kaplan/.
import { powerLawFitterExercise } from './01-power-law-fitter';
import { sixNEstimatorExercise } from './02-6n-estimator';
import { overfittingDetectorExercise } from './03-overfitting-detector';
import { gpt3PredictorExercise } from './04-gpt3-predictor';
import { minimalTransformerExercise } from './05-minimal-scaling-transformer';
import type { ExerciseDef } from '../types';

export * from './01-power-law-fitter';
export * from './02-6n-estimator';
export * from './03-overfitting-detector';
export * from './04-gpt3-predictor';
export * from './05-minimal-scaling-transformer';

/** The Kaplan track, in order. */
export const KAPLAN_EXERCISES: readonly ExerciseDef[] = [
  powerLawFitterExercise,
  sixNEstimatorExercise,
  overfittingDetectorExercise,
  gpt3PredictorExercise,
  minimalTransformerExercise,
];
