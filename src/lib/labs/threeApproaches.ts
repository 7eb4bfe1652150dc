/**
 * /labs/three-approaches/: Chinchilla's three approaches run on a synthetic study whose law is
 * known, so each recovered exponent a can be set beside the true one.
 */
import { type ResultSpec, withFields } from '../calculator';
import { CHINCHILLA_PARAMETER_SETS } from '../chinchillaLoss';
import { computeFrontierExponents } from '../chinchillaFrontier';
import { fitChinchilla } from '../fitChinchilla';
import { fitEnvelope } from '../fitEnvelope';
import { fitIsoFlop } from '../fitIsoFlop';
import { makeChinchillaGrid } from '../makeChinchillaGrid';
import type { ParamTable, ParamValue } from '../paramTable';
import { type ChinchillaStudy, simulateChinchillaStudy } from '../simulateChinchillaStudy';

/** The lab's URL parameters. */
export const threeApproachesParams: ParamTable = [
  {
    kind: 'choice',
    name: 'truth',
    label: 'True law',
    default: 'hoffmann2022',
    options: [
      { value: 'hoffmann2022', label: 'Hoffmann et al. 2022, as printed (a = 0.452)' },
      { value: 'besiroglu2024', label: 'Besiroglu et al. 2024 refit (a = 0.513)' },
    ],
  },
  {
    kind: 'quantity',
    name: 'noise',
    label: 'Noise on each loss',
    unit: '(σ of ln loss)',
    default: '0.01',
    min: 0,
    max: 0.2,
    help: '0.01 is about 1%',
  },
  {
    kind: 'quantity',
    name: 'perBudget',
    label: 'Runs per IsoFLOP budget',
    unit: 'runs',
    default: '9',
    min: 3,
    max: 60,
    integer: true,
    help: '9 budgets, 6e18–3e21 FLOPs',
  },
  {
    kind: 'quantity',
    name: 'sizes',
    label: 'Sizes with training curves',
    unit: 'models',
    default: '40',
    min: 3,
    max: 200,
    integer: true,
    help: '70M–16B parameters',
  },
  {
    kind: 'quantity',
    name: 'seed',
    label: 'Seed',
    unit: '',
    default: '1',
    min: 0,
    max: 2 ** 31,
    integer: true,
  },
];

/** The lab's `[data-result]` elements. */
export const THREE_APPROACHES_RESULTS: readonly ResultSpec[] = [
  { name: 'aTrue', label: 'True a = β/(α+β)', style: 'plain' },
  { name: 'a1', label: 'Approach 1: envelope of training curves', style: 'plain' },
  { name: 'a2', label: 'Approach 2: IsoFLOP parabolas', style: 'plain' },
  { name: 'a3', label: 'Approach 3: parametric fit', style: 'plain' },
];

/**
 * 243 starts of Hoffmann et al.'s grid (every other value in each dimension), so the seven
 * Approach 3 fits of the page take seconds rather than a minute.
 */
const COARSE_GRID = makeChinchillaGrid().filter(
  (s) => s.alpha % 1 === 0 && s.beta % 1 === 0 && s.e % 1 === 0 && s.a % 10 === 0 && s.b % 10 === 0,
);

/**
 * The exponent a of N_opt ∝ C^a by each approach of Hoffmann et al. 2022 (Sec. 3.1–3.3) on one
 * study: the envelope of its curves, its IsoFLOP parabolas, and the parametric fit of its IsoFLOP
 * runs' final losses (Approach 3 from 243 grid starts).
 * @example recoverExponents(simulateChinchillaStudy()) // { a1: ≈0.4516, a2: 0.4516, a3: 0.4516 }
 */
export function recoverExponents(study: ChinchillaStudy): { a1: number; a2: number; a3: number } {
  const runs = study.isoflop.map((p) => ({ N: p.N, D: p.C / (6 * p.N), loss: p.loss }));
  return {
    a1: withFields('sizes', () => fitEnvelope(study.curves)).a,
    a2: withFields('perBudget', () => fitIsoFlop(study.isoflop)).a,
    a3: withFields('perBudget', () => fitChinchilla(runs, { starts: COARSE_GRID })).a,
  };
}

/** The lab's results: the true a, each approach's, and the gaps as noise and runs change. */
export type ThreeApproachesResults = { aTrue: number; a1: number; a2: number; a3: number } & {
  /** One row per variant; an approach that found no exponent there (a parabola opening downward) is null. */
  gaps: {
    noise: number;
    perBudget: number;
    a1: number | null;
    a2: number | null;
    a3: number | null;
  }[];
};

/** recoverExponents, with null for an approach that throws on this study. */
function tryEach(study: ChinchillaStudy) {
  const runs = study.isoflop.map((p) => ({ N: p.N, D: p.C / (6 * p.N), loss: p.loss }));
  const attempt = (fn: () => number) => {
    try {
      return fn();
    } catch {
      return null;
    }
  };
  return {
    a1: attempt(() => fitEnvelope(study.curves).a),
    a2: attempt(() => fitIsoFlop(study.isoflop).a),
    a3: attempt(() => fitChinchilla(runs, { starts: COARSE_GRID }).a),
  };
}

/**
 * The lab's compute: one study from the link's truth, noise, runs and seed, then the same seed at
 * noise 0, 0.005, 0.01 and 0.02 and at 5, 9 and 17 runs per budget, for the table of gaps.
 * @example computeThreeApproaches({ truth: 'hoffmann2022', noise: 0, perBudget: 9, sizes: 40, seed: 1 }).a2 // ≈ 0.45161
 */
export function computeThreeApproaches(
  values: Readonly<Record<string, ParamValue>>,
): ThreeApproachesResults {
  const truth =
    CHINCHILLA_PARAMETER_SETS[
      values['truth'] === 'besiroglu2024' ? 'besiroglu2024' : 'hoffmann2022'
    ];
  const base = {
    truth,
    noise: Number(values['noise'] ?? 0.01),
    perBudget: Number(values['perBudget'] ?? 9),
    sizes: Number(values['sizes'] ?? 40),
    seed: Number(values['seed'] ?? 1),
  };
  const main = recoverExponents(simulateChinchillaStudy(base));
  const variants = [
    ...[0, 0.005, 0.01, 0.02].map((noise) => ({ ...base, noise })),
    ...[5, 9, 17].map((perBudget) => ({ ...base, perBudget })),
  ];
  return {
    aTrue: computeFrontierExponents(truth).a,
    ...main,
    gaps: variants.map((v) => ({
      noise: v.noise,
      perBudget: v.perBudget,
      ...tryEach(simulateChinchillaStudy(v)),
    })),
  };
}
