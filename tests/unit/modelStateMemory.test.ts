import { describe, expect, it } from 'vitest';
import { bytesPerParam, modelStateBytes } from '../../src/lib/modelStateMemory';
import { closeTo } from '../tolerance';

describe('bytesPerParam(weights, optimizer)', () => {
  it.each([
    ['bf16', 'adamw', { weights: 2, gradients: 2, optimizer: 12 }],
    ['fp32', 'adamw', { weights: 4, gradients: 4, optimizer: 8 }],
    ['bf16', 'adamw-8bit', { weights: 2, gradients: 2, optimizer: 6 }],
    ['bf16', 'sgd', { weights: 2, gradients: 2, optimizer: 8 }],
    ['fp32', 'sgd', { weights: 4, gradients: 4, optimizer: 4 }],
  ] as const)('bytesPerParam(%s, %s) is %j', (weights, optimizer, expected) => {
    expect(bytesPerParam(weights, optimizer)).toEqual(expected);
  });
  it('mixed-precision AdamW keeps 2 + 2 + 12 = 16 bytes per parameter (ZeRO Sec. 3.1)', () => {
    const b = bytesPerParam('bf16', 'adamw');
    expect(b.weights + b.gradients + b.optimizer).toBe(16);
  });
});

describe('modelStateBytes(N, bytes, sharding) on ZeRO Fig. 1 (7.5B parameters, 64 GPUs)', () => {
  const mixed = bytesPerParam('bf16', 'adamw');
  it.each([
    [0, 120],
    [1, 31.4],
    [2, 16.6],
    [3, 1.9],
  ] as const)(
    'ZeRO stage %i needs %s GB per GPU, as Fig. 1 prints it (one decimal)',
    (zero, printed) => {
      const total = modelStateBytes(7.5e9, mixed, { dp: 64, tp: 1, pp: 1, zero }).total;
      expect(Number((total / 1e9).toFixed(1))).toBe(printed);
    },
  );
  it('stage 1 is 2Ψ + 2Ψ + 12Ψ/N_d; stage 2 is 2Ψ + 14Ψ/N_d; stage 3 is 16Ψ/N_d', () => {
    const at = (zero: 0 | 1 | 2 | 3) =>
      modelStateBytes(7.5e9, mixed, { dp: 64, tp: 1, pp: 1, zero });
    closeTo(at(1).total, 4 * 7.5e9 + (12 * 7.5e9) / 64);
    closeTo(at(2).total, 2 * 7.5e9 + (14 * 7.5e9) / 64);
    closeTo(at(3).total, (16 * 7.5e9) / 64);
    expect(at(2).optimizer).toBe(at(1).optimizer);
  });
  it('tensor and pipeline parallelism divide every state by tp·pp', () => {
    const whole = modelStateBytes(7.5e9, mixed, { dp: 1, tp: 1, pp: 1, zero: 0 });
    const split = modelStateBytes(7.5e9, mixed, { dp: 1, tp: 4, pp: 2, zero: 0 });
    closeTo(split.weights, whole.weights / 8);
    closeTo(split.total, whole.total / 8);
  });
  it.each([
    [{ dp: 0, tp: 1, pp: 1, zero: 0 }, 'dp'],
    [{ dp: 1, tp: 1.5, pp: 1, zero: 0 }, 'tp'],
    [{ dp: 1, tp: 1, pp: 0, zero: 0 }, 'pp'],
    [{ dp: 1, tp: 1, pp: 1, zero: 4 }, 'zero'],
  ])('%j is refused on field %s', (sharding, field) => {
    expect(() => modelStateBytes(1e9, mixed, sharding as never)).toThrow(
      expect.objectContaining({ field }),
    );
  });
});
