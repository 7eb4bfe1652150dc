import { requireFiniteResult, requirePositive } from './validate';

/**
 * Aspect ratio d_model / n_layer the shape rule aims at. Chinchilla's own models sit near it
 * (70B: 8,192 / 80 = 102; Hoffmann et al. 2022, Table 4 and Table A9), and Kaplan et al. 2020
 * (Sec. 3.1, Fig. 5) find the loss within a few per cent over ratios from about 20 to 200.
 */
export const TARGET_ASPECT_RATIO = 100;

/**
 * A transformer shape for N non-embedding parameters: N = 12·L·d² with d ≈ 100·L (so
 * L ≈ (N / (12·100²))^(1/3)), d rounded to a multiple of the head width (128, or 64 below
 * d = 1,024), heads = d / head width; of the five layer counts nearest that L, the one whose
 * 12·L·d² comes closest to N (within 2% from 10⁸ to 10¹² parameters).
 * @example shapeForParams(70e9).dModel // 8,320
 */
export function shapeForParams(N: number): {
  layers: number;
  dModel: number;
  heads: number;
  headDim: number;
  params12LD2: number;
} {
  requirePositive(N, 'N', 'number of parameters');
  const aim = (N / (12 * TARGET_ASPECT_RATIO ** 2)) ** (1 / 3);
  // Rounding d to whole heads can miss N by several per cent; of the layer counts near the aim,
  // keep the one whose rounded shape comes closest to N.
  const candidates = [-2, -1, 0, 1, 2]
    .map((k) => Math.max(1, Math.round(aim) + k))
    .map((layers) => {
      const exact = Math.sqrt(N / (12 * layers));
      const headDim = exact >= 1024 ? 128 : 64;
      const dModel = Math.max(headDim, Math.round(exact / headDim) * headDim);
      return { layers, dModel, headDim, miss: Math.abs((12 * layers * dModel * dModel) / N - 1) };
    });
  const { layers, dModel, headDim } = candidates.reduce((a, b) => (b.miss < a.miss ? b : a));
  return {
    layers,
    dModel,
    heads: dModel / headDim,
    headDim,
    params12LD2: requireFiniteResult(12 * layers * dModel * dModel, 'N'),
  };
}
