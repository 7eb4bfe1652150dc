import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNELS_PLAIN, KERNELS_SHARED } from '../../../src/training/kernels/wasmKernels';
import {
  planTranspose,
  runWithTfjsKernels,
  wasmKernelsActive,
} from '../../../src/training/wasmKernels';
import { assembleKernel } from '../../../scripts/build-kernels.mjs';
import { ladderRun } from '../../../src/lib/labs/ladder';
import { createAdamW, disposeAdamW } from '../../../src/training/adamw';
import { makeBatchSampler } from '../../../src/training/data';
import { createModel, disposeModel, trainableVariables } from '../../../src/training/model';
import { trainStep } from '../../../src/training/trainLoop';
import { useBackend } from './fixtures';

/** The same op on the CPU backend (the reference) and on WASM with these kernels. */
async function onBoth<T>(op: () => T): Promise<{ cpu: T; wasm: T }> {
  await useBackend('cpu');
  const cpu = op();
  await useBackend('wasm');
  const wasm = op();
  return { cpu, wasm };
}

describe('the WASM kernels', () => {
  beforeAll(() => useBackend('wasm'));
  afterAll(() => useBackend('cpu'));

  it('are the assembly of kernels/wasmKernels.wat as it stands (rerun scripts/build-kernels.mjs)', async () => {
    const source = readFileSync('src/training/kernels/wasmKernels.wat', 'utf8');
    const b64 = async (shared: boolean) =>
      Buffer.from((await assembleKernel(source, shared)) as Uint8Array).toString('base64');
    expect(KERNELS_PLAIN).toBe(await b64(false));
    expect(KERNELS_SHARED).toBe(await b64(true));
  });

  it('run on the WASM backend here (Node has WASM SIMD)', async () => {
    await useBackend('wasm');
    expect(wasmKernelsActive()).toBe(true);
    await useBackend('cpu');
    expect(wasmKernelsActive()).toBe(false);
  });

  it.each([
    ['attention scores', [2, 3, 64, 8], [2, 3, 8, 64]],
    ['attention output', [2, 3, 64, 64], [2, 3, 64, 8]],
    ['a width of 12 (16 then 4 columns at a time)', [4, 5, 7], [4, 7, 12]],
    ['a width of 6 (tfjs kernel: not a multiple of 4)', [2, 4, 6], [2, 6, 6]],
    ['one matrix (tfjs kernel: XNNPACK)', [4, 5], [5, 8]],
    ['a broadcast batch (tfjs kernel)', [2, 5, 3], [1, 3, 8]],
  ])('matMul, %s, equals the CPU backend', async (_, aShape, bShape) => {
    const a = Array.from({ length: aShape.reduce((x, y) => x * y) }, (_, i) => Math.sin(i));
    const b = Array.from({ length: bShape.reduce((x, y) => x * y) }, (_, i) => Math.cos(3 * i));
    const { cpu, wasm } = await onBoth(() =>
      tf.tidy(() => tf.matMul(tf.tensor(a, aShape), tf.tensor(b, bShape)).arraySync()),
    );
    const [want, got] = [cpu, wasm].map((x) => [x].flat(4) as number[]);
    expect(got!.length).toBe(want!.length);
    const worst = Math.max(...got!.map((x, i) => Math.abs(x - want![i]!)));
    expect(worst).toBeLessThan(1e-4);
  });

  it.each([
    [
      [16, 6, 64, 8],
      [16, 6, 8, 64],
    ],
    [
      [16, 6, 64, 64],
      [16, 6, 64, 8],
    ],
    [
      [3, 100, 130],
      [3, 130, 20],
    ],
  ])(
    'batched matMul %j · %j equals tfjs’s own WASM kernel to the bit (its order of summation)',
    async (aShape, bShape) => {
      await useBackend('wasm');
      const [a, b] = [aShape, bShape].map((s, k) => tf.randomNormal(s, 0, 1, 'float32', k + 1));
      const ours = tf.tidy(() => tf.matMul(a!, b!).dataSync());
      const theirs = runWithTfjsKernels(() => tf.tidy(() => tf.matMul(a!, b!).dataSync()));
      expect(Array.from(ours)).toEqual(Array.from(theirs));
      [a, b].forEach((t) => t!.dispose());
    },
  );

  it('matMul with a transposed operand still goes to tfjs and agrees', async () => {
    const { cpu, wasm } = await onBoth(() =>
      tf.tidy(() =>
        tf
          .matMul(tf.ones([2, 5, 7]), tf.reshape(tf.range(0, 112), [2, 8, 7]), false, true)
          .arraySync(),
      ),
    );
    expect(wasm).toEqual(cpu);
  });

  it.each([
    [[16, 64, 18, 8], [0, 2, 1, 3], 'float32'],
    [[48, 32], [1, 0], 'float32'],
    [[2, 3, 4, 5, 6], [4, 0, 3, 1, 2], 'float32'],
    [[3, 4, 5], [2, 0, 1], 'int32'],
    [[2, 3, 4], [2, 1, 0], 'bool'],
  ] as const)(
    'transpose of %j by %j (%s) equals the CPU backend exactly',
    async (shape, perm, dtype) => {
      const n = shape.reduce((x, y) => x * y, 1);
      const values: number[] | boolean[] =
        dtype === 'bool'
          ? Array.from({ length: n }, (_, i) => i % 3 === 0)
          : Array.from({ length: n }, (_, i) => i * 1.5);
      const { cpu, wasm } = await onBoth(() =>
        tf.tidy(() => tf.transpose(tf.tensor(values, [...shape], dtype), [...perm]).arraySync()),
      );
      expect(wasm).toEqual(cpu);
    },
  );

  it.each([
    [[16, 18, 64, 8], 3, 1],
    [[4, 10], [3, 7], 1],
    [[6, 5], [2, 4], 0],
    [[2, 9, 3], [2, 3, 4], -2],
  ] as const)(
    'split of %j into %j along %i equals the CPU backend exactly',
    async (shape, parts, axis) => {
      const n = shape.reduce((x, y) => x * y, 1);
      const x = Array.from({ length: n }, (_, i) => i - n / 2);
      const { cpu, wasm } = await onBoth(() =>
        tf.tidy(() =>
          tf
            .split(tf.tensor(x, [...shape]), typeof parts === 'number' ? parts : [...parts], axis)
            .map((t) => t.arraySync()),
        ),
      );
      expect(wasm).toEqual(cpu);
    },
  );
});

describe('planTranspose(shape, perm)', () => {
  it.each([
    [
      [16, 64, 18, 8],
      [0, 2, 1, 3],
      [16, 18, 64, 8],
      [9216, 8, 144, 1],
    ],
    [
      [1024, 48],
      [1, 0],
      [1, 1, 48, 1024],
      [0, 0, 1, 48],
    ],
    [
      [2, 3, 4],
      [0, 1, 2],
      [1, 1, 1, 24],
      [0, 0, 0, 1],
    ],
    [
      [2, 1, 3, 4, 5],
      [4, 3, 2, 1, 0],
      [5, 4, 3, 2],
      [1, 5, 20, 60],
    ],
  ])('%j by %j: sizes %j, strides %j', (shape, perm, sizes, strides) => {
    expect(planTranspose(shape, perm)).toEqual({ sizes, strides });
  });

  it('gives up on five axes that cannot merge', () => {
    expect(planTranspose([2, 3, 4, 5, 6], [4, 2, 0, 3, 1])).toBeNull();
  });
});

describe('kernels per training step (the count the sweep and benchmark pages give)', () => {
  afterAll(() => useBackend('cpu'));

  it.each([
    ['host', 429],
    ['device', 988],
  ] as const)(
    'a 2-layer d8 step on WASM with the moments on the %s launches %i',
    async (where, n) => {
      await useBackend('wasm');
      const run = ladderRun('d8', 8, {});
      const model = createModel(run.model, 1);
      const opt = createAdamW(trainableVariables(model), run.train, where);
      const tokens = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % run.model.nVocab);
      const next = makeBatchSampler(tokens, [{ start: 0, length: tokens.length }], 16, 64, 1);
      trainStep(model, opt, next(), 1e-3).dispose(); // warm-up
      const profile = await tf.profile(() => trainStep(model, opt, next(), 1e-3).dispose());
      expect(profile.kernels.length).toBe(n);
      disposeAdamW(opt);
      disposeModel(model);
    },
  );
});
