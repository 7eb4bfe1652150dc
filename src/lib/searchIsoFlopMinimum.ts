import {
  type ChinchillaParams,
  type ChinchillaSetName,
  DEFAULT_CHINCHILLA_SET,
  predictChinchillaLoss,
  resolveChinchillaParams,
} from './chinchillaLoss';
import { InputError } from './errors';
import { requireFiniteResult, requirePositive } from './validate';

/** A point of an IsoFLOP profile: N parameters trained on D = C/(6N) tokens reach `loss`. */
export interface IsoFlopProfilePoint {
  params: number;
  tokens: number;
  loss: number;
}

/**
 * Loss along one IsoFLOP profile: L̂(N, C/(6N)) = E + A/N^α + B·(6N/C)^β for each N (Hoffmann et al. 2022,
 * Eq. 2 with C = 6ND, as in the IsoFLOP curves of Fig. 3). Units: parameters, tokens, nats/token.
 * @example computeIsoFlopProfile(5.76e23, [1e10, 3e10])[1].loss // ≈ 1.931 ('hoffmann2022')
 */
export function computeIsoFlopProfile(
  C: number,
  sizes: readonly number[],
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): IsoFlopProfilePoint[] {
  requirePositive(C, 'C', 'number of FLOPs');
  const p = resolveChinchillaParams(set);
  return sizes.map((N) => {
    requirePositive(N, 'N', 'number of parameters');
    const tokens = C / (6 * N);
    return { params: N, tokens, loss: predictChinchillaLoss(N, tokens, p) };
  });
}

/** Golden-section ratio (√5 − 1)/2. */
const PHI = (Math.sqrt(5) - 1) / 2;

/**
 * Compute-optimal N for C FLOPs found numerically, without Eq. 4's closed form: evaluate L̂(N, C/(6N))
 * on a grid of `perDecade` sizes per decade from 1 parameter to C/6 (one token), then refine the best
 * cell by golden-section search in ln N. The profile is convex in ln N (a sum of two exponentials in
 * ln N), so the grid's best cell brackets the one minimum. Units: parameters, tokens, nats/token.
 * @example searchIsoFlopMinimum(5.76e23).params // ≈ 32.2e9, as chinchillaFrontier gives in closed form
 */
export function searchIsoFlopMinimum(
  C: number,
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
  perDecade = 20,
): IsoFlopProfilePoint {
  requirePositive(C, 'C', 'number of FLOPs');
  if (!(C / 6 > 1))
    throw new InputError(`C must exceed 6 FLOPs (one parameter, one token), got ${C}`, 'C');
  if (!Number.isInteger(perDecade) || perDecade < 1 || perDecade > 1000) {
    throw new InputError(
      `perDecade must be a whole number from 1 to 1000, got ${perDecade}`,
      'perDecade',
    );
  }
  const p = resolveChinchillaParams(set);
  const hiLog = Math.log(C / 6);
  // Without E: near the minimum the reducible part is all that changes, and E would swamp it in rounding.
  const lossAt = (lnN: number) =>
    p.A * Math.exp(-p.alpha * lnN) + p.B * Math.exp(p.beta * (lnN - hiLog));
  const cells = Math.max(2, Math.ceil((hiLog / Math.LN10) * perDecade));
  const step = hiLog / cells;
  let best = 0;
  let bestLoss = lossAt(0);
  for (let i = 1; i <= cells; i++) {
    const loss = lossAt(i * step);
    if (loss < bestLoss) [best, bestLoss] = [i, loss];
  }
  let a = Math.max(0, best - 1) * step;
  let b = Math.min(cells, best + 1) * step;
  let c = b - PHI * (b - a);
  let d = a + PHI * (b - a);
  while (b - a > 1e-12 * Math.max(1, Math.abs(b))) {
    if (lossAt(c) < lossAt(d)) b = d;
    else a = c;
    c = b - PHI * (b - a);
    d = a + PHI * (b - a);
  }
  const lnN = (a + b) / 2;
  const params = requireFiniteResult(Math.exp(lnN), 'N_opt');
  return {
    params,
    tokens: requireFiniteResult(Math.exp(hiLog - lnN), 'D_opt'),
    loss: requireFiniteResult(p.E + lossAt(lnN), 'L'),
  };
}
