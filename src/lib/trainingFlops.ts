import { InputError } from './errors';
import { requireFiniteResult, requirePositive } from './validate';

/**
 * FLOPs per parameter per training token: 2 for the forward pass (one multiply and one add
 * per weight) and 4 for the backward pass (gradients with respect to activations and to
 * weights). Kaplan et al. 2020, Sec. 2.1: C ≈ 6N per token; nanoGPT cites PaLM App. B likewise.
 */
export const FLOPS_PER_PARAM_PER_TOKEN = 6;

/**
 * Training compute C = 6·N·D in FLOPs, N parameters, D tokens (Kaplan et al. 2020, Sec. 2.1).
 * @example trainingFlops(174.6e9, 300e9) // ≈ 3.14e23 (GPT-3 175B, Brown et al. 2020 Table D.1)
 */
export function trainingFlops(params: number, tokens: number): number {
  requirePositive(params, 'N', 'number of parameters');
  requirePositive(tokens, 'D', 'number of tokens');
  return requireFiniteResult(FLOPS_PER_PARAM_PER_TOKEN * params * tokens, 'C');
}

/**
 * Parameters a compute budget affords at a token count: N = C / (6·D).
 * @example paramsFromFlops(5.88e23, 1.4e12) // 70e9 (Chinchilla)
 */
export function paramsFromFlops(flops: number, tokens: number): number {
  requirePositive(flops, 'C', 'number of FLOPs');
  requirePositive(tokens, 'D', 'number of tokens');
  return requireFiniteResult(flops / (FLOPS_PER_PARAM_PER_TOKEN * tokens), 'N');
}

/**
 * Tokens a compute budget affords at a model size: D = C / (6·N).
 * @example tokensFromFlops(1.92e19, 400e6) // 8e9 (Hoffmann et al. 2022 Table 3, first row)
 */
export function tokensFromFlops(flops: number, params: number): number {
  requirePositive(flops, 'C', 'number of FLOPs');
  requirePositive(params, 'N', 'number of parameters');
  return requireFiniteResult(flops / (FLOPS_PER_PARAM_PER_TOKEN * params), 'D');
}

/** Any two of C (FLOPs), N (parameters), D (tokens); the third is solved with C = 6·N·D. */
export interface ComputeTriple {
  C?: number | undefined;
  N?: number | undefined;
  D?: number | undefined;
}

/** Relative disagreement tolerated when all three of C, N, D are given (1%). */
export const CONSISTENCY_TOLERANCE = 0.01;

/**
 * Completes C = 6·N·D from any two of C, N, D (Kaplan et al. 2020, Sec. 2.1). With all three,
 * checks they agree within 1% and otherwise throws an InputError on C.
 * @example solveTrainingCompute({ N: 70e9, D: 1.4e12 }) // { C: 5.88e23, N: 70e9, D: 1.4e12, solvedFor: 'C' }
 */
export function solveTrainingCompute(given: ComputeTriple): {
  C: number;
  N: number;
  D: number;
  solvedFor: 'C' | 'N' | 'D' | null;
} {
  const { C, N, D } = given;
  const count = [C, N, D].filter((v) => v !== undefined).length;
  if (count < 2) {
    const missing = (['C', 'N', 'D'] as const).filter((k) => given[k] === undefined);
    throw new InputError(
      `Give any two of C (FLOPs), N (parameters) and D (tokens); missing ${missing.join(' and ')}`,
      missing[0],
    );
  }
  if (C === undefined) return { C: trainingFlops(N!, D!), N: N!, D: D!, solvedFor: 'C' };
  if (N === undefined) return { C, N: paramsFromFlops(C, D!), D: D!, solvedFor: 'N' };
  if (D === undefined) return { C, N, D: tokensFromFlops(C, N), solvedFor: 'D' };
  const implied = trainingFlops(N, D);
  requirePositive(C, 'C', 'number of FLOPs');
  const gap = Math.abs(C - implied) / implied;
  if (gap > CONSISTENCY_TOLERANCE) {
    throw new InputError(
      `C, N and D disagree: 6·N·D = ${implied.toExponential(3)} but C = ${C.toExponential(3)} ` +
        `(${(gap * 100).toFixed(1)}% apart). Clear one of the three to compute it.`,
      'C',
    );
  }
  return { C, N, D, solvedFor: null };
}
