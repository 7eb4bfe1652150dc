import { describe, expect, it } from 'vitest';
import { dataConstrained } from '../../../src/lib/calculators/dataConstrained';
import {
  computeEffectiveData,
  computeEffectiveParams,
  predictDataConstrainedLoss,
} from '../../../src/lib/dataConstrained';
import { closeTo, papers } from '../../tolerance';
import { checkPlain, errorsOf, resultsOf } from './runQuery';

const m = papers.other_anchors.muennighoff2023_data_constrained;

describe('dataConstrained.compute(values)', () => {
  it('reproduces the datablations test vector L(6.34e9, 242e9, 25e9) = 2.2256440889984477 at the defaults', () => {
    const r = resultsOf(dataConstrained, '');
    closeTo(r.loss, m.official_test_vectors['L(N=6.34e9, D=242e9, U=25e9)'], 1e-12);
    closeTo(r.effectiveTokens, computeEffectiveData(242e9, 25e9));
    closeTo(r.effectiveParams, computeEffectiveParams(6.34e9, 25e9).effectiveParams);
    closeTo(r.epochs, 242 / 25);
    closeTo(r.lossUnique, predictDataConstrainedLoss(6.34e9, 242e9, 242e9));
    expect(r.lossUnique).toBeLessThan(r.loss);
    checkPlain(dataConstrained, r);
  });

  it('four epochs are worth almost as much as fresh data (Muennighoff et al. 2023)', () => {
    const r = resultsOf(dataConstrained, 'D=100B&U=25B');
    expect(r.effectiveTokens / 100e9).toBeGreaterThan(0.9);
    expect(r.effectiveTokens).toBeLessThanOrEqual(100e9);
  });

  it('tokens=100,200,50&quality=1.2,0.7,1.5 gives effective = 335', () => {
    closeTo(resultsOf(dataConstrained, 'tokens=100,200,50&quality=1.2,0.7,1.5').effective, 335);
  });

  it('the GPT-3 mix weighted by epochs sums to about the 300B tokens seen (Brown et al. 2020, Table 2.2)', () => {
    const mix = papers.brown2020_gpt3.table_2_2_data_mix.rows as [string, number, number, number][];
    const q = `tokens=${mix.map((r) => r[1]).join(',')}&quality=${mix.map((r) => r[3]).join(',')}`;
    closeTo(resultsOf(dataConstrained, q).effective / 300e9, 0.97, 5e-3);
  });

  it('the chart line saturates below U·(1 + R_D*) and passes through the reader’s run', () => {
    const r = resultsOf(dataConstrained, '');
    const repeated = r.curves[0]!.points;
    expect(repeated.every((p) => p.y <= 25e9 * (1 + m.fitted.R_D_star))).toBe(true);
    expect(r.mark).toEqual({ x: 242e9, y: r.effectiveTokens, label: 'your run' });
  });

  it.each([
    ['U=300B', 'U', /cannot exceed D/],
    ['N=-1', 'N', /at least 1/],
    ['D=1e999', 'D', /too large/],
    ['U=many', 'U', /must be a number/],
    ['quality=1.2,0.7', 'quality', /same length, got 3 and 2/],
    ['tokens=100,abc,50', 'tokens', /item 2/],
    ['quality=1,-1,1', 'quality', /item 2.*at least 0/],
    ['tokens=', 'tokens', /at least 1 item/],
  ])('?%s gives a message on %s', (query, field, message) => {
    expect(errorsOf(dataConstrained, query)[field]).toMatch(message);
  });
});
