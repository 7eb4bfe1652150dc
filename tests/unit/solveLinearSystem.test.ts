import { describe, expect, it } from 'vitest';
import { invertMatrix, solveLinearSystem } from '../../src/lib/solveLinearSystem';
import { closeTo } from '../tolerance';

describe('solveLinearSystem(A, b)', () => {
  it.each([
    [
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
      [0.8, 1.4],
    ],
    [
      [
        [0, 1],
        [1, 0],
      ],
      [2, 3],
      [3, 2],
    ],
    [
      [
        [4, -2, 1],
        [-2, 4, -2],
        [1, -2, 4],
      ],
      [11, -16, 17],
      [1, -2, 3],
    ],
  ])('solves %j · x = %j as %j (pivoting where the diagonal is 0)', (a, b, x) => {
    const solved = solveLinearSystem(a, b)!;
    solved.forEach((v, i) => closeTo(v + 1, x[i]! + 1, 1e-12));
  });
  it('returns null for a singular matrix', () => {
    expect(
      solveLinearSystem(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toBeNull();
    expect(
      invertMatrix([
        [0, 0],
        [0, 0],
      ]),
    ).toBeNull();
  });
});

describe('invertMatrix(A)', () => {
  it('gives A·A⁻¹ = I for a 3×3 matrix', () => {
    const a = [
      [4, -2, 1],
      [-2, 4, -2],
      [1, -2, 4],
    ];
    const inv = invertMatrix(a)!;
    a.forEach((row, i) =>
      row.forEach((_, j) => {
        const product = row.reduce((s, v, k) => s + v * inv[k]![j]!, 0);
        expect(Math.abs(product - (i === j ? 1 : 0))).toBeLessThan(1e-14);
      }),
    );
  });
});
