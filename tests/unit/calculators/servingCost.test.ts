import { describe, expect, it } from 'vitest';
import { servingCost } from '../../../src/lib/calculators/servingCost';
import { predictChinchillaLoss } from '../../../src/lib/chinchillaLoss';
import {
  computeOptimalTokensForParams,
  solveTokensForLoss,
} from '../../../src/lib/chinchillaTokensForLoss';
import { computeDollarsPerFlop } from '../../../src/lib/dollarsPerFlop';
import {
  computeLifetimeDollars,
  computeLifetimeFlops,
  findCrossoverDemand,
} from '../../../src/lib/inferenceCost';
import { closeTo, papers } from '../../tolerance';
import { checkPlain, errorsOf, resultsOf } from './runQuery';

const FIT = 'hoffmann2022-unrounded';
const H100 = 989.4e12;

describe('servingCost.compute(values)', () => {
  it('prices both models with the library at the defaults (13B vs 7B, 2T tokens served, H100 at 40% MFU, $2/h)', () => {
    const r = resultsOf(servingCost, '');
    const perFlop = computeDollarsPerFlop(H100, 0.4, 2);
    const D1 = Number(computeOptimalTokensForParams(13e9, FIT).toPrecision(3));
    const D2 = solveTokensForLoss(7e9, predictChinchillaLoss(13e9, D1, FIT), FIT);
    const c1 = computeLifetimeDollars(13e9, D1, 2e12, perFlop);
    const c2 = computeLifetimeDollars(7e9, D2, 2e12, perFlop);
    closeTo(r.trainCost1, c1.training);
    closeTo(r.serveCost1, c1.inference);
    closeTo(r.total1, c1.total);
    closeTo(r.trainCost2, c2.training);
    closeTo(r.serveCost2, c2.inference);
    closeTo(r.total2, c2.total);
    closeTo(r.trainTokens2, D2);
    closeTo(r.loss2, r.loss1);
    closeTo(
      r.crossoverTokens!,
      findCrossoverDemand({ params: 13e9, trainTokens: D1 }, { params: 7e9, trainTokens: D2 })!
        .servedTokens,
    );
    expect(r.crossoverNote).toBeUndefined();
    checkPlain(servingCost, r);
  });

  it('is near Sardana et al.’s example (Fig. 1): the 7B saves about 1.7e22 FLOPs (17%) of the 13B’s lifetime compute', () => {
    const example = papers.other_anchors.sardana2023_beyond_chinchilla.figure_1_example
      .statement as string;
    expect(example).toMatch(/1\.7e22 FLOPs \(17%\)/);
    const r = resultsOf(servingCost, '');
    const saved = r.flops1 - r.flops2;
    expect(Math.abs(saved - 1.7e22) / 1.7e22).toBeLessThan(0.1);
    expect(Math.abs(saved / r.flops1 - 0.17)).toBeLessThan(0.02);
    closeTo(r.flops1, computeLifetimeFlops(13e9, 617e9, 2e12).total);
  });

  it('dollars and FLOPs break even at the same demand (one price per FLOP)', () => {
    const r = resultsOf(servingCost, `served=${resultsOf(servingCost, '').crossoverTokens}`);
    closeTo(r.total1, r.total2, 1e-9);
  });

  it('says why there is no crossover when the smaller model is also cheaper to train', () => {
    const r = resultsOf(servingCost, 'D2=100B');
    expect(r.crossoverTokens).toBeUndefined();
    expect(r.crossoverNote).toMatch(/never cross: model 2 costs less than model 1 at every demand/);
    checkPlain(servingCost, r);
  });

  it('says the models are identical rather than failing', () => {
    expect(resultsOf(servingCost, 'N2=13B&D2=617B').crossoverNote).toMatch(/identical/);
  });

  it('zero demand costs only the training', () => {
    const r = resultsOf(servingCost, 'served=0');
    expect(r.serveCost1).toBe(0);
    closeTo(r.total1, r.trainCost1);
  });

  it.each([
    ['N2=100M', 'D2', /cannot reach loss.*Give model 2’s training tokens/],
    ['N1=-1', 'N1', /greater than 0/],
    ['D1=1e999', 'D1', /too large/],
    ['served=-5', 'served', /at least 0/],
    ['served=abc', 'served', /must be a number/],
    ['mfu=1.5', 'mfu', /at most 1/],
    ['gpu=custom', 'peak', /peak/],
    ['gpu=tpu', 'gpu', /must be one of/],
    ['price=-2', 'price', /at least 0/],
  ])('?%s gives a message on %s', (query, field, message) => {
    expect(errorsOf(servingCost, query)[field]).toMatch(message);
  });
});
