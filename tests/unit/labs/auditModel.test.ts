import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/errors';
import {
  auditConfigFrom,
  compareAudit,
  decoderConfigOf,
  parametersCalculatorLink,
} from '../../../src/lib/labs/auditModel';
import { readParams, parseParams } from '../../../src/lib/paramTable';
import { auditParams } from '../../../src/lib/labs/auditModel';
import { summariseWeights } from '../../../src/lib/labs/weightSummary';
import { createModel, disposeModel, listWeights } from '../../../src/training/model';
import '@tensorflow/tfjs-backend-cpu';

const config = { nVocab: 40, nCtx: 64, nLayer: 2, dModel: 32, nHeads: 4 };

describe('auditConfigFrom(values)', () => {
  it('reads the defaults of the parameter table', () => {
    const { values, errors } = parseParams(
      auditParams,
      readParams(auditParams, new URLSearchParams()),
    );
    expect(errors).toEqual({});
    expect(auditConfigFrom(values)).toEqual(config);
  });
  it.each([
    [
      { layers: 2, dModel: 30, heads: 4, vocab: 40, ctx: 64 },
      'heads',
      /must divide the width \(30\)/,
    ],
    [{ layers: 96, dModel: 8192, heads: 64, vocab: 40, ctx: 64 }, 'dModel', /at most 60M/],
  ])('rejects %o beside %s', (values, field, message) => {
    try {
      auditConfigFrom(values);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe(field);
      expect((error as InputError).message).toMatch(message);
    }
  });
});

describe('compareAudit(summary, config)', () => {
  it.each([
    { nVocab: 40, nCtx: 64, nLayer: 2, dModel: 8, nHeads: 1 },
    config,
    { nVocab: 85, nCtx: 16, nLayer: 3, dModel: 48, nHeads: 6 },
  ])('the built model of %o matches 12·L·d² and the calculator exactly', (c) => {
    const model = createModel(c, 0);
    try {
      const r = compareAudit(summariseWeights(listWeights(model)), c);
      expect(r.weightMatrices).toBe(12 * c.nLayer * c.dModel ** 2);
      expect(r.approxRatio).toBe(1);
      expect(r.total).toBe(r.calculatorTotal);
      expect(r.calculatorNonEmbedding).toBe(r.weightMatrices + r.biasesAndNorms);
      expect(r.matchesCalculator).toBe(1);
    } finally {
      disposeModel(model);
    }
  });
});

describe('parametersCalculatorLink(config)', () => {
  it('carries the same numbers, with d_ff = 4·d_model', () => {
    expect(parametersCalculatorLink(config)).toBe(
      '/calculators/parameters/?layers=2&dModel=32&heads=4&dFf=128&vocab=40&ctx=64',
    );
    expect(decoderConfigOf(config).dFf).toBe(128);
  });
});
