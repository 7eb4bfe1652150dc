import { InputError } from './errors';
import {
  fitPowerLawLogs,
  requirePowerLawPoints,
  type PowerLawFit,
  type PowerLawPoint,
} from './fitPowerLaw';

/** Result of `fitPowerLawWithFloor`: L = floor + (N_c/N)^α with the floor given. */
export interface PowerLawWithFloorFit extends PowerLawFit {
  floor: number;
}

/**
 * Fits L = floor + (N_c/N)^α with a known irreducible loss `floor` (e.g. E of Hoffmann et al. 2022,
 * Eq. 2): least squares of ln(L − floor) = α·ln N_c − α·ln N against ln N. r2 and residuals are in
 * that space. Throws an InputError for a loss at or below the floor, where ln(L − floor) is undefined.
 * @example fitPowerLawWithFloor([{ N: 1e8, loss: 3.5 }, { N: 1e9, loss: 2.9 }], 1.69).alpha // ≈ 0.175
 */
export function fitPowerLawWithFloor(
  points: readonly PowerLawPoint[],
  floor: number,
): PowerLawWithFloorFit {
  if (!(Number.isFinite(floor) && floor >= 0)) {
    throw new InputError(`floor must be a non-negative loss, got ${floor}`, 'floor');
  }
  requirePowerLawPoints(points, 'fitPowerLawWithFloor', 2);
  for (const p of points) {
    if (p.loss <= floor) {
      const relation = p.loss === floor ? 'equals' : 'is below';
      throw new InputError(
        `loss ${p.loss} ${relation} the floor ${floor}: log(L − floor) is undefined`,
        'floor',
      );
    }
  }
  const fit = fitPowerLawLogs(
    points.map((p) => Math.log(p.N)),
    points.map((p) => Math.log(p.loss - floor)),
    'fitPowerLawWithFloor',
  );
  const { alpha, logNc } = fit;
  return { ...fit, floor, predict: (N) => floor + Math.exp(alpha * (logNc - Math.log(N))) };
}
