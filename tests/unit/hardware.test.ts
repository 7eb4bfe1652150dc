import { describe, expect, it } from 'vitest';
import { GPUS, findGpu } from '../../src/lib/hardware';

describe('GPUS', () => {
  it.each([
    ['v100', 125e12, 32],
    ['a100', 312e12, 80],
    ['h100', 989.4e12, 80],
    ['h800', 989.4e12, 80],
    ['h200', 989e12, 141],
  ])('%s: dense peak %d FLOP/s and %d GiB', (id, peak, gib) => {
    const gpu = findGpu(id)!;
    expect(gpu.peakFlops).toBe(peak);
    expect(gpu.memoryBytes).toBe(gib * 2 ** 30);
  });
  it('every GPU names its source and the sparse-free peak (no 624 or 1,979 headline figures)', () => {
    for (const gpu of GPUS) {
      expect(gpu.source).toMatch(/datasheet|H800/);
      expect([624e12, 1979e12]).not.toContain(gpu.peakFlops);
    }
  });
  it('findGpu of an unknown id is undefined', () => {
    expect(findGpu('tpu')).toBeUndefined();
  });
});
