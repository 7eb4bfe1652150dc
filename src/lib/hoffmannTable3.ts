/** One row of Hoffmann et al. 2022 Table 3: a model size, the FLOPs and tokens Approach 1 projects for it. */
export interface Table3Row {
  params: number;
  flops: number;
  tokens: number;
}

/**
 * Hoffmann et al. 2022, Table 3 (estimated optimal training FLOPs and tokens for various model sizes,
 * Approach 1), as printed. Units: parameters, FLOPs, tokens. The 67B row's FLOPs are Gopher's budget
 * and do not equal 6ND (see the errata).
 */
export const HOFFMANN_TABLE_3: readonly Table3Row[] = [
  { params: 400e6, flops: 1.92e19, tokens: 8.0e9 },
  { params: 1e9, flops: 1.21e20, tokens: 20.2e9 },
  { params: 10e9, flops: 1.23e22, tokens: 205.1e9 },
  { params: 67e9, flops: 5.76e23, tokens: 1.5e12 },
  { params: 175e9, flops: 3.85e24, tokens: 3.7e12 },
  { params: 280e9, flops: 9.9e24, tokens: 5.9e12 },
  { params: 520e9, flops: 3.43e25, tokens: 11.0e12 },
  { params: 1e12, flops: 1.27e26, tokens: 21.2e12 },
  { params: 10e12, flops: 1.3e28, tokens: 216.2e12 },
];

/**
 * Smallest and largest tokens per parameter D/N across the rows of Hoffmann et al. 2022 Table 3:
 * 20.0 (400M: 8.0B/400M) to 22.4 (67B: 1.5T/67B). Dimensionless.
 * @example findTable3RatioRange().max // ≈ 22.39
 */
export function findTable3RatioRange(rows: readonly Table3Row[] = HOFFMANN_TABLE_3): {
  min: number;
  max: number;
} {
  const ratios = rows.map((r) => r.tokens / r.params);
  return { min: Math.min(...ratios), max: Math.max(...ratios) };
}
