/** One row of Hoffmann et al. 2022, Table 2: N_opt ∝ C^a, D_opt ∝ C^b. */
export interface ScalingExponentRow {
  id: 'approach1' | 'approach2' | 'approach3' | 'kaplan2020';
  approach: string;
  a: number;
  b: number;
  /** 10th and 90th percentiles from bootstrapping (80% of the data, 100 times); absent for Kaplan. */
  aInterval?: readonly [number, number];
  bInterval?: readonly [number, number];
}

/**
 * Exponents of the compute-optimal allocation by method (Hoffmann et al. 2022, Table 2), with Kaplan's
 * row (0.73, 0.27; Kaplan et al. 2020, Table 6). Approach 3's a = 0.46 lies outside its own interval
 * (0.454, 0.455); the rounded α, β give 0.452 (see computeFrontierExponents).
 * @example SCALING_EXPONENTS.find((r) => r.id === 'approach2')?.a // 0.49
 */
export const SCALING_EXPONENTS: readonly ScalingExponentRow[] = [
  {
    id: 'approach1',
    approach: 'Minimum over training curves',
    a: 0.5,
    b: 0.5,
    aInterval: [0.488, 0.502],
    bInterval: [0.501, 0.512],
  },
  {
    id: 'approach2',
    approach: 'IsoFLOP profiles',
    a: 0.49,
    b: 0.51,
    aInterval: [0.462, 0.534],
    bInterval: [0.483, 0.529],
  },
  {
    id: 'approach3',
    approach: 'Parametric modelling of the loss',
    a: 0.46,
    b: 0.54,
    aInterval: [0.454, 0.455],
    bInterval: [0.542, 0.543],
  },
  { id: 'kaplan2020', approach: 'Kaplan et al. (2020)', a: 0.73, b: 0.27 },
];
