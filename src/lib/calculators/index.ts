import type { CalculatorDef } from '../calculator';
import { chinchillaOptimal } from './chinchillaOptimal';
import { dataWall } from './dataWall';
import { fitRuns } from './fitRuns';
import { parameters } from './parameters';
import { powerLawFit } from './powerLawFit';
import { trainingCompute } from './trainingCompute';

/** Every calculator on the site, in sidebar order; the linking guide is generated from this list. */
export const CALCULATORS: readonly CalculatorDef<Record<string, unknown>>[] = [trainingCompute, chinchillaOptimal, parameters, powerLawFit, dataWall, fitRuns];
