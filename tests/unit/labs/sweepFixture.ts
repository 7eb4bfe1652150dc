import type { SweepRun } from '../../../src/lib/labs/sweepResults';

/** The law the fixture's losses follow: L = 1.2 + (3000/N)^0.4. */
export const law = (N: number) => 1.2 + (3e3 / N) ** 0.4;
/** A finished 2-layer run of width d, 614k tokens, on that law (or at `loss`). */
export const run = (d: number, loss = law(24 * d * d)): SweepRun => ({
  name: `d${d}`,
  dModel: d,
  nLayer: 2,
  N: 24 * d * d,
  tokens: 614_400,
  steps: 600,
  finalTrainLoss: loss + 0.01,
  validationLoss: loss,
  elapsedMs: 1000 * d,
  backend: 'wasm',
  curve: [
    { tokens: 10_240, loss: 3.5 },
    { tokens: 614_400, loss },
  ],
});
