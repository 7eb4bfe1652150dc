import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_RUNS, parseRunsCsv } from '../../src/lib/parseRunsCsv';
import { epochLikeCsv } from '../fixtures/syntheticRuns';
import { EPOCH_CSV_MISSING, closeTo, findEpochCsv, papers } from '../tolerance';

const epochCsv = findEpochCsv();
if (!epochCsv) console.log(`parseRunsCsv.test.ts: ${EPOCH_CSV_MISSING}`);

describe('parseRunsCsv(text)', () => {
  it('reads N, D, loss with unit suffixes', () => {
    expect(parseRunsCsv('N,D,loss\n70B,1.4T,1.94\n400M,8B,3.1')).toEqual([
      { N: 70e9, D: 1.4e12, loss: 1.94 },
      { N: 400e6, D: 8e9, loss: 3.1 },
    ]);
  });
  it('matches headers loosely and derives D = C / 6N from a compute column', () => {
    const [run] = parseRunsCsv('Model Size\tTraining FLOP\tFinal Loss\n1e9\t6e19\t2.5');
    expect(run).toEqual({ N: 1e9, D: 1e10, loss: 2.5 });
  });
  it('reads a file laid out like Epoch’s (x, y, color, Model Size, Training FLOP, hex_color, loss): D = C / 6N', () => {
    const text = epochLikeCsv(
      papers.besiroglu2024_epoch_replication.paper_table_1_estimates,
      12,
      0,
      3,
    );
    const cells = text.split('\n')[1]!.split(',');
    const runs = parseRunsCsv(text);
    expect(runs).toHaveLength(12);
    closeTo(runs[0]!.N, Number(cells[3]));
    closeTo(runs[0]!.N * runs[0]!.D * 6, Number(cells[4]));
    closeTo(runs[0]!.loss, Number(cells[6]));
  });
  it.skipIf(!epochCsv)('reads Epoch’s digitised Chinchilla runs: 245 rows, D = C / 6N', () => {
    const runs = parseRunsCsv(readFileSync(epochCsv!, 'utf8'));
    expect(runs).toHaveLength(245);
    closeTo(runs[0]!.N * runs[0]!.D * 6, 9.993852799709755e18);
    closeTo(runs[0]!.loss, 5.005581996196243);
  });
  it.each([
    ['', /empty/],
    ['N,loss\n1e9,2.5', /needs columns for D \(tokens\) or C \(FLOPs\)/],
    [
      'x,y,z\n1,2,3',
      /needs columns for N \(parameters\), D \(tokens\) or C \(FLOPs\), loss; found: x, y, z/,
    ],
    ['N,D,loss', /header but no runs/],
    ['N,D,loss\n1e9,2e10', /Line 2 has 2 cells but the header has 3/],
    ['N,D,loss\n1e9,2e10,2.5\n1e9,abc,2.4', /Line 3, column "D" must be a number/],
    ['N,D,loss\n1e9,2e10,-1', /Line 2, column "loss" must be positive, got -1/],
    ['N,D,loss\n1e9,1e999,2', /Line 2, column "D" is too large/],
  ])('parseRunsCsv(%j) throws %s', (text, message) => {
    expect(() => parseRunsCsv(text)).toThrow(message);
  });
  it(`refuses more than ${MAX_RUNS} runs with a message, quickly`, () => {
    const text = `N,D,loss\n${'1e9,2e10,2.5\n'.repeat(100_000)}`;
    expect(() => parseRunsCsv(text)).toThrow(
      'The CSV has 100000 runs; at most 5000 can be fitted here',
    );
  });
});
