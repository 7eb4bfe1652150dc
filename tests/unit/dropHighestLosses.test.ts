import { describe, expect, it } from 'vitest';
import { dropHighestLosses } from '../../src/lib/dropHighestLosses';
import { roundAsPrinted } from '../../src/lib/roundAsPrinted';
import { papers } from '../tolerance';

const runs = [3, 5, 2, 5, 4].map((loss, i) => ({ N: i + 1, D: 1, loss }));

describe('dropHighestLosses(runs, count)', () => {
  it.each([
    [0, [3, 5, 2, 5, 4]],
    [1, [3, 2, 5, 4]],
    [2, [3, 2, 4]],
    [4, [2]],
  ])('drops the %i highest, keeping input order and the later of two ties', (count, losses) => {
    expect(dropHighestLosses(runs, count).map((r) => r.loss)).toEqual(losses);
  });
  it.each([[-1], [1.5], [5]])('refuses drop=%s with an InputError on drop', (count) => {
    expect(() => dropHighestLosses(runs, count)).toThrow(/drop/);
  });
});

describe('roundAsPrinted(params)', () => {
  it('gives back the printed values from the TeX-source digits (Hoffmann et al. 2022, App. D.2)', () => {
    const u = papers.hoffmann2022_chinchilla.parametric_fit.unrounded_from_TeX_source;
    const p = papers.hoffmann2022_chinchilla.parametric_fit;
    const r = roundAsPrinted({ E: u.E, A: u.A, B: u.B, alpha: u.alpha, beta: u.beta });
    expect(r).toEqual({ E: p.E, A: p.A, B: p.B, alpha: p.alpha, beta: p.beta });
  });
});
