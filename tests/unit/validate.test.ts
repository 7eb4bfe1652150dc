import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import {
  requireFiniteResult,
  requireFraction,
  requireNonNegative,
  requirePositive,
  requirePositiveInteger,
} from '../../src/lib/validate';

/** The InputError a call throws, or undefined when it returns. */
function thrown(fn: () => unknown): InputError | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

describe('requirePositive(value, name, what)', () => {
  it.each([175e9, 1e-300, Number.MAX_VALUE])('requirePositive(%s) returns it', (v) => {
    expect(requirePositive(v, 'N', 'number of parameters')).toBe(v);
  });
  it.each([
    [-3, 'N must be a positive number of parameters, got -3'],
    [0, 'N must be a positive number of parameters, got 0'],
    [NaN, 'N must be a positive number of parameters, got NaN'],
    [Infinity, 'N must be a positive number of parameters, got Infinity'],
    ['7' as unknown as number, 'N must be a positive number of parameters, got "7"'],
  ])('requirePositive(%j) throws on N: %s', (v, message) => {
    const error = thrown(() => requirePositive(v, 'N', 'number of parameters'));
    expect(error?.message).toBe(message);
    expect(error?.field).toBe('N');
  });
});

describe('requireNonNegative(value, name, what)', () => {
  it.each([0, 2e12])('requireNonNegative(%s) returns it', (v) => {
    expect(requireNonNegative(v, 'served', 'number of tokens')).toBe(v);
  });
  it.each([-1, NaN, -Infinity])('requireNonNegative(%s) throws on served', (v) => {
    expect(thrown(() => requireNonNegative(v, 'served', 'number of tokens'))).toEqual(
      new InputError(`served must be a non-negative number of tokens, got ${v}`, 'served'),
    );
  });
});

describe('requireFraction(value, name, what)', () => {
  it.each([1e-9, 0.4, 1])('requireFraction(%s) returns it', (v) => {
    expect(requireFraction(v, 'mfu', 'utilisation')).toBe(v);
  });
  it.each([0, -0.1, 1.0000001, NaN])('requireFraction(%s) throws on mfu', (v) => {
    const error = thrown(() => requireFraction(v, 'mfu', 'utilisation'));
    expect(error?.message).toBe(`mfu must be a utilisation between 0 and 1, got ${v}`);
    expect(error?.field).toBe('mfu');
  });
});

describe('requirePositiveInteger(value, name, what)', () => {
  it.each([1, 1024])('requirePositiveInteger(%s) returns it', (v) => {
    expect(requirePositiveInteger(v, 'gpus', 'number of GPUs')).toBe(v);
  });
  it.each([0, -2, 1.5, NaN, Infinity])('requirePositiveInteger(%s) throws on gpus', (v) => {
    const error = thrown(() => requirePositiveInteger(v, 'gpus', 'number of GPUs'));
    expect(error?.message).toBe(`gpus must be a positive whole number of GPUs, got ${v}`);
    expect(error?.field).toBe('gpus');
  });
});

describe('requireFiniteResult(value, name)', () => {
  it.each([0, -1, 1e308])('requireFiniteResult(%s) returns it', (v) => {
    expect(requireFiniteResult(v, 'C')).toBe(v);
  });
  it.each([NaN, Infinity, -Infinity])('requireFiniteResult(%s) throws on C', (v) => {
    expect(thrown(() => requireFiniteResult(v, 'C'))).toEqual(
      new InputError('C is out of range: the result is not a finite number', 'C'),
    );
  });
});
