import { InputError } from './errors';
import { requireFiniteResult, requirePositive } from './validate';

/**
 * Kaplan et al. 2020 single-variable power laws, Sec. 1.2 and Appendix A Table 5:
 * L(N) = (N_c/N)^α_N, L(D) = (D_c/D)^α_D, L(C_min) = (C_c^min/C_min)^α_C^min. Loss in nats per token.
 */
export const KAPLAN_2020 = {
  /** Eq. 1.1: α_N = 0.076, N_c = 8.8e13 non-embedding parameters. */
  alphaN: 0.076,
  Nc: 8.8e13,
  /** Eq. 1.2: α_D = 0.095, D_c = 5.4e13 tokens (large model, early stopping). */
  alphaD: 0.095,
  Dc: 5.4e13,
  /** Eq. 1.3: α_C^min = 0.050, C_c^min = 3.1e8 PF-days (Table 5 agrees; Figs. 1 and 13 read 2.3e8). */
  alphaCMin: 0.05,
  CcMin: 3.1e8,
  /** The figure legends' C_c^min (Fig. 1 left, Fig. 13): L = (C_min/2.3e8)^−0.050. */
  CcMinFigure: 2.3e8,
} as const;

/** Which printing of C_c^min to use: 'equation' (Eq. 1.3 and Table 5, 3.1e8, the default) or 'figure' (Figs. 1 and 13, 2.3e8). */
export type CMinReading = 'equation' | 'figure';

/**
 * Loss of a model with N non-embedding parameters trained to convergence on enough data:
 * L(N) = (N_c/N)^α_N with N_c = 8.8e13, α_N = 0.076 (Kaplan et al. 2020, Eq. 1.1). Unit: nats/token.
 * @example predictKaplanLossN(1e9) // ≈ 2.3756
 */
export function predictKaplanLossN(N: number): number {
  requirePositive(N, 'N', 'number of parameters');
  return requireFiniteResult((KAPLAN_2020.Nc / N) ** KAPLAN_2020.alphaN, 'L');
}

/**
 * Loss of a large model trained with early stopping on D tokens:
 * L(D) = (D_c/D)^α_D with D_c = 5.4e13, α_D = 0.095 (Kaplan et al. 2020, Eq. 1.2). Unit: nats/token.
 * @example predictKaplanLossD(1e10) // ≈ 2.262
 */
export function predictKaplanLossD(D: number): number {
  requirePositive(D, 'D', 'number of tokens');
  return requireFiniteResult((KAPLAN_2020.Dc / D) ** KAPLAN_2020.alphaD, 'L');
}

/**
 * Loss at the compute-efficient frontier: L(C_min) = (C_c^min/C_min)^0.050 with C_min in PF-days and
 * C_c^min = 3.1e8 (Kaplan et al. 2020, Eq. 1.3; default) or 2.3e8 (Fig. 1 and Fig. 13 legends, reading 'figure').
 * Unit: nats/token.
 * @example predictKaplanLossCmin(1) // ≈ 2.658; with 'figure' ≈ 2.619
 */
export function predictKaplanLossCmin(
  cMinPfDays: number,
  reading: CMinReading = 'equation',
): number {
  requirePositive(cMinPfDays, 'C_min', 'amount of compute in PF-days');
  if (reading !== 'equation' && reading !== 'figure') {
    throw new InputError(
      `reading must be 'equation' or 'figure', got ${JSON.stringify(reading)}`,
      'reading',
    );
  }
  const cc = reading === 'figure' ? KAPLAN_2020.CcMinFigure : KAPLAN_2020.CcMin;
  return requireFiniteResult((cc / cMinPfDays) ** KAPLAN_2020.alphaCMin, 'L');
}
