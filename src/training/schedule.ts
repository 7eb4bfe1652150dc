/**
 * Learning rate at a step: linear warm-up from 0 to the peak over the first warmupSteps, then
 * a half-cosine from the peak down to minRatio · peak at the last step (Loshchilov & Hutter
 * 2017, SGDR; the schedule of GPT-3 and Chinchilla, which decays to 10% of the peak).
 * @example learningRateAt(0, 100, 10, 1e-2, 0.1) // 1e-3 (warm-up: (step + 1)/warmup · peak)
 */
export function learningRateAt(
  step: number,
  steps: number,
  warmupSteps: number,
  peak: number,
  minRatio: number,
): number {
  if (step < warmupSteps) return (peak * (step + 1)) / warmupSteps;
  const span = Math.max(1, steps - 1 - warmupSteps);
  const progress = Math.min(1, (step - warmupSteps) / span);
  return peak * (minRatio + (1 - minRatio) * 0.5 * (1 + Math.cos(Math.PI * progress)));
}
