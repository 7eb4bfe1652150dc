import { describe, expect, it } from 'vitest';
import { BACKEND_NAMES, BACKEND_OPTIONS, backendNamed } from '../../../src/lib/labs/backendNames';

describe('backendNamed(value)', () => {
  it.each(BACKEND_NAMES.map((b) => [b]))('backendNamed(%s) names it', (b) =>
    expect(backendNamed(b)).toBe(b),
  );
  it.each([['auto'], ['all'], ['WASM'], [''], [undefined], [3]])(
    'backendNamed(%s) is undefined',
    (v) => expect(backendNamed(v)).toBeUndefined(),
  );
  it('labels the choices by their display names', () => {
    expect(BACKEND_OPTIONS.map((o) => o.label)).toEqual(['WebGPU', 'WebGL', 'WASM', 'CPU']);
  });
});
