/** A starting point (a, b, e, α, β) for the Approach 3 fit, with A = eᵃ, B = eᵇ, E = eᵉ. */
export interface ChinchillaStart {
  a: number;
  b: number;
  e: number;
  alpha: number;
  beta: number;
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/**
 * The initialisation grid of Hoffmann et al. 2022, App. D.2: α, β ∈ {0, 0.5, …, 2},
 * e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}: 5·5·5·6·6 = 4,500 starts.
 * @example makeChinchillaGrid().length // 4500
 */
export function makeChinchillaGrid(): ChinchillaStart[] {
  const starts: ChinchillaStart[] = [];
  for (const alpha of range(0, 2, 0.5))
    for (const beta of range(0, 2, 0.5))
      for (const e of range(-1, 1, 0.5))
        for (const a of range(0, 25, 5))
          for (const b of range(0, 25, 5)) starts.push({ a, b, e, alpha, beta });
  return starts;
}
