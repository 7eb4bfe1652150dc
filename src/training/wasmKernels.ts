/**
 * Faster BatchMatMul, Transpose and SplitV kernels for tfjs's WASM backend, installed over its
 * own on import (training only: the parameter audit and the calculators never load this file).
 *
 * tfjs-backend-wasm 4.22 sends a matMul with a batch of more than one matrix to a plain scalar
 * loop (batch_mat_mul_impl.cc, `slow_batch_matmul`); only a single product reaches XNNPACK.
 * Attention's products over heads, [B, h, T, d_h] · [B, h, d_h, T] and back, are such batches,
 * and they took 35 of a d48 step's 83 ms in Node. Its Transpose moved about 100 million
 * elements a second: a step's transposes took 13 ms more, and the split into Q, K and V 4–6 ms
 * (tfjs splits through a general slice). No maintained library supplies
 * such kernels for this backend, so these are written by hand in kernels/wasmKernels.wat (the
 * product in WASM SIMD, f32x4), assembled by scripts/build-kernels.mjs and instantiated on the
 * backend's own memory, so they read and write the tensors in place. Every other case (a single
 * matrix, transposed or broadcast operands, a width not a multiple of 4, 1-byte or 8-byte
 * elements, more than four axes after merging, no WASM SIMD) goes to tfjs's kernel unchanged.
 * tests/unit/training/wasmKernels.test.ts checks them against the CPU backend, and the product
 * against tfjs's own kernel to the bit.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { KERNELS_PLAIN, KERNELS_SHARED } from './kernels/wasmKernels';

/** The module's exports: see kernels/wasmKernels.wat. */
interface Kernels {
  batchMatMul(
    a: number,
    b: number,
    c: number,
    batch: number,
    m: number,
    k: number,
    n: number,
  ): void;
  transpose4(input: number, out: number, ...sizesThenByteStrides: number[]): void;
}

/** The parts of tfjs-backend-wasm's backend this kernel touches (not in its public types). */
interface WasmBackendLike {
  wasm: { wasmMemory?: WebAssembly.Memory; asm?: { memory?: WebAssembly.Memory } };
  dataIdMap: { get(dataId: object): { memoryOffset: number } };
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
}

const instances = new WeakMap<WebAssembly.Memory, Kernels | null>();

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The kernels bound to the backend's memory, or null where this browser lacks WASM SIMD. */
function kernelsFor(backend: WasmBackendLike): Kernels | null {
  const memory = backend.wasm.wasmMemory ?? backend.wasm.asm?.memory;
  if (!memory) return null;
  if (!instances.has(memory)) {
    const shared =
      typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
    let kernels: Kernels | null = null;
    try {
      const bytes = decode(shared ? KERNELS_SHARED : KERNELS_PLAIN);
      const module = new WebAssembly.Module(bytes);
      kernels = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as Kernels;
    } catch {
      kernels = null; // no WASM SIMD here: tfjs's own kernels stay in use
    }
    instances.set(memory, kernels);
  }
  return instances.get(memory) ?? null;
}

/** True when the active backend is WASM and these kernels run on it (WASM SIMD is present). */
export function wasmKernelsActive(): boolean {
  return (
    tf.getBackend() === 'wasm' && kernelsFor(tf.backend() as unknown as WasmBackendLike) !== null
  );
}

const offset = (backend: WasmBackendLike, t: tf.TensorInfo) =>
  backend.dataIdMap.get(t.dataId).memoryOffset;

/** The copying kernels move 4-byte elements (float32, int32); bool and complex64 go to tfjs. */
const fourBytes = (t: tf.TensorInfo) => t.dtype === 'float32' || t.dtype === 'int32';

/** tfjs's own kernels and these, by name, for runWithTfjsKernels. */
const replaced = new Map<string, { tfjs: tf.KernelConfig; ours: tf.KernelConfig }>();

/** Replaces tfjs's kernel `name` on the WASM backend; `run` returns null to hand a call back to it. */
function override(
  name: string,
  run: (
    args: Parameters<tf.KernelFunc>[0],
    backend: WasmBackendLike,
  ) => tf.TensorInfo | tf.TensorInfo[] | null,
): void {
  const tfjs = tf.getKernel(name, 'wasm');
  if (!tfjs) throw new Error(`tfjs-backend-wasm registered no ${name} kernel`);
  const ours: tf.KernelConfig = {
    ...tfjs,
    kernelFunc: (args) =>
      run(args, args.backend as unknown as WasmBackendLike) ?? tfjs.kernelFunc(args),
  };
  replaced.set(name, { tfjs, ours });
  tf.unregisterKernel(name, 'wasm');
  tf.registerKernel(ours);
}

/**
 * Runs `fn` with tfjs's own WASM kernels back in place, then reinstalls these: for tests and
 * benchmarks that compare the two.
 */
export function runWithTfjsKernels<T>(fn: () => T): T {
  const swap = (which: 'tfjs' | 'ours') => {
    for (const [name, configs] of replaced) {
      tf.unregisterKernel(name, 'wasm');
      tf.registerKernel(configs[which]);
    }
  };
  swap('tfjs');
  try {
    return fn();
  } finally {
    swap('ours');
  }
}

/** [...batch, m, k] · [...batch, k, n] for equal batch shapes of more than one matrix, n % 4 == 0. */
function fits(a: tf.TensorInfo, b: tf.TensorInfo, transposed: boolean): boolean {
  const r = a.shape.length;
  if (transposed || r < 3 || b.shape.length !== r) return false;
  if (a.dtype !== 'float32' || b.dtype !== 'float32') return false;
  for (let i = 0; i < r - 2; i++) if (a.shape[i] !== b.shape[i]) return false;
  return tf.util.sizeFromShape(a.shape.slice(0, -2)) > 1 && b.shape[r - 1]! % 4 === 0;
}

override('BatchMatMul', ({ inputs, attrs }, backend) => {
  const { a, b } = inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
  const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
  const kernels = fits(a, b, transposeA || transposeB) ? kernelsFor(backend) : null;
  if (!kernels) return null;
  const r = a.shape.length;
  const [m, k, n] = [a.shape[r - 2]!, a.shape[r - 1]!, b.shape[r - 1]!];
  const outer = a.shape.slice(0, -2);
  const out = backend.makeOutput([...outer, m, n], 'float32');
  const batch = tf.util.sizeFromShape(outer);
  kernels.batchMatMul(offset(backend, a), offset(backend, b), offset(backend, out), batch, m, k, n);
  return out;
});

/**
 * A transpose of `shape` by `perm` as at most four nested loops: the output's sizes and the
 * input's strides (in elements) per loop, after dropping axes of size 1 and merging output axes
 * that are neighbours in the input too; null when more than four remain.
 * @example planTranspose([16, 64, 18, 8], [0, 2, 1, 3]) // { sizes: [16, 18, 64, 8], strides: [9216, 8, 144, 1] }
 */
export function planTranspose(
  shape: readonly number[],
  perm: readonly number[],
): { sizes: number[]; strides: number[] } | null {
  const inStrides = shape.map((_, i) => tf.util.sizeFromShape(shape.slice(i + 1)));
  const sizes: number[] = [];
  const strides: number[] = [];
  for (const p of perm) {
    if (shape[p] === 1) continue;
    const last = sizes.length - 1;
    if (last >= 0 && strides[last] === inStrides[p]! * shape[p]!) {
      sizes[last] = sizes[last]! * shape[p]!;
      strides[last] = inStrides[p]!;
    } else {
      sizes.push(shape[p]!);
      strides.push(inStrides[p]!);
    }
  }
  if (sizes.length > 4) return null;
  while (sizes.length < 4) {
    sizes.unshift(1);
    strides.unshift(0);
  }
  return { sizes, strides };
}

override('Transpose', ({ inputs, attrs }, backend) => {
  const { x } = inputs as { x: tf.TensorInfo };
  const { perm } = attrs as { perm: number[] };
  const plan = fourBytes(x) ? planTranspose(x.shape, perm) : null;
  const kernels = plan ? kernelsFor(backend) : null;
  if (!plan || !kernels) return null;
  const out = backend.makeOutput(
    perm.map((p) => x.shape[p]!),
    x.dtype,
  );
  kernels.transpose4(
    offset(backend, x),
    offset(backend, out),
    ...plan.sizes,
    ...plan.strides.map((s) => 4 * s),
  );
  return out;
});

override('SplitV', ({ inputs, attrs }, backend) => {
  const { x } = inputs as { x: tf.TensorInfo };
  const { numOrSizeSplits, axis } = attrs as { numOrSizeSplits: number | number[]; axis: number };
  const kernels = fourBytes(x) ? kernelsFor(backend) : null;
  if (!kernels) return null;
  const ax = tf.util.parseAxisParam(axis, x.shape)[0]!;
  const parts = tf.backend_util.prepareSplitSize(x as tf.Tensor, numOrSizeSplits, ax);
  const outer = tf.util.sizeFromShape(x.shape.slice(0, ax));
  const inner = tf.util.sizeFromShape(x.shape.slice(ax + 1));
  const rowBytes = 4 * x.shape[ax]! * inner;
  let start = offset(backend, x);
  // Each part is `outer` runs of part·inner contiguous elements, one input row apart.
  return parts.map((part) => {
    const out = backend.makeOutput(
      x.shape.map((s, i) => (i === ax ? part : s)),
      x.dtype,
    );
    kernels.transpose4(start, offset(backend, out), 1, 1, outer, part * inner, 0, 0, rowBytes, 4);
    start += 4 * part * inner;
    return out;
  });
});
