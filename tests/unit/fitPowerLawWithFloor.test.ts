import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { fitPowerLawWithFloor } from '../../src/lib/fitPowerLawWithFloor';
import { closeTo, papers } from '../tolerance';

const chinchilla = papers.hoffmann2022_chinchilla.parametric_fit;

describe('fitPowerLawWithFloor(points, floor)', () => {
  it("recovers α = 0.34 and A = 406.4 of Chinchilla's A/N^α above E = 1.69 (N_c = A^{1/α})", () => {
    const points = [1e7, 1e8, 1e9, 1e10, 1e11].map((N) => ({
      N,
      loss: chinchilla.E + chinchilla.A / N ** chinchilla.alpha,
    }));
    const fit = fitPowerLawWithFloor(points, chinchilla.E);
    closeTo(fit.alpha, chinchilla.alpha, 1e-9);
    closeTo(fit.Nc ** fit.alpha, chinchilla.A, 1e-9);
    expect(fit.floor).toBe(chinchilla.E);
    closeTo(fit.predict(70e9), chinchilla.E + chinchilla.A / 70e9 ** chinchilla.alpha, 1e-12);
  });
  it('with floor 0 is fitPowerLaw', () => {
    const fit = fitPowerLawWithFloor(
      [
        { N: 1e8, loss: 3.9 },
        { N: 1e9, loss: 3.28 },
      ],
      0,
    );
    closeTo(fit.alpha, Math.log(3.9 / 3.28) / Math.log(10), 1e-12);
  });
  it.each([
    [
      1.5,
      [
        { N: 1e8, loss: 1.2 },
        { N: 1e9, loss: 2 },
      ],
      'loss 1.2 is below the floor 1.5: log(L − floor) is undefined',
    ],
    [
      2,
      [
        { N: 1e8, loss: 3 },
        { N: 1e9, loss: 2 },
      ],
      'loss 2 equals the floor 2: log(L − floor) is undefined',
    ],
    [
      -1,
      [
        { N: 1e8, loss: 3 },
        { N: 1e9, loss: 2 },
      ],
      'floor must be a non-negative loss, got -1',
    ],
    [
      NaN,
      [
        { N: 1e8, loss: 3 },
        { N: 1e9, loss: 2 },
      ],
      'floor must be a non-negative loss, got NaN',
    ],
  ])('fitPowerLawWithFloor(points, %s) throws "%s"', (floor, points, message) => {
    expect(() => fitPowerLawWithFloor(points, floor)).toThrow(new InputError(message, 'floor'));
  });
  it('needs 2 distinct N', () => {
    expect(() => fitPowerLawWithFloor([{ N: 1e8, loss: 3 }], 1)).toThrow(
      'fitPowerLawWithFloor needs at least 2 points with distinct N, got 1',
    );
  });
});
