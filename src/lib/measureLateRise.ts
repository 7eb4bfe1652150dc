import { InputError } from './errors';

/**
 * How late a curve over scale rises: the share of its whole rise, first to last point, that comes
 * above the geometric middle of the sizes, (y_last − y(x_mid)) / (y_last − y_first) with
 * x_mid = √(x_first·x_last) and y(x_mid) interpolated linearly in ln x. About 0.5 for a steady climb
 * on a log axis, near 1 for a jump at the large end. Null when the curve does not rise overall.
 * Dimensionless. Puts a number on Schaeffer et al. 2023's point that p^k looks sudden where p does not.
 * @example measureLateRise([1, 10, 100], [0, 0.1, 1]) // 0.9
 */
export function measureLateRise(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length)
    throw new InputError(`x and y must have the same length, got ${x.length} and ${y.length}`, 'y');
  if (x.length < 2)
    throw new InputError(`measureLateRise needs at least 2 points, got ${x.length}`, 'x');
  x.forEach((v, i) => {
    if (!(Number.isFinite(v) && v > 0))
      throw new InputError(`x[${i}] must be a positive number, got ${v}`, 'x');
    if (i > 0 && !(v > x[i - 1]!))
      throw new InputError(`x must increase, but x[${i}] = ${v} follows ${x[i - 1]}`, 'x');
    if (!Number.isFinite(y[i]))
      throw new InputError(`y[${i}] must be a finite number, got ${y[i]}`, 'y');
  });
  const last = x.length - 1;
  const total = y[last]! - y[0]!;
  if (!(total > 0)) return null;
  const mid = (Math.log(x[0]!) + Math.log(x[last]!)) / 2;
  // The segment [x_i, x_{i+1}] that holds the middle; the loop always finds one since x increases.
  let i = 0;
  while (i < last - 1 && Math.log(x[i + 1]!) < mid) i++;
  const t = (mid - Math.log(x[i]!)) / (Math.log(x[i + 1]!) - Math.log(x[i]!));
  const yMid = y[i]! + t * (y[i + 1]! - y[i]!);
  return (y[last]! - yMid) / total;
}
