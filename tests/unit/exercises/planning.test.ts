import { describe, expect, it } from 'vitest';
import {
  EXERCISES,
  PLANNING_EXERCISES,
  findExercise,
  solveDefaults,
} from '../../../src/lib/exercises';
import {
  ISOFLOP_SEARCH_GRID,
  ISOFLOP_SEARCH_STEP,
  TOY_ISOFLOP_LOSS,
  isoflopSearchExercise,
  searchToyIsoFlop,
} from '../../../src/lib/exercises/planning/04-isoflop-search';
import { fitPowerLawWithFloor } from '../../../src/lib/fitPowerLawWithFloor';
import { searchIsoFlopMinimum } from '../../../src/lib/searchIsoFlopMinimum';
import { texCount, texNumber } from '../../../src/lib/exercises/helpers';
import { expectDefaultsJudged, solveFor } from './variant';
import { closeTo } from '../../tolerance';

const def = (id: string) => findExercise(`planning/${id}`)!;

describe('planning track', () => {
  it('lists thirteen exercises in order after the Kaplan track, each with 2–4 hints', () => {
    expect(PLANNING_EXERCISES.map((e) => e.id.split('/')[1]!.slice(0, 2))).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
    ]);
    expect(EXERCISES.map((e) => e.track)).toEqual([
      ...Array(5).fill('kaplan'),
      ...Array(13).fill('planning'),
    ]);
    for (const e of PLANNING_EXERCISES) expect(e.hints.length, e.id).toBeGreaterThanOrEqual(2);
    for (const e of PLANNING_EXERCISES) expect(e.hints.length, e.id).toBeLessThanOrEqual(4);
  });

  it.each(PLANNING_EXERCISES.map((e) => [e.id, e] as const))(
    '%s: default answers judge right, clearly wrong ones wrong',
    (_, e) => {
      expectDefaultsJudged(e);
    },
  );

  it('solveDefaults(id) gives the page the same answers as solve(defaults), and throws for an unknown id', () => {
    expect(solveDefaults('planning/06-effective-tokens').answers).toEqual(
      solveFor(def('06-effective-tokens')),
    );
    expect(() => solveDefaults('planning/99-nothing')).toThrow(/No exercise/);
  });
});

describe('planning/01-power-law-exponent', () => {
  it('solve(defaults) is the fit of ln(L − 1.5) on ln X: α ≈ 0.206', () => {
    const fit = fitPowerLawWithFloor(
      [1e2, 1e3, 1e4, 1e5].map((N, i) => ({ N, loss: [2.5, 2.1, 1.88, 1.74][i]! })),
      1.5,
    );
    const a = solveFor(def('01-power-law-exponent'));
    closeTo(Number(a.alpha), fit.alpha);
    closeTo(Number(a.alpha), 0.2058, 2e-4);
    closeTo(Number(a.forecast), fit.predict(1e6));
  });

  it('follows the variant: another floor changes α; mismatched lists or a loss under the floor give NaN', () => {
    expect(
      Math.abs(Number(solveFor(def('01-power-law-exponent'), 'floor=1').alpha) - 0.2058),
    ).toBeGreaterThan(0.005);
    expect(solveFor(def('01-power-law-exponent'), 'loss=2.5,2.1,1.88').alpha).toBeNaN();
    expect(solveFor(def('01-power-law-exponent'), 'floor=2').alpha).toBeNaN();
  });
});

describe('planning/04-isoflop-search', () => {
  it('solve(defaults): the grid minimum at C = 1e22 is ≈ 4.98e9 parameters, within 5% of the exact minimum', () => {
    const a = solveFor(def('04-isoflop-search'));
    closeTo(Number(a.N), 4.977e9, 1e-3);
    closeTo(Number(a.D), 1e22 / (6 * Number(a.N)));
    expect(ISOFLOP_SEARCH_GRID).toContain(Number(a.N));
    const exact = searchIsoFlopMinimum(1e22, TOY_ISOFLOP_LOSS).params;
    expect(Math.abs(exact / Number(a.N) - 1)).toBeLessThan(0.05);
  });

  it('for every budget allowed (1e20 to 1e24) the grid answer is within the 5% tolerance of the exact minimum', () => {
    for (const C of [1e20, 1e21, 1e22, 1e23, 1e24]) {
      const exact = searchIsoFlopMinimum(C, TOY_ISOFLOP_LOSS).params;
      expect(Math.abs(exact / searchToyIsoFlop(C).params - 1), `C = ${C}`).toBeLessThan(0.05);
    }
  });

  it('the grid step is 10^(3/99) ≈ 1.072 (7.2%): the 5% tolerance accepts the exact minimum (within half a step) but not a neighbouring grid point', () => {
    closeTo(ISOFLOP_SEARCH_STEP, 1.0723, 4e-5);
    closeTo(ISOFLOP_SEARCH_GRID[1]! / ISOFLOP_SEARCH_GRID[0]!, ISOFLOP_SEARCH_STEP);
    const tol = isoflopSearchExercise.answers.find((a) => a.name === 'N')!;
    expect(tol.kind === 'number' && tol.tolerance.rel).toBe(0.05);
    expect(Math.sqrt(ISOFLOP_SEARCH_STEP) - 1).toBeLessThan(0.05);
    expect(1 - 1 / ISOFLOP_SEARCH_STEP).toBeGreaterThan(0.05);
    for (const C of [1e20, 1e22, 1e24]) {
      const best = searchToyIsoFlop(C).params;
      expect(
        Math.abs(Math.log(searchIsoFlopMinimum(C, TOY_ISOFLOP_LOSS).params / best)),
        `C = ${C}`,
      ).toBeLessThanOrEqual(Math.log(ISOFLOP_SEARCH_STEP) / 2);
    }
  });

  it('follows the variant: a larger budget moves N_opt up', () => {
    expect(Number(solveFor(def('04-isoflop-search'), 'C=1e23').N)).toBeGreaterThan(
      Number(solveFor(def('04-isoflop-search')).N),
    );
  });
});

describe('planning/05-undertraining-check', () => {
  it('solve(defaults): 13B on 100B tokens is 7.69 tokens per parameter, undertrained, needs 260B', () => {
    const a = solveFor(def('05-undertraining-check'));
    closeTo(Number(a.ratio), 100 / 13);
    expect(a.under).toBe('yes');
    closeTo(Number(a.needed), 260e9);
  });

  it('follows the variant: Chinchilla 70B on 1.4T is not undertrained', () => {
    expect(solveFor(def('05-undertraining-check'), 'N=70e9&D=1.4e12').under).toBe('no');
  });
});

describe('planning/06-effective-tokens', () => {
  it('solve(defaults): 100·1.2 + 200·0.7 + 50·1.5 = 335', () => {
    const a = solveFor(def('06-effective-tokens'));
    closeTo(Number(a.effective), 335);
    closeTo(Number(a.perRaw), 335 / 350);
  });

  it('follows the variant, and gives NaN when the lists do not pair up', () => {
    closeTo(Number(solveFor(def('06-effective-tokens'), 'quality=1,1,1').effective), 350);
    expect(solveFor(def('06-effective-tokens'), 'quality=1,1').effective).toBeNaN();
  });
});

describe('planning/07-serving-cost', () => {
  it('solve(defaults): A costs 1 + 100·0.02 = 3, B 5 + 100·0.10 = 15; A is cheaper', () => {
    const a = solveFor(def('07-serving-cost'));
    closeTo(Number(a.totalA), 3);
    closeTo(Number(a.totalB), 15);
    expect(a.cheaper).toBe('A');
  });

  it('follows the variant: a cheap-to-serve B wins at large volume, and equal totals are a tie', () => {
    expect(solveFor(def('07-serving-cost'), 'serveB=0.005&queries=500').cheaper).toBe('B');
    expect(solveFor(def('07-serving-cost'), 'trainB=1&serveB=0.02').cheaper).toBe('tie');
  });
});

describe('planning/08-residuals', () => {
  it('solve(defaults): residuals 0.05, −0.02, 0.02; the largest is 0.05 at run 1; mean 0.05/3', () => {
    const a = solveFor(def('08-residuals'));
    closeTo(Number(a.maxAbs), 0.05);
    expect(a.run).toBe(1);
    closeTo(Number(a.mean), 0.05 / 3);
  });

  it('follows the variant: a larger miss on run 3 moves the answer', () => {
    const a = solveFor(def('08-residuals'), 'actual=2.0,1.8,1.9');
    expect(a.run).toBe(3);
    closeTo(Number(a.maxAbs), 0.22);
  });
});

describe('planning/09-threshold-artifact', () => {
  it('solve(defaults): scores 0.45, 0.49, 0.51, 0.55 at 0.5 give 0, 0, 1, 1: two pass, the third first', () => {
    expect(solveFor(def('09-threshold-artifact'))).toEqual({
      passes: 2,
      first: 3,
      reading: 'metric',
    });
  });

  it('follows the variant: a higher threshold passes fewer; none passing gives first = 0', () => {
    expect(solveFor(def('09-threshold-artifact'), 'threshold=0.52')).toMatchObject({
      passes: 1,
      first: 4,
    });
    expect(solveFor(def('09-threshold-artifact'), 'threshold=0.9')).toMatchObject({
      passes: 0,
      first: 0,
    });
  });
});

describe('planning/10-forecast-checklist', () => {
  it('solve() names the four checks: same setup, fixed held-out set, withheld residuals, interval and stop condition', () => {
    expect(solveFor(def('10-forecast-checklist'))).toEqual({
      setup: 'refit',
      heldOut: 'fixed',
      residuals: 'withheld',
      uncertainty: 'interval',
    });
  });

  it('every right answer is one of its question’s options', () => {
    const answers = solveFor(def('10-forecast-checklist'));
    for (const spec of def('10-forecast-checklist').answers) {
      expect(spec.kind).toBe('choice');
      if (spec.kind === 'choice')
        expect(spec.options.map((o) => o.value)).toContain(answers[spec.name]);
    }
  });
});

describe('texNumber(value, digits)', () => {
  it.each([
    [3.15e23, 3, '3.15 \\times 10^{23}'],
    [3645.8, 3, '3{,}650'],
    [1e9, 3, '10^{9}'],
    [0.07596, 4, '0.07596'],
    [0, 3, '0'],
    [NaN, 3, '\\text{--}'],
  ])('texNumber(%s, %s) is %s', (value, digits, tex) => {
    expect(texNumber(value, digits)).toBe(tex);
  });
});

describe('texCount(value)', () => {
  it('groups thousands with {,}', () => expect(texCount(2359296)).toBe('2{,}359{,}296'));
});

describe('memory and mixture-of-experts exercises (issue 13)', () => {
  it('11: 7.5B on 64 GPUs of 32 GB: ZeRO Fig. 1’s 31.4 GB at stage 1, which fits', () => {
    const a = solveFor(def('11-zero-stage'));
    closeTo(a['stage1'] as number, 31.40625);
    expect(a['stage']).toBe('1');
    expect(solveFor(def('11-zero-stage'), 'memory=24')['stage']).toBe('2');
    expect(solveFor(def('11-zero-stage'), 'N=175e9&memory=16')['stage']).toBe('none');
  });
  it('12: Llama 3 70B’s cache (80 layers, 8 of 64 heads × 128) is 320 KiB per token, 40 GiB at 128k; without GQA 320 GiB', () => {
    const a = solveFor(def('12-kv-cache'));
    expect(a['perToken']).toBe(2 * 80 * 8 * 128 * 2);
    closeTo(a['total'] as number, 40);
    closeTo(a['mhaTotal'] as number, 320);
  });
  it('13: Mixtral’s shape gives 46.7B in all, 12.9B active and 6 · 12.9B · 1T FLOPs', () => {
    const a = solveFor(def('13-moe-compute'));
    expect(a['total']).toBe(46_702_792_704);
    expect(a['active']).toBe(12_879_925_248);
    closeTo(a['flops'] as number, 6 * 12_879_925_248 * 1e12);
  });
});
