import { InputError } from './errors';
import { requireFiniteResult, requirePositive } from './validate';

/** Parameters of L̂(N, D) = E + A/N^α + B/D^β (loss in nats/token, N parameters, D tokens). */
export interface ChinchillaParams {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
  source: string;
}

/**
 * Named fits of the Chinchilla loss:
 * - 'hoffmann2022' (default): as printed, E 1.69, A 406.4, B 410.7, α 0.34, β 0.28 (Hoffmann et al. 2022,
 *   App. D.2, Eq. 10).
 * - 'hoffmann2022-unrounded': the paper's TeX source values as read by Epoch (ln A 6.0073404, ln B 6.0179186,
 *   ln E 0.5267228, α 0.33917084, β 0.2849083; epoch-research/analyzing-chinchilla, `true_params`).
 * - 'besiroglu2024': Epoch's refit of the same data, E 1.8172, A 482.01, B 2085.43, α 0.3478, β 0.3658
 *   (Besiroglu et al. 2024, Table 1).
 */
export const CHINCHILLA_PARAMETER_SETS = {
  hoffmann2022: {
    E: 1.69,
    A: 406.4,
    B: 410.7,
    alpha: 0.34,
    beta: 0.28,
    source: 'Hoffmann et al. 2022, App. D.2 (values as printed)',
  },
  'hoffmann2022-unrounded': {
    E: Math.exp(0.5267228),
    A: Math.exp(6.0073404),
    B: Math.exp(6.0179186),
    alpha: 0.33917084,
    beta: 0.2849083,
    source:
      'Hoffmann et al. 2022 TeX source, via Besiroglu et al. 2024 (epoch-research/analyzing-chinchilla)',
  },
  besiroglu2024: {
    E: 1.8172,
    A: 482.01,
    B: 2085.43,
    alpha: 0.3478,
    beta: 0.3658,
    source: 'Besiroglu et al. 2024, Chinchilla Scaling: A replication attempt, Table 1',
  },
} as const satisfies Record<string, ChinchillaParams>;

/** Name of a Chinchilla parameter set. */
export type ChinchillaSetName = keyof typeof CHINCHILLA_PARAMETER_SETS;

/** The default parameter set: the values as printed in the paper. */
export const DEFAULT_CHINCHILLA_SET: ChinchillaSetName = 'hoffmann2022';

/**
 * Resolves a set name (or passes a custom parameter object through, checked).
 * @example resolveChinchillaParams('besiroglu2024').E // 1.8172
 */
export function resolveChinchillaParams(
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): ChinchillaParams {
  if (typeof set === 'string') {
    const found = (CHINCHILLA_PARAMETER_SETS as Record<string, ChinchillaParams>)[set];
    if (found === undefined) {
      const names = Object.keys(CHINCHILLA_PARAMETER_SETS)
        .map((n) => `'${n}'`)
        .join(', ');
      throw new InputError(`set must be one of ${names}, got ${JSON.stringify(set)}`, 'set');
    }
    return found;
  }
  requirePositive(set.E, 'E', 'irreducible loss');
  requirePositive(set.A, 'A', 'coefficient');
  requirePositive(set.B, 'B', 'coefficient');
  requirePositive(set.alpha, 'alpha', 'exponent');
  requirePositive(set.beta, 'beta', 'exponent');
  return set;
}

/**
 * Predicted final loss of N parameters trained on D tokens: L̂(N, D) = E + A/N^α + B/D^β
 * (Hoffmann et al. 2022, Eq. 2). Unit: nats/token.
 * @example predictChinchillaLoss(70e9, 1.4e12) // ≈ 1.937 with 'hoffmann2022'
 */
export function predictChinchillaLoss(
  N: number,
  D: number,
  set: ChinchillaSetName | ChinchillaParams = DEFAULT_CHINCHILLA_SET,
): number {
  requirePositive(N, 'N', 'number of parameters');
  requirePositive(D, 'D', 'number of tokens');
  const p = resolveChinchillaParams(set);
  return requireFiniteResult(p.E + p.A / N ** p.alpha + p.B / D ** p.beta, 'L');
}
