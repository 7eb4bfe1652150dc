/**
 * The real weights of a built lab model, listed and summed by category: the parameter audit
 * compares these sums with 12·L·d² and with countParameters.
 */

/** Where a weight counts in the audit; attention + feedForward make up Kaplan's N. */
export type WeightCategory = 'attention' | 'feedForward' | 'bias' | 'norm' | 'embedding';

/** One weight tensor as the parameter-audit lab lists it. */
export interface WeightInfo {
  name: string;
  shape: number[];
  size: number;
  category: WeightCategory;
}

/** Parameter counts of the real weights by category. */
export interface WeightSummary {
  attention: number;
  feedForward: number;
  bias: number;
  norm: number;
  embedding: number;
  /**
   * attention + feedForward: the weight matrices only, Kaplan's N as 12·L·d² counts it (unlike
   * countParameters' nonEmbedding, which adds biases and norms).
   */
  weightMatrices: number;
  total: number;
}

/**
 * Sums weight sizes by category.
 * @example summariseWeights([{ name: 'q', shape: [4, 4], size: 16, category: 'attention' }]).weightMatrices // 16
 */
export function summariseWeights(weights: readonly WeightInfo[]): WeightSummary {
  const s: WeightSummary = {
    attention: 0,
    feedForward: 0,
    bias: 0,
    norm: 0,
    embedding: 0,
    weightMatrices: 0,
    total: 0,
  };
  for (const w of weights) {
    s[w.category] += w.size;
    s.total += w.size;
  }
  s.weightMatrices = s.attention + s.feedForward;
  return s;
}
