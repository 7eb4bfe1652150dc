import { InputError } from './errors';
import { predictKaplanLossCmin, predictKaplanLossD, predictKaplanLossN } from './kaplanLoss';
import { makeLogGrid } from './makeLogGrid';
import { requirePositive } from './validate';

/** One of Kaplan et al. 2020's single-variable laws: L(N) (Eq. 1.1), L(D) (Eq. 1.2), L(C_min) (Eq. 1.3). */
export type KaplanLaw = 'N' | 'D' | 'Cmin';

/** What a law is a function of, and the span the paper measured it over. */
export interface KaplanLawRange {
  /** Symbol of the variable, for labels. */
  symbol: string;
  /** Unit of the variable. */
  unit: string;
  /** What the variable counts, for error messages ("number of tokens"). */
  what: string;
  /** Smallest and largest value measured. */
  lo: number;
  hi: number;
  /** Where the range comes from. */
  source: string;
}

/**
 * Ranges over which Kaplan et al. 2020 measured each law: N from 768 to 1.5e9 non-embedding parameters and
 * D from 2.2e7 to 2.3e10 tokens (Sec. 3, list of factors varied); C_min from 1e-8 to 10 PF-days, the
 * span of the L(C_min) fit in Fig. 1 (left) read off its axis, so approximate.
 */
export const KAPLAN_LAW_RANGES: Readonly<Record<KaplanLaw, KaplanLawRange>> = {
  N: {
    symbol: 'N',
    unit: 'non-embedding parameters',
    what: 'number of parameters',
    lo: 768,
    hi: 1.5e9,
    source: 'Kaplan et al. 2020, Sec. 3',
  },
  D: {
    symbol: 'D',
    unit: 'tokens',
    what: 'number of tokens',
    lo: 2.2e7,
    hi: 2.3e10,
    source: 'Kaplan et al. 2020, Sec. 3',
  },
  Cmin: {
    symbol: 'C_min',
    unit: 'PF-days',
    what: 'amount of compute in PF-days',
    lo: 1e-8,
    hi: 10,
    source: 'Kaplan et al. 2020, Fig. 1 (left), approximate',
  },
};

/** A point on a law: x in the law's unit, y the loss in nats per token. */
export interface LawPoint {
  x: number;
  y: number;
}

/** A law drawn over the paper's range, with the reader's point and the stretch between them if it lies outside. */
export interface KaplanLawCurve {
  /** The law over the measured range. */
  measured: LawPoint[];
  /** From the nearer end of the range to `at`, when `at` lies outside it; empty otherwise. */
  extrapolated: LawPoint[];
  /** The law at `at`. */
  marker: LawPoint;
  /** Whether `at` lies inside the measured range. */
  inRange: boolean;
}

/**
 * Loss predicted by one of Kaplan's single-variable laws (Kaplan et al. 2020, Eqs. 1.1–1.3):
 * 'N': (8.8e13/N)^0.076; 'D': (5.4e13/D)^0.095; 'Cmin': (3.1e8/C_min)^0.050 with C_min in PF-days.
 * Unit: nats/token.
 * @example predictKaplanLaw('N', 1e9) // ≈ 2.3756
 */
export function predictKaplanLaw(law: KaplanLaw, x: number): number {
  if (law === 'N') return predictKaplanLossN(x);
  if (law === 'D') return predictKaplanLossD(x);
  if (law === 'Cmin') return predictKaplanLossCmin(x);
  throw new InputError(`law must be 'N', 'D' or 'Cmin', got ${JSON.stringify(law)}`, 'law');
}

/**
 * Points of one Kaplan law for a log-log chart: `count` points over the measured range (KAPLAN_LAW_RANGES)
 * and, when `at` lies outside it, a second line from the range's nearer end to `at` (an extrapolation).
 * Units: x in the law's unit, y in nats/token.
 * @example makeKaplanLawCurve('N', 175e9).inRange // false: GPT-3 is beyond the 1.5e9 measured
 */
export function makeKaplanLawCurve(law: KaplanLaw, at: number, count = 48): KaplanLawCurve {
  const range = KAPLAN_LAW_RANGES[law];
  if (range === undefined)
    throw new InputError(`law must be 'N', 'D' or 'Cmin', got ${JSON.stringify(law)}`, 'law');
  requirePositive(at, range.symbol, range.what);
  const point = (x: number): LawPoint => ({ x, y: predictKaplanLaw(law, x) });
  const measured = makeLogGrid(range.lo, range.hi, count).map(point);
  const inRange = at >= range.lo && at <= range.hi;
  let extrapolated: LawPoint[] = [];
  if (at > range.hi) extrapolated = makeLogGrid(range.hi, at, 12).map(point);
  else if (at < range.lo) extrapolated = makeLogGrid(at, range.lo, 12).map(point);
  return { measured, extrapolated, marker: point(at), inRange };
}
