import fc from 'fast-check';
import { describe, it } from 'vitest';
import { flopsToPfDays, pfDaysToFlops } from '../../src/lib/computeUnits';
import { formatQuantity } from '../../src/lib/formatQuantity';
import { parseQuantity } from '../../src/lib/parseQuantity';
import { paramsFromFlops, tokensFromFlops, trainingFlops } from '../../src/lib/trainingFlops';
import { trainingCost } from '../../src/lib/trainingCost';

const SEED = { seed: 20260101, numRuns: 500 };
const positive = fc.double({ min: 1e-6, max: 1e30, noNaN: true, noDefaultInfinity: true });

describe('formatting and parsing', () => {
  it('parseQuantity(formatQuantity(x)) is x to the 3 significant digits shown, for every style', () => {
    fc.assert(
      fc.property(positive, fc.constantFrom('si', 'scientific', 'plain'), (x, style) => {
        const back = parseQuantity(formatQuantity(x, style));
        return Math.abs(back - x) <= 0.005 * x + 1e-12;
      }),
      SEED,
    );
  });
  it('parseQuantity(String(x)) is exactly x for every finite double', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (x) => parseQuantity(String(x)) === x,
      ),
      SEED,
    );
  });
});

describe('compute identities', () => {
  const n = fc.double({ min: 1e3, max: 1e13, noNaN: true });
  const d = fc.double({ min: 1e3, max: 1e15, noNaN: true });
  it('paramsFromFlops and tokensFromFlops invert trainingFlops', () => {
    fc.assert(
      fc.property(n, d, (N, D) => {
        const C = trainingFlops(N, D);
        return (
          Math.abs(paramsFromFlops(C, D) / N - 1) < 1e-12 &&
          Math.abs(tokensFromFlops(C, N) / D - 1) < 1e-12
        );
      }),
      SEED,
    );
  });
  it('PF-days round-trip', () => {
    fc.assert(
      fc.property(positive, (c) => Math.abs(pfDaysToFlops(flopsToPfDays(c)) / c - 1) < 1e-12),
      SEED,
    );
  });
  it('cost grows with size, and halves wall-clock days when GPUs double', () => {
    fc.assert(
      fc.property(
        n,
        d,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (N, D, mfu, gpus) => {
          const run = {
            flops: trainingFlops(N, D),
            peakFlops: 989.4e12,
            mfu,
            gpus,
            pricePerGpuHour: 2,
          };
          const bigger = trainingCost({ ...run, flops: trainingFlops(2 * N, D) });
          const small = trainingCost(run);
          const twice = trainingCost({ ...run, gpus: 2 * gpus });
          return bigger.cost > small.cost && Math.abs((twice.days * 2) / small.days - 1) < 1e-12;
        },
      ),
      SEED,
    );
  });
});
