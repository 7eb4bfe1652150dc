import { describe, expect, it } from 'vitest';
import { flopsToPfDays } from '../../src/lib/computeUnits';
import { InputError } from '../../src/lib/errors';
import {
  paramsFromFlops,
  solveTrainingCompute,
  tokensFromFlops,
  trainingFlops,
} from '../../src/lib/trainingFlops';
import { closeTo, papers } from '../tolerance';

const gpt3 = papers.example_checks.gpt3_175B_6ND;
const chinchillaRow = papers.example_checks.chinchilla_table3_first_row;

describe('trainingFlops(N, D)', () => {
  it('reproduces GPT-3 175B: 3.14e23 FLOPs and about 3,640 PF-days (Table D.1)', () => {
    const c = trainingFlops(gpt3.N, gpt3.D);
    expect(Number(c.toPrecision(3))).toBe(gpt3.flops);
    expect(Math.abs(flopsToPfDays(c) - gpt3.pf_days) / gpt3.pf_days).toBeLessThan(0.005);
  });
  it('reproduces Chinchilla Table 3 first row: 400M params, 8.0B tokens, 1.92e19 FLOPs', () => {
    expect(Number(trainingFlops(chinchillaRow.params, chinchillaRow.tokens).toPrecision(3))).toBe(
      chinchillaRow.flops,
    );
  });
  it.each([
    [-3, 1e9, 'N must be a positive number of parameters, got -3'],
    [0, 1e9, 'N must be a positive number of parameters, got 0'],
    [NaN, 1e9, 'N must be a positive number of parameters, got NaN'],
    [1e9, Infinity, 'D must be a positive number of tokens, got Infinity'],
  ])('trainingFlops(%s, %s) throws "%s"', (n, d, message) => {
    expect(() => trainingFlops(n, d)).toThrow(new InputError(message, message.slice(0, 1)));
  });
  it('throws rather than returning Infinity for 1e200 × 1e200', () => {
    expect(() => trainingFlops(1e200, 1e200)).toThrow(/not a finite number/);
  });
});

describe('paramsFromFlops(C, D) and tokensFromFlops(C, N)', () => {
  it('invert C = 6ND', () => {
    closeTo(paramsFromFlops(trainingFlops(70e9, 1.4e12), 1.4e12), 70e9);
    closeTo(tokensFromFlops(trainingFlops(70e9, 1.4e12), 70e9), 1.4e12);
  });
});

describe('solveTrainingCompute({C, N, D})', () => {
  it.each([
    [{ N: 70e9, D: 1.4e12 }, 'C'],
    [{ C: 5.88e23, D: 1.4e12 }, 'N'],
    [{ C: 5.88e23, N: 70e9 }, 'D'],
  ])('completes %o by solving for %s', (given, solvedFor) => {
    const out = solveTrainingCompute(given);
    expect(out.solvedFor).toBe(solvedFor);
    closeTo(out.C, 6 * out.N * out.D);
  });
  it('accepts all three when they agree within 1%', () => {
    expect(solveTrainingCompute({ C: 5.9e23, N: 70e9, D: 1.4e12 }).solvedFor).toBeNull();
  });
  it('rejects all three when they disagree, on field C', () => {
    expect(() => solveTrainingCompute({ C: 1e24, N: 70e9, D: 1.4e12 })).toThrow(/disagree/);
    try {
      solveTrainingCompute({ C: 1e24, N: 70e9, D: 1.4e12 });
    } catch (e) {
      expect((e as InputError).field).toBe('C');
    }
  });
  it('names what is missing when fewer than two are given', () => {
    expect(() => solveTrainingCompute({ N: 70e9 })).toThrow('missing C and D');
  });
});
