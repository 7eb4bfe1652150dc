import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib';
import indexSource from '../../src/lib/index.ts?raw';

// The index covers the top level of src/lib; calculators/, exercises/ and labs/ have their own.
const modules = import.meta.glob('../../src/lib/*.ts', { eager: true }) as Record<
  string,
  Record<string, unknown>
>;
const files = Object.keys(modules).filter((file) => !file.endsWith('/index.ts'));

describe('src/lib/index.ts', () => {
  it('sees every top-level module of src/lib', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((file) => [file.replace('../../src/lib/', '')]))(
    're-exports every export of %s, as the same value',
    (name) => {
      const mod = modules[`../../src/lib/${name}`]!;
      expect(indexSource, `index.ts names ./${name.replace(/\.ts$/, '')}`).toContain(
        `from './${name.replace(/\.ts$/, '')}'`,
      );
      const missing = Object.keys(mod).filter(
        (key) => (lib as Record<string, unknown>)[key] !== mod[key],
      );
      expect(missing, `exports of ${name} missing from the index`).toEqual([]);
    },
  );

  it('re-exports the library’s main entry points', () => {
    for (const name of [
      'trainingFlops',
      'parseQuantity',
      'formatQuantity',
      'countParameters',
      'predictKaplanLossN',
      'chinchillaFrontier',
      'fitPowerLaw',
      'fitSaturatingPowerLaw',
      'fitChinchilla',
      'fitIsoFlop',
      'bootstrapFit',
      'computeEffectiveData',
      'computeLifetimeFlops',
      'predictExactMatch',
      'InputError',
      'runCalculator',
      'need',
      'quantityParam',
    ]) {
      expect(typeof (lib as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
