import { describe, expect, it } from 'vitest';
import {
  LEGACY_SWEEP_STORAGE_KEY,
  SWEEP_STORAGE_KEY,
  legacyRunsNotice,
  readAllStoredRuns,
  readStoredRuns,
  runsKey,
  splitFinished,
  storeRuns,
} from '../../../src/lib/labs/storedRuns';
import { DEFAULT_LADDER, ladderRun } from '../../../src/lib/labs/ladder';
import type { RunConfig } from '../../../src/lib/labs/trainConfig';
import { run } from './sweepFixture';

describe('runsKey(lab, runs)', () => {
  const ladder = DEFAULT_LADDER.slice(0, 3);
  const key = runsKey('scaling-sweep', ladder);
  const withTrain = (change: Partial<RunConfig['train']>, i = 1) =>
    ladder.map((r, j) => (j === i ? { ...r, train: { ...r.train, ...change } } : r));

  it('names the lab and every field of every run, learning rate included', () => {
    const parsed = JSON.parse(key) as { lab: string; runs: RunConfig[] };
    expect(parsed.lab).toBe('scaling-sweep');
    expect(parsed.runs).toEqual(
      ladder.map(({ model: { nVocab, nCtx, nHeads, ...shape }, ...r }) => ({
        ...r,
        model: { ...shape, vocabSize: nVocab, contextLength: nCtx, nHead: nHeads },
      })),
    );
  });
  it('keys a run as before ModelConfig took nVocab, nCtx, nHeads, so runs stored then still match', () => {
    expect(runsKey('scaling-sweep', [DEFAULT_LADDER[0]!])).toBe(
      '{"lab":"scaling-sweep","runs":[{"model":{"contextLength":64,"dModel":8,"nHead":1,"nLayer":2,"vocabSize":40},"name":"d8","train":{"batchSize":16,"beta1":0.9,"beta2":0.99,"epsilon":1e-8,"evalBatches":16,"evalEvery":0,"explodeFactor":2,"gradClipNorm":1,"learningRate":0.03,"minLearningRateRatio":0.1,"reportEvery":10,"seed":1,"tokens":614400,"warmupFraction":0.05,"weightDecay":0.1}}]}',
    );
  });
  it.each<[string, Partial<RunConfig['train']>]>([
    ['learningRate', { learningRate: 0.028 }],
    ['tokens', { tokens: 1 }],
    ['batchSize', { batchSize: 8 }],
    ['seed', { seed: 2 }],
    ['warmupFraction', { warmupFraction: 0.1 }],
    ['weightDecay', { weightDecay: 0 }],
    ['beta2', { beta2: 0.95 }],
    ['gradClipNorm', { gradClipNorm: 0 }],
    ['reportEvery', { reportEvery: 5 }],
    ['evalBatches', { evalBatches: 4 }],
  ])('changes with %s of one run', (_, change) => {
    expect(runsKey('scaling-sweep', withTrain(change))).not.toBe(key);
  });
  it('changes with the model shape, the run names and the lab', () => {
    const wider = ladder.map((r, j) => (j === 0 ? { ...r, model: { ...r.model, nHeads: 2 } } : r));
    expect(runsKey('scaling-sweep', wider)).not.toBe(key);
    expect(
      runsKey(
        'scaling-sweep',
        ladder.map((r) => ({ ...r, name: `x${r.name}` })),
      ),
    ).not.toBe(key);
    expect(runsKey('isoflop', ladder)).not.toBe(key);
  });
  it('does not depend on the order fields were written in', () => {
    const r = ladderRun('d8', 8);
    const shuffled: RunConfig = {
      train: Object.fromEntries(Object.entries(r.train).reverse()) as RunConfig['train'],
      model: Object.fromEntries(Object.entries(r.model).reverse()) as RunConfig['model'],
      name: r.name,
    };
    expect(runsKey('scaling-sweep', [shuffled])).toBe(runsKey('scaling-sweep', [r]));
  });
});

describe('legacyRunsNotice(text)', () => {
  it('counts the valid runs stored under the v1 key, which a v2 reader never sees', () => {
    const v1 = storeRuns(storeRuns(null, '{"d":[8,16]}', [run(8), run(16)]), '{"d":[24]}', [
      run(24),
    ]);
    expect(legacyRunsNotice(v1)).toMatch(
      /^Dropped 3 runs saved by an earlier version .*learning rate/,
    );
    expect(legacyRunsNotice(storeRuns(null, 'k', [run(8)]))).toMatch(/^Dropped 1 run saved/);
    expect(LEGACY_SWEEP_STORAGE_KEY).not.toBe(SWEEP_STORAGE_KEY);
  });
  it.each([null, '', 'not json', '{}', '{"a": []}', '{"a": [{"name": "d8"}]}'])(
    'gives undefined for %j (nothing to drop)',
    (text) => expect(legacyRunsNotice(text)).toBeUndefined(),
  );
});

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

describe('splitFinished(runs, stored)', () => {
  it('keeps the stored sizes of this ladder as done and trains the rest, smallest first', () => {
    const { done, todo } = splitFinished(DEFAULT_LADDER, [run(16), run(64), run(8)]);
    expect(done.map((r) => r.name)).toEqual(['d16', 'd8']); // d64 is not in this ladder
    expect(todo.map((r) => r.name)).toEqual(['d24', 'd32', 'd48']);
  });
  it('trains every size again when all are stored', () => {
    const { done, todo } = splitFinished(
      DEFAULT_LADDER,
      [8, 16, 24, 32, 48].map((d) => run(d)),
    );
    expect(done).toEqual([]);
    expect(todo).toHaveLength(5);
  });
});
