import { describe, expect, it } from 'vitest';
import {
  type ActivationShape,
  activationBytes,
  activationBytesPerLayer,
} from '../../src/lib/activationMemory';
import { closeTo } from '../tolerance';

/** GPT-3 175B's shape at micro-batch 1 (Korthikanti et al. 2022, Table 3: s 2048, h 12288, a 96, L 96). */
const gpt3: ActivationShape = {
  seq: 2048,
  micro: 1,
  dModel: 12288,
  heads: 96,
  layers: 96,
  tp: 1,
  sp: false,
  recompute: 'none',
};
const sbh = 2048 * 12288;
const attn = (5 * 96 * 2048) / 12288; // 5as/h = 80

describe('activationBytesPerLayer(shape): each row of Korthikanti et al. 2022, Table 2', () => {
  it.each([
    ['no parallelism: sbh(34 + 5as/h)', {}, sbh * (34 + attn)],
    ['tensor parallel t = 8: sbh(10 + 24/t + 5as/(ht))', { tp: 8 }, sbh * (10 + 24 / 8 + attn / 8)],
    [
      'tensor + sequence parallel: sbh/t·(34 + 5as/h)',
      { tp: 8, sp: true },
      (sbh / 8) * (34 + attn),
    ],
    [
      'tensor parallel + selective recompute: sbh(10 + 24/t)',
      { tp: 8, recompute: 'selective' },
      sbh * (10 + 24 / 8),
    ],
    [
      'tensor + sequence parallel + selective recompute: 34·sbh/t',
      { tp: 8, sp: true, recompute: 'selective' },
      (34 * sbh) / 8,
    ],
    ['full recompute: 2·sbh', { tp: 8, sp: true, recompute: 'full' }, 2 * sbh],
  ] as const)('%s', (_name, change, expected) => {
    closeTo(activationBytesPerLayer({ ...gpt3, ...change } as ActivationShape), expected);
  });
  it('with t = 1 the tensor-parallel row equals the no-parallelism row (10 + 24 = 34)', () => {
    closeTo(activationBytesPerLayer(gpt3), sbh * (34 + attn));
  });
  it('scales with the micro-batch', () => {
    closeTo(activationBytesPerLayer({ ...gpt3, micro: 4 }), 4 * activationBytesPerLayer(gpt3));
  });
});

describe('activationBytes(shape)', () => {
  it('is L layers’ worth: the first 1F1B stage holds p micro-batches of L/p layers', () => {
    closeTo(activationBytes(gpt3), 96 * activationBytesPerLayer(gpt3));
  });
  it('GPT-3 175B at t = 8 with sequence parallelism and selective recompute: 96·34·sbh/8 = 10.27 GB', () => {
    expect(activationBytes({ ...gpt3, tp: 8, sp: true, recompute: 'selective' })).toBe(
      10_267_656_192,
    );
  });
  it.each([
    [{ seq: 0 }, 'seq'],
    [{ micro: 1.5 }, 'micro'],
    [{ layers: -1 }, 'layers'],
    [{ recompute: 'some' }, 'recompute'],
  ])('%j is refused on field %s', (change, field) => {
    expect(() => activationBytes({ ...gpt3, ...change } as ActivationShape)).toThrow(
      expect.objectContaining({ field }),
    );
  });
});
