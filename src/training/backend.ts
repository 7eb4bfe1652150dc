/**
 * Which tfjs backend trains the models: pure logic, safe to import in Node. The browser side
 * (registering backends, probing WebGPU and WebGL, wasm paths) is in backendBrowser.ts.
 *
 * Order, from timing one step of a 2-layer d_model 64 model (seq 64, batch 16) in Chromium on a
 * 2-core machine without a GPU: WASM with SIMD and threads 147 ms, WASM with SIMD 205 ms, WebGL
 * on SwiftShader (a CPU rasteriser) 320–390 ms, CPU 853 ms, WebGPU on its SwiftShader fallback
 * adapter 3300–4100 ms. So: WebGPU only on a real (non-fallback) adapter, WebGL before WASM
 * only on a hardware renderer, then WASM, then software WebGL, then CPU.
 */
import { BACKEND_NAMES, type BackendName } from '../lib/labs/backendNames';

/** What the browser offers, as found by probeBackends() in backendBrowser.ts. */
export interface BackendProbe {
  /** 'real': navigator.gpu gave an adapter that is not a fallback (software) adapter. */
  webgpu: 'real' | 'fallback' | 'none';
  /** 'software': the WebGL renderer is SwiftShader, llvmpipe or another CPU rasteriser. */
  webgl: 'hardware' | 'software' | 'none';
  wasm: boolean;
  /** WASM threads need SharedArrayBuffer, i.e. a cross-origin isolated page (COOP + COEP). */
  wasmThreads: boolean;
}

/**
 * Backends to try, best first; `forced` puts the reader's choice first (the rest stay as
 * fallbacks). The WebGPU fallback adapter is never chosen unless forced.
 * @example rankBackends({ webgpu: 'fallback', webgl: 'software', wasm: true, wasmThreads: false }) // ['wasm', 'webgl', 'cpu']
 */
export function rankBackends(probe: BackendProbe, forced?: BackendName): BackendName[] {
  const order: BackendName[] = [];
  if (probe.webgpu === 'real') order.push('webgpu');
  if (probe.webgl === 'hardware') order.push('webgl');
  if (probe.wasm) order.push('wasm');
  if (probe.webgl === 'software') order.push('webgl');
  order.push('cpu');
  if (!forced) return order;
  if (!BACKEND_NAMES.includes(forced))
    throw new RangeError(
      `backend must be one of ${BACKEND_NAMES.join(', ')}, got ${String(forced)}`,
    );
  return [forced, ...order.filter((b) => b !== forced)];
}

/** Renderer strings of WebGL implementations that run on the CPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Classifies a WebGL renderer string (WEBGL_debug_renderer_info's UNMASKED_RENDERER_WEBGL).
 * @example webglKind('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)') // 'software'
 */
export function webglKind(renderer: string | null): BackendProbe['webgl'] {
  if (renderer === null) return 'none';
  return SOFTWARE_RENDERER.test(renderer) ? 'software' : 'hardware';
}

/**
 * True for errors that another backend may not hit: a lost WebGPU device or WebGL context,
 * or running out of (GPU or WASM) memory.
 * @example isRecoverableBackendError(new Error('Device was lost')) // true
 */
export function isRecoverableBackendError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /device (was |is )?lost|context (was |is )?lost|CONTEXT_LOST|out of memory|OOM|failed to allocate|allocation failed|RangeError: WebAssembly\.Memory|Cannot enlarge memory/i.test(
    text,
  );
}

/** One switch to the next backend after a recoverable error. */
export interface BackendFallback {
  from: BackendName;
  to: BackendName;
  reason: string;
}

/**
 * Runs `task` on the first backend of `order` that `activate` accepts; after a recoverable
 * error (isRecoverableBackendError) it activates the next one and runs `task` again from the
 * start. Other errors are thrown as they are.
 */
export async function runWithFallback<T>(
  order: readonly BackendName[],
  activate: (backend: BackendName) => Promise<boolean>,
  task: (backend: BackendName) => Promise<T>,
  onFallback?: (f: BackendFallback) => void,
): Promise<{ backend: BackendName; value: T }> {
  let lastError: unknown = new Error('no backend to try');
  let previous: BackendName | undefined;
  for (const backend of order) {
    if (!(await activate(backend))) continue;
    if (previous) onFallback?.({ from: previous, to: backend, reason: String(lastError) });
    try {
      return { backend, value: await task(backend) };
    } catch (error) {
      if (!isRecoverableBackendError(error)) throw error;
      lastError = error;
      previous = backend;
    }
  }
  throw new Error(
    `no backend could run the task (tried ${order.join(', ')}): ${String(lastError)}`,
  );
}
