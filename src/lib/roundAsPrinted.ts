import type { ChinchillaParams } from './chinchillaLoss';

/**
 * E, A, B, α, β rounded to the digits Hoffmann et al. 2022 printed (App. D.2, Eq. 10: E 1.69,
 * A 406.4, B 410.7, α 0.34, β 0.28): two decimals for E, α, β, one for A and B. Besiroglu et al.
 * 2024 show the rounding alone moves the implied allocation (a from 0.454 to 0.452).
 * @example roundAsPrinted({ E: 1.69337, A: 406.401, B: 410.723, alpha: 0.33917, beta: 0.28491, source: '' }).alpha // 0.34
 */
export function roundAsPrinted<P extends Omit<ChinchillaParams, 'source'>>(p: P): P {
  const to = (v: number, digits: number) => Number(v.toFixed(digits));
  return {
    ...p,
    E: to(p.E, 2),
    A: to(p.A, 1),
    B: to(p.B, 1),
    alpha: to(p.alpha, 2),
    beta: to(p.beta, 2),
  };
}
