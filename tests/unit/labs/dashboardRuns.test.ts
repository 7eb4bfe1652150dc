import { describe, expect, it } from 'vitest';
import { collectRuns, lossFrontier } from '../../../src/lib/labs/dashboardRuns';
import { run } from './sweepFixture';
import { closeTo } from '../../tolerance';

describe('collectRuns(sweeps)', () => {
  it('keeps a run trained twice once, adds C = 6ND in FLOPs and PF-days, and groups by D (sweeps) or C (IsoFLOP)', () => {
    const isoflop = { ...run(16, 2.2), name: '3e10/d16', tokens: 3e10 / (6 * 6144) };
    const runs = collectRuns([
      { key: 'sweep', runs: [run(8), run(16)] },
      { key: 'predict', runs: [run(8), run(16), run(64)] },
      { key: 'iso', runs: [isoflop] },
    ]);
    expect(runs.map((r) => r.id)).toEqual(['d8, D 614k', 'd16, D 614k', 'd64, D 614k', '3e10/d16']);
    expect(runs[0]!.flops).toBe(6 * 1536 * 614_400);
    closeTo(runs[0]!.pfDays, (6 * 1536 * 614_400) / 8.64e19);
    closeTo(runs[3]!.flops, 3e10);
    expect(new Set(runs.map((r) => r.group))).toEqual(
      new Set(['D = 614k tokens', 'C = 3e10 FLOPs']),
    );
  });

  it('is empty for no sweeps', () => {
    expect(collectRuns([])).toEqual([]);
  });
});

describe('lossFrontier(points)', () => {
  it('keeps the runs that beat every cheaper run, in order of compute', () => {
    const points = [
      { x: 3, y: 2.5 },
      { x: 1, y: 3 },
      { x: 2, y: 3.1 },
      { x: 4, y: 2.6 },
      { x: 5, y: 2.4 },
    ];
    expect(lossFrontier(points)).toEqual([
      { x: 1, y: 3 },
      { x: 3, y: 2.5 },
      { x: 5, y: 2.4 },
    ]);
    expect(lossFrontier([])).toEqual([]);
  });
});
