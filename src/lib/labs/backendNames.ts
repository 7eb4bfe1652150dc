/**
 * The tfjs backends by name, as plain data: what a reader may force from the page or the URL.
 * Choosing and activating one is src/training's work.
 */

/** The tfjs backends the labs can use. */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** All backend names, for forcing one from the page or the URL. */
export const BACKEND_NAMES: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** The four tfjs backends as choices, by their display names (WebGPU, WebGL, WASM, CPU). */
export const BACKEND_OPTIONS = BACKEND_NAMES.map((b) => ({
  value: b,
  label: b === 'webgpu' ? 'WebGPU' : b === 'webgl' ? 'WebGL' : b.toUpperCase(),
}));

/**
 * `value` when it names a backend, else undefined ('auto', 'all', anything else).
 * @example backendNamed('wasm') // 'wasm'
 */
export function backendNamed(value: unknown): BackendName | undefined {
  return typeof value === 'string' && (BACKEND_NAMES as readonly string[]).includes(value)
    ? (value as BackendName)
    : undefined;
}
