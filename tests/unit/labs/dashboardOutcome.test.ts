import { describe, expect, it } from 'vitest';
import {
  DASHBOARD_EMPTY,
  dashboardOutcome,
  lawBlocker,
  lawFailure,
} from '../../../src/lib/labs/dashboardOutcome';
import { collectRuns } from '../../../src/lib/labs/dashboardRuns';
import { run } from './sweepFixture';

const sweep = (tokens: number) =>
  [8, 16, 24].map((d) => ({
    ...run(d),
    tokens,
    validationLoss: run(d).validationLoss + 1e5 / tokens,
  }));
const law = { E: 1.2, A: 400, B: 4e3, alpha: 0.4, beta: 0.3, a: 0.43, b: 0.57 };

describe('dashboardOutcome(runs, law)', () => {
  it('says there are no runs yet', () => {
    expect(dashboardOutcome([], law)).toEqual({ ok: false, errors: { _: DASHBOARD_EMPTY } });
  });

  it('counts runs and token budgets and finds the best loss; the law’s numbers once fitted', () => {
    const runs = collectRuns([{ key: 'a', runs: [...sweep(614_400), ...sweep(1_228_800)] }]);
    const best = Math.min(...runs.map((r) => r.validationLoss));
    expect(dashboardOutcome(runs, undefined)).toEqual({
      ok: true,
      results: { runs: 6, tokenBudgets: 2, bestLoss: best },
    });
    expect(dashboardOutcome(runs, law)).toEqual({
      ok: true,
      results: { runs: 6, tokenBudgets: 2, bestLoss: best, E: 1.2, alpha: 0.4, beta: 0.3, a: 0.43 },
    });
  });
});

describe('lawBlocker(runs), lawFailure(count, reason)', () => {
  it('blocks a fit of L(N, D) until runs span two token budgets', () => {
    expect(lawBlocker(collectRuns([{ key: 'a', runs: sweep(614_400) }]))).toMatch(
      /two or more token budgets/,
    );
    expect(
      lawBlocker(collectRuns([{ key: 'a', runs: [...sweep(614_400), ...sweep(1e6)] }])),
    ).toBeUndefined();
  });
  it('names the run count and the reason', () => {
    expect(lawFailure(7, 'did not converge')).toMatch(
      /^L\(N, D\) could not be fitted to these 7 runs \(did not converge\)\./,
    );
  });
});
