/** A small dense matrix, row by row. */
export type Matrix = readonly (readonly number[])[];

/** Pivots smaller than this times the largest entry of the matrix count as zero (singular). */
const SINGULAR = 1e-13;

/**
 * Inverse of a small square matrix (n ≤ ~10: normal equations and covariance matrices of fits) by
 * Gauss–Jordan elimination with partial pivoting (Golub & Van Loan, Matrix Computations, §3.4);
 * null when the matrix is singular to working precision, so callers decide what that means.
 * @example invertMatrix([[2, 0], [0, 4]]) // [[0.5, 0], [0, 0.25]]
 */
export function invertMatrix(matrix: Matrix): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [
    ...row,
    ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  ]);
  const scale = Math.max(...matrix.flatMap((row) => row.map(Math.abs)));
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (!(Math.abs(a[pivot]![col]!) > SINGULAR * scale)) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const rowCol = a[col]!;
    const p = rowCol[col]!;
    for (let j = 0; j < 2 * n; j++) rowCol[j] = rowCol[j]! / p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r]!;
      const factor = row[col]!;
      if (factor !== 0) for (let j = 0; j < 2 * n; j++) row[j] = row[j]! - factor * rowCol[j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/**
 * Solves A·x = b for a small square A (see `invertMatrix`); null when A is singular.
 * @example solveLinearSystem([[2, 1], [1, 3]], [3, 5]) // [0.8, 1.4]
 */
export function solveLinearSystem(matrix: Matrix, rhs: readonly number[]): number[] | null {
  const inverse = invertMatrix(matrix);
  if (!inverse) return null;
  return inverse.map((row) => row.reduce((sum, v, j) => sum + v * rhs[j]!, 0));
}
