/// <reference types="vite/client" />
/**
 * Browser-only backend set-up: registers the four tfjs backends, points the WASM backend at
 * its self-hosted binaries (Vite `?url` imports: emitted hashed, no CDN), probes what the
 * page or worker offers, and activates a backend. Node code must not import this file.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import './wasmKernels';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendName } from '../lib/labs/backendNames';
import { rankBackends, webglKind, type BackendProbe } from './backend';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});

/** The part of WebGPU's GPUAdapter read here (adapter.info since Chrome 127; isFallbackAdapter before). */
interface AdapterLike {
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean };
}

async function probeWebGpu(): Promise<BackendProbe['webgpu']> {
  const gpu = (
    globalThis.navigator as { gpu?: { requestAdapter(): Promise<AdapterLike | null> } } | undefined
  )?.gpu;
  if (!gpu) return 'none';
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return 'none';
    return (adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter) ? 'fallback' : 'real';
  } catch {
    return 'none';
  }
}

function probeWebGl(): BackendProbe['webgl'] {
  try {
    const canvas =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1)
        : document.createElement('canvas');
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return webglKind(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  } catch {
    return 'none';
  }
}

/** Finds what this page or worker offers (WebGPU adapter kind, WebGL renderer kind, WASM, threads). */
export async function probeBackends(): Promise<BackendProbe> {
  return {
    webgpu: await probeWebGpu(),
    webgl: probeWebGl(),
    wasm: typeof WebAssembly === 'object',
    wasmThreads:
      typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated === true,
  };
}

/** Switches tfjs to `backend`; false (not an exception) when it cannot start here. */
export async function activateBackend(backend: BackendName): Promise<boolean> {
  try {
    return (await tf.setBackend(backend)) && tf.getBackend() === backend;
  } catch {
    return false;
  }
}

/**
 * Probes, ranks (rankBackends) and activates the best backend, or the forced one first.
 * Returns the backend that runs and the order the fallbacks will follow.
 * @example const { backend } = await selectBackend(); // 'wasm' on a machine without a GPU
 */
export async function selectBackend(
  forced?: BackendName,
): Promise<{ backend: BackendName; order: BackendName[]; probe: BackendProbe }> {
  const probe = await probeBackends();
  const order = rankBackends(probe, forced);
  for (const backend of order) {
    if (await activateBackend(backend)) return { backend, order, probe };
  }
  throw new Error(`no tfjs backend could start (tried ${order.join(', ')})`);
}
