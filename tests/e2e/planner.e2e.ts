import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  calculatorReady,
  expectFieldError,
  openPage,
  relDiff,
  resultValue,
  useBrowser,
} from './browser';

const browser = useBrowser();

/** The planner's numbers for a link, and the links each section gives to its calculator. */
async function planOf(query: string) {
  const { page, errors } = await openPage(browser(), `/planner/${query}`);
  await calculatorReady(page);
  const values = Object.fromEntries(
    await page.$$eval('[data-result]', (els) =>
      els.map((e) => [e.getAttribute('data-result')!, Number(e.getAttribute('data-value'))]),
    ),
  ) as Record<string, number>;
  const links = Object.fromEntries(
    await page.$$eval('[data-calc-link]', (els) =>
      els.map((e) => [
        e.getAttribute('data-calc-link')!,
        (e as HTMLAnchorElement).getAttribute('href')!,
      ]),
    ),
  ) as Record<string, string>;
  return { page, errors, values, links };
}

/** A calculator page's results, opened from a link the planner gave. */
async function calculatorAt(href: string) {
  const { page } = await openPage(browser(), href);
  await calculatorReady(page);
  const out = {
    get: (name: string) => resultValue(page, name),
    close: () => page.context().close(),
  };
  return out;
}

describe('planner: one link, the whole chain, the calculators’ numbers', () => {
  it.each([
    '?C=5.76e23&fit=tokens20',
    '?C=1e22&fit=hoffmann2022&gpu=a100',
    '?N=7e9&fit=besiroglu2024&zero=3',
  ])('%s equals chinchilla-optimal, training-compute and training-memory', async (query) => {
    const plan = await planOf(query);
    expect(plan.errors).toEqual([]);
    const optimal = await calculatorAt(plan.links['chinchilla-optimal']!);
    expect(relDiff(await optimal.get('params'), plan.values['params']!)).toBeLessThan(1e-9);
    expect(relDiff(await optimal.get('tokens'), plan.values['tokens']!)).toBeLessThan(1e-9);
    const loss = await optimal.get('loss');
    if (loss === null) expect(plan.values['loss']).toBeUndefined();
    else expect(relDiff(loss, plan.values['loss']!)).toBeLessThan(1e-9);
    await optimal.close();
    const compute = await calculatorAt(plan.links['training-compute']!);
    expect(relDiff(await compute.get('gpuHours'), plan.values['gpuHours']!)).toBeLessThan(1e-9);
    expect(relDiff(await compute.get('cost'), plan.values['cost']!)).toBeLessThan(1e-9);
    await compute.close();
    const memory = await calculatorAt(plan.links['training-memory']!);
    expect(await memory.get('totalPerGpu')).toBe(plan.values['memoryPerGpu']);
    expect(await memory.get('gpus')).toBe(plan.values['gpus']);
    await memory.close();
    expect(plan.values['tp']! * plan.values['pp']! * plan.values['dp']!).toBe(plan.values['gpus']);
    await plan.page.context().close();
  });

  it('the warnings fire where they should, each with its reason', async () => {
    const { page } = await planOf('?C=1e26&unique=1e12&zero=0&recompute=none&gpu=v100&mfu=0.6');
    const ids = await page.$$eval('[data-warning]', (els) =>
      els.map((e) => e.getAttribute('data-warning')),
    );
    expect(ids.sort()).toEqual(['beyond-fit', 'data-wall', 'mfu', 'no-fit', 'under-trained']);
    await page.context().close();
    const quiet = await planOf('?C=1e21&fit=tokens20');
    expect(await quiet.page.locator('[data-warning]').count()).toBe(0);
    await quiet.page.context().close();
  });

  it('a preset fills the link: Llama 3 405B at about 38.5 tokens per parameter, beside the real run', async () => {
    const { page } = await planOf('');
    await page.getByRole('button', { name: 'Llama 3 405B' }).click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('compare') === 'llama3-405b',
    );
    expect(relDiff(await resultValue(page, 'params'), 405e9)).toBeLessThan(1e-3);
    await expect(page.locator('[data-real-run]').textContent()).resolves.toMatch(
      /Llama 3 405B trained 405B/,
    );
    await page.context().close();
  });

  it.each([
    ['?C=1e9', 'C', /not one step|too small/],
    ['?days=0.000000001', 'days', /billion GPUs/],
    ['?arch=moe&experts=4&topK=8', 'topK', /at most the 4 experts/],
    ['?mfu=1.5', 'mfu', /1/],
  ])('bad input %s: a message on %s', (query, field, message) =>
    expectFieldError(browser(), `/planner/${query}`, field, message),
  );

  it('unique tokens that cover the run: a note on the field, and the plan stands', async () => {
    const { page } = await planOf('?C=1e20&unique=1e13');
    await expect(page.locator('[data-note-for="unique"]').textContent()).resolves.toMatch(
      /No repeats/,
    );
    expect(await resultValue(page, 'epochs')).toBeLessThan(1);
    await page.context().close();
  });

  it('prints on one sheet, with the plan’s link', async () => {
    const { page } = await planOf('?C=5.76e23&unique=1e12&served=1e13');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await expect(page.locator('.sl-planner__print-link').textContent()).resolves.toContain(
      'served=1e13',
    );
    await page.context().close();
  });

  it('the linking guide lists the planner’s parameters from its table', async () => {
    const { page } = await openPage(browser(), '/reference/linking/');
    const names = await page.$$eval('#planner + table code', (els) =>
      els.map((e) => e.textContent),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'C',
        'dollars',
        'N',
        'fit',
        'served',
        'unique',
        'arch',
        'days',
        'zero',
        'seq',
      ]),
    );
    expect(baseUrl()).toMatch(/^http/);
    await page.context().close();
  });
});
