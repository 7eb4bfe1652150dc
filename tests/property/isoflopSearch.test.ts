import fc from 'fast-check';
import { describe, it } from 'vitest';
import { chinchillaFrontier } from '../../src/lib/chinchillaFrontier';
import { searchIsoFlopMinimum } from '../../src/lib/searchIsoFlopMinimum';
import { closeTo } from '../tolerance';

const SEED = { seed: 42, numRuns: 100 };
const between = (min: number, max: number) => fc.double({ min, max, noNaN: true });

describe('searchIsoFlopMinimum finds the minimum Eq. 4 gives in closed form', () => {
  it('for any loss fit whose optimum lies inside [1, C/6], with 6·N·D = C', () => {
    const fit = fc.record({
      E: between(0.5, 3),
      A: between(10, 5000),
      B: between(10, 5000),
      alpha: between(0.1, 0.8),
      beta: between(0.1, 0.8),
      logC: between(15, 30),
    });
    fc.assert(
      fc.property(fit, ({ logC, ...p }) => {
        const C = 10 ** logC;
        const params = { ...p, source: 'property test' };
        const closed = chinchillaFrontier(C, params);
        fc.pre(closed.params > 10 && closed.tokens > 10);
        const grid = searchIsoFlopMinimum(C, params);
        closeTo(grid.params, closed.params, 1e-5);
        closeTo(grid.loss, closed.loss, 1e-10);
        closeTo(6 * grid.params * grid.tokens, C, 1e-12);
      }),
      SEED,
    );
  });
});
