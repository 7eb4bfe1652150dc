import { describe, expect, it } from 'vitest';
import { withFields } from '../../src/lib/calculator';
import { InputError } from '../../src/lib/errors';
import { predictKaplanLossCmin } from '../../src/lib/kaplanLoss';

describe('withFields(field, fn)', () => {
  it('returns what fn returns', () => {
    expect(withFields('x', () => 42)).toBe(42);
  });
  it('moves an InputError onto the given field, keeping its message', () => {
    expect(() => withFields('Cmin', () => predictKaplanLossCmin(-1))).toThrow(
      new InputError('C_min must be a positive amount of compute in PF-days, got -1', 'Cmin'),
    );
    try {
      withFields('Cmin', () => predictKaplanLossCmin(-1));
    } catch (error) {
      expect((error as InputError).field).toBe('Cmin');
    }
  });
  it('lets other errors pass unchanged', () => {
    const boom = new TypeError('boom');
    expect(() =>
      withFields('x', () => {
        throw boom;
      }),
    ).toThrow(boom);
  });
});

describe('withFields(map, fn)', () => {
  it('renames mapped fields and leaves the others', async () => {
    const { countParameters } = await import('../../src/lib/countParameters');
    const config = {
      nLayer: 0,
      dModel: 8,
      nHeads: 2,
      dFf: 32,
      ffn: 'mlp',
      nVocab: 10,
      nCtx: 4,
      positionEmbedding: 'learned',
      norm: 'layernorm',
      biases: true,
      tiedEmbeddings: true,
    } as const;
    try {
      withFields({ nLayer: 'layers' }, () => countParameters(config));
    } catch (error) {
      expect((error as InputError).field).toBe('layers');
    }
    try {
      withFields({ other: 'x' }, () => countParameters(config));
    } catch (error) {
      expect((error as InputError).field).toBe('nLayer');
    }
    expect.assertions(2);
  });
});
