import type { CalculatorDef } from '../calculator';
import { chinchillaOptimal } from './chinchillaOptimal';
import { dataConstrained } from './dataConstrained';
import { dataWall } from './dataWall';
import { emergence } from './emergence';
import { fitRuns } from './fitRuns';
import { inferenceMemory } from './inferenceMemory';
import { isoflop } from './isoflop';
import { kaplan } from './kaplan';
import { parameters } from './parameters';
import { powerLawFit } from './powerLawFit';
import { servingCost } from './servingCost';
import { trainingCompute } from './trainingCompute';
import { trainingMemory } from './trainingMemory';

/** Every calculator on the site, in sidebar order; the linking guide is generated from this list. */
export const CALCULATORS: readonly CalculatorDef<Record<string, unknown>>[] = [
  trainingCompute,
  trainingMemory,
  inferenceMemory,
  chinchillaOptimal,
  parameters,
  powerLawFit,
  kaplan,
  dataWall,
  isoflop,
  fitRuns,
  dataConstrained,
  servingCost,
  emergence,
];
