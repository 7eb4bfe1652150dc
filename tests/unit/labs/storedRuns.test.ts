import { describe, expect, it } from 'vitest';
import { readAllStoredRuns, readStoredRuns, storeRuns } from '../../../src/lib/labs/storedRuns';
import { run } from './sweepFixture';

describe('readStoredRuns(text, key) and storeRuns(text, key, runs)', () => {
  it('round-trips runs under their key and keeps other keys', () => {
    const text = storeRuns(storeRuns(null, 'a', [run(8)]), 'b', [run(16)]);
    expect(readStoredRuns(text, 'a').map((r) => r.name)).toEqual(['d8']);
    expect(readStoredRuns(text, 'b').map((r) => r.name)).toEqual(['d16']);
  });
  it.each([null, '', 'not json', '[1,2]', '{"a": 3}', '{"a": [{"name": "d8"}]}'])(
    'gives [] for %j',
    (text) => {
      expect(readStoredRuns(text, 'a')).toEqual([]);
    },
  );
  it('keeps only the newest sweeps', () => {
    let text: string | null = null;
    for (let i = 0; i < 10; i++) text = storeRuns(text, `k${i}`, []);
    expect(Object.keys(JSON.parse(text!) as object)).toEqual([
      'k2',
      'k3',
      'k4',
      'k5',
      'k6',
      'k7',
      'k8',
      'k9',
    ]);
  });
});

describe('readAllStoredRuns(text)', () => {
  it('lists every stored sweep, oldest first, with only its valid runs', () => {
    const text = storeRuns(storeRuns(null, 'a', [run(8), run(16)]), 'b', [run(24)]);
    const broken = JSON.stringify({ ...JSON.parse(text), c: [{ name: 'd8' }], d: 'x' });
    expect(readAllStoredRuns(broken).map((s) => [s.key, s.runs.map((r) => r.name)])).toEqual([
      ['a', ['d8', 'd16']],
      ['b', ['d24']],
    ]);
  });
  it.each([null, '', 'not json', '[1,2]', '7'])('gives [] for %j', (text) => {
    expect(readAllStoredRuns(text)).toEqual([]);
  });
});
