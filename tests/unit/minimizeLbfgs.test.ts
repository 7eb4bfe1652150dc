import { describe, expect, it } from 'vitest';
import { minimizeLbfgs, type Objective } from '../../src/lib/minimizeLbfgs';

const rosenbrock: Objective = (x, g) => {
  const [a, b] = [x[0]!, x[1]!];
  g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  g[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};
const quadratic: Objective = (x, g) => {
  let f = 0;
  for (let i = 0; i < x.length; i++) {
    const w = i + 1;
    g[i] = 2 * w * (x[i]! - i);
    f += w * (x[i]! - i) ** 2;
  }
  return f;
};

describe('minimizeLbfgs(objective, start)', () => {
  it.each([
    ['Rosenbrock from (−1.2, 1)', rosenbrock, [-1.2, 1], [1, 1]],
    ['a scaled 5-D quadratic from 0', quadratic, [0, 0, 0, 0, 0], [0, 1, 2, 3, 4]],
  ])('finds the minimum of %s', (_, objective, start, expected) => {
    const result = minimizeLbfgs(objective, start);
    expect(['gradient', 'function']).toContain(result.reason);
    result.x.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-6));
  });
  it("reports 'iterations' when it runs out of iterations", () => {
    expect(minimizeLbfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 }).reason).toBe('iterations');
  });
  it("reports 'stalled' when the objective is not finite at the start", () => {
    expect(minimizeLbfgs(() => NaN, [0]).reason).toBe('stalled');
  });
});
