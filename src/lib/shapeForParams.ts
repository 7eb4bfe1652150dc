import { requireFiniteResult, requirePositive } from './validate';

/**
 * Aspect ratio d_model / n_layer the shape rule aims at. Chinchilla's own models sit near it
 * (70B: 8,192 / 80 = 102; Hoffmann et al. 2022, Table 4 and Table A9), and Kaplan et al. 2020
 * (Sec. 3.1, Fig. 5) find the loss within a few per cent over ratios from about 20 to 200.
 */
export const TARGET_ASPECT_RATIO = 100;

/** Width from which heads come in multiples of 8, so tensor parallelism up to a node of 8 GPUs divides them (Llama 2 7B–70B: 32, 40, 64 heads; Touvron et al. 2023, Table 1). */
export const EIGHT_HEADS_FROM = 2048;

/**
 * A transformer shape for N non-embedding parameters: N = 12·L·d² with d ≈ 100·L (so
 * L ≈ (N / (12·100²))^(1/3)). Head width 128 (64 below d = 1,024); from d = 2,048 the heads come in
 * multiples of 8. Of the layer counts within 1.5× of that L, each with d rounded to whole heads,
 * the shapes whose 12·L·d² is within 1% of N are kept and the one nearest the aspect ratio 100
 * wins (else the nearest to N): within 2% of N from 10⁸ to 10¹² parameters.
 * @example shapeForParams(70e9).dModel // 8,192 (80 layers, 64 heads)
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
  const lowest = Math.max(1, Math.floor(aim / 1.5));
  const candidates = Array.from(
    { length: Math.max(1, Math.ceil(aim * 1.5) - lowest + 1) },
    (_, i) => {
      const layers = lowest + i;
      const exact = Math.sqrt(N / (12 * layers));
      const headDim = exact >= 1024 ? 128 : 64;
      const step = exact >= EIGHT_HEADS_FROM ? 8 * headDim : headDim;
      const dModel = Math.max(step, Math.round(exact / step) * step);
      return {
        layers,
        dModel,
        headDim,
        miss: Math.abs((12 * layers * dModel * dModel) / N - 1),
        skew: Math.abs(Math.log(dModel / layers / TARGET_ASPECT_RATIO)),
      };
    },
  );
  const close = candidates.filter((c) => c.miss <= 0.01);
  const { layers, dModel, headDim } =
    close.length > 0
      ? close.reduce((a, b) => (b.skew < a.skew ? b : a))
      : candidates.reduce((a, b) => (b.miss < a.miss ? b : a));
  return {
    layers,
    dModel,
    heads: dModel / headDim,
    headDim,
    params12LD2: requireFiniteResult(12 * layers * dModel * dModel, 'N'),
  };
}
