import { describe, expect, it } from 'vitest';
import type { BackendName } from '../../../src/lib/labs/backendNames';
import {
  isRecoverableBackendError,
  rankBackends,
  runWithFallback,
  webglKind,
  type BackendProbe,
} from '../../../src/training/backend';

const noGpu: BackendProbe = {
  webgpu: 'fallback',
  webgl: 'software',
  wasm: true,
  wasmThreads: true,
};

describe('rankBackends(probe, forced)', () => {
  it.each<[string, BackendProbe, BackendName[]]>([
    ['no GPU (SwiftShader everywhere)', noGpu, ['wasm', 'webgl', 'cpu']],
    [
      'real GPU with WebGPU',
      { webgpu: 'real', webgl: 'hardware', wasm: true, wasmThreads: false },
      ['webgpu', 'webgl', 'wasm', 'cpu'],
    ],
    [
      'real GPU without WebGPU',
      { webgpu: 'none', webgl: 'hardware', wasm: true, wasmThreads: false },
      ['webgl', 'wasm', 'cpu'],
    ],
    [
      'nothing but JavaScript',
      { webgpu: 'none', webgl: 'none', wasm: false, wasmThreads: false },
      ['cpu'],
    ],
  ])('%s', (_, probe, expected) => {
    expect(rankBackends(probe)).toEqual(expected);
  });

  it('puts a forced backend first and keeps the rest as fallbacks', () => {
    expect(rankBackends(noGpu, 'webgpu')).toEqual(['webgpu', 'wasm', 'webgl', 'cpu']);
    expect(() => rankBackends(noGpu, 'tpu' as BackendName)).toThrow(
      /one of webgpu, webgl, wasm, cpu/,
    );
  });
});

describe('webglKind(renderer)', () => {
  it.each([
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'software',
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', 'software'],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'hardware'],
  ])('%s → %s', (renderer, kind) => {
    expect(webglKind(renderer)).toBe(kind);
  });
});

describe('runWithFallback(order, activate, task)', () => {
  it('moves to the next backend after a lost device or out-of-memory error', async () => {
    const tried: string[] = [];
    const falls: string[] = [];
    const { backend, value } = await runWithFallback(
      ['webgpu', 'webgl', 'wasm'],
      async (b) => b !== 'webgl',
      async (b) => {
        tried.push(b);
        if (b === 'webgpu') throw new Error('GPU device was lost');
        return 42;
      },
      (f) => falls.push(`${f.from}→${f.to}`),
    );
    expect([backend, value, tried, falls]).toEqual([
      'wasm',
      42,
      ['webgpu', 'wasm'],
      ['webgpu→wasm'],
    ]);
  });

  it('rethrows other errors', async () => {
    await expect(
      runWithFallback(
        ['wasm', 'cpu'],
        async () => true,
        async () => Promise.reject(new Error('bad config')),
      ),
    ).rejects.toThrow('bad config');
  });

  it('recognises recoverable errors', () => {
    expect(isRecoverableBackendError(new Error('Failed to allocate 1 GB: out of memory'))).toBe(
      true,
    );
    expect(isRecoverableBackendError(new Error('dModel must be divisible'))).toBe(false);
  });
});
