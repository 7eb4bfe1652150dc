import type { ParamTable } from '../paramTable';
import { AUDIT_RESULTS, auditParams } from './auditModel';
import { benchmarkParams } from './benchmarkPlan';
import { DASHBOARD_RESULTS } from './dashboardOutcome';
import { FIT_CHOICES_RESULTS, fitChoicesParams } from './fitChoices';
import { ISOFLOP_RESULTS } from './isoflopOutcome';
import { isoflopParams } from './isoflopPlan';
import { predictParams } from './predictHeldOut';
import { PREDICT_RESULTS } from './predictOutcome';
import { SWEEP_RESULTS } from './sweepOutcome';
import { sweepParams } from './sweepPlan';
import { THREE_APPROACHES_RESULTS, threeApproachesParams } from './threeApproaches';

/** A lab as the linking guide describes it: its page, its URL parameters and its results. */
export interface LabDef {
  /** The page is /labs/<slug>/. */
  slug: string;
  title: string;
  /** URL parameters, seed included, so a link reproduces a run; [] when the lab has none. */
  params: ParamTable;
  /** Names of its `[data-result]` elements; [] when its results are a table of data attributes. */
  results: readonly { name: string }[];
}

/** The training labs show their backend in `[data-result="backend"]` beside the controls. */
const backend = { name: 'backend' };

/** Every lab on the site; the linking guide lists those with URL parameters from this list. */
export const LABS: readonly LabDef[] = [
  {
    slug: 'parameter-audit',
    title: 'Parameter audit',
    params: auditParams,
    results: AUDIT_RESULTS,
  },
  {
    slug: 'scaling-sweep',
    title: 'Scaling sweep',
    params: sweepParams,
    results: [backend, ...SWEEP_RESULTS],
  },
  {
    slug: 'predict-and-verify',
    title: 'Predict and verify',
    params: predictParams,
    results: [backend, ...PREDICT_RESULTS],
  },
  {
    slug: 'isoflop',
    title: 'IsoFLOP valleys',
    params: isoflopParams,
    results: [backend, { name: 'nOpt (one per budget, with data-budget)' }, ...ISOFLOP_RESULTS],
  },
  { slug: 'dashboard', title: 'Scaling dashboard', params: [], results: DASHBOARD_RESULTS },
  { slug: 'benchmark', title: 'Backend benchmark', params: benchmarkParams, results: [] },
  {
    slug: 'fit-choices',
    title: 'Fit choices',
    params: fitChoicesParams,
    results: FIT_CHOICES_RESULTS,
  },
  {
    slug: 'three-approaches',
    title: 'Three approaches, known truth',
    params: threeApproachesParams,
    results: THREE_APPROACHES_RESULTS,
  },
];
