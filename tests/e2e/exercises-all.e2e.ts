import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { EXERCISES, findExercise } from '../../src/lib/exercises';
import { parseVariant } from '../../src/lib/exercises/judge';
import type { ExerciseDef, Expected } from '../../src/lib/exercises/types';
import { readParams } from '../../src/lib/paramTable';
import { PROGRESS_KEY } from '../../src/lib/progress';
import { type WatchedPage, useBrowser, openPage } from './browser';

/** Every exercise page: it loads cleanly, accepts the answer its own solve() gives, rejects a wrong one, and follows its URL. */
const browser = useBrowser();

const pathOf = (def: ExerciseDef, query = '') => `/exercises/${def.id}/${query ? `?${query}` : ''}`;

/** The answers the checker expects for a query string, straight from the exercise definition. */
function expectedFor(def: ExerciseDef, query = ''): Readonly<Record<string, Expected>> {
  return def.solve(parseVariant(def, readParams(def.params, new URLSearchParams(query))).values);
}

/** The answers as a student would type them; `wrong` makes every one of them clearly wrong. */
function typed(
  def: ExerciseDef,
  expected: Readonly<Record<string, Expected>>,
  wrong = false,
): Record<string, string> {
  return Object.fromEntries(
    def.answers.map((spec) => {
      const value = expected[spec.name];
      if (spec.kind === 'choice')
        return [
          spec.name,
          wrong ? spec.options.find((o) => o.value !== value)!.value : String(value),
        ];
      const n = Number(value);
      return [
        spec.name,
        wrong ? String(n * 1.5 + 1) : Number.isInteger(n) ? String(n) : n.toPrecision(10),
      ];
    }),
  );
}

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<WatchedPage> {
  const watched = await openPage(browser(), path, options);
  if (options.javaScriptEnabled !== false)
    await watched.page.waitForSelector(
      '[data-exercise][data-ready="true"], [data-progress-list][data-ready="true"]',
    );
  return watched;
}

/** Types the answers, presses Check and returns the verdict. */
async function check(
  tab: Page,
  def: ExerciseDef,
  answers: Record<string, string>,
): Promise<string | null> {
  for (const spec of def.answers) {
    const field = `#answer-${spec.name}`;
    if (spec.kind === 'choice') await tab.selectOption(field, answers[spec.name]!);
    else await tab.fill(field, answers[spec.name]!);
  }
  await tab.getByRole('button', { name: 'Check' }).click();
  return tab.locator('[data-feedback]').getAttribute('data-feedback');
}

// Exercises are checked three at a time (maxConcurrency in vitest.e2e.config.ts), each in its own
// browser context (its own storage): most of a check is the page loading, so the waits overlap.
describe.concurrent.each(EXERCISES.map((def) => [def.id, def] as const))(
  'exercise %s',
  (_, def) => {
    it('loads without console errors, rejects a wrong answer and accepts the one solve() gives', async ({
      expect,
    }) => {
      const { page, errors } = await open(pathOf(def));
      await expect(page.locator('h1').textContent()).resolves.toMatch(
        def.track === 'kaplan' ? /^Kaplan \d+: / : /^Planning \d+: /,
      );
      const expected = expectedFor(def);
      expect(await check(page, def, typed(def, expected, true))).toBe('incorrect');
      expect(await check(page, def, typed(def, expected))).toBe('correct');
      await expect(page.locator('.sl-progress-line').textContent()).resolves.toMatch(/^Solved\./);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  },
);

describe.concurrent('exercise variants from the URL', () => {
  it.for([
    ['kaplan/02-6n-estimator', 'N=1.3e9&D=300e9'],
    ['kaplan/05-minimal-scaling-transformer', 'd=2048'],
    ['planning/01-power-law-exponent', 'X=1e3,1e4,1e5,1e6&loss=3.1,2.4,2.0,1.8&floor=1.4'],
    ['planning/06-effective-tokens', 'tokens=400,100&quality=0.5,2'],
    ['planning/09-threshold-artifact', 'threshold=0.52'],
  ] as const)(
    '%s?%s: the default answer is wrong and the variant’s answer right',
    async ([id, query], { expect }) => {
      const def = findExercise(id)!;
      const { page, errors } = await open(pathOf(def, query));
      await expect(page.locator('.sl-givens [role="alert"]').count()).resolves.toBe(0);
      expect(await check(page, def, typed(def, expectedFor(def)))).toBe('incorrect');
      expect(await check(page, def, typed(def, expectedFor(def, query)))).toBe('correct');
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('a list variant whose lists do not pair up is reported in the box, and the default numbers are used instead', async ({
    expect,
  }) => {
    const def = findExercise('planning/06-effective-tokens')!;
    const { page, errors } = await open(pathOf(def, 'quality=1,1'));
    await expect(page.locator('.sl-givens').textContent()).resolves.toMatch(
      /do not go together.*the default numbers are used instead/,
    );
    expect(await check(page, def, { effective: '300', perRaw: '1' })).toBe('incorrect');
    expect(await check(page, def, typed(def, expectedFor(def)))).toBe('correct');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.concurrent('exercises index', () => {
  it('lists both tracks with difficulty without JavaScript', async ({ expect }) => {
    const { page } = await open('/exercises/', { javaScriptEnabled: false });
    await expect(page.locator('[data-exercise-row]').count()).resolves.toBe(EXERCISES.length);
    await expect(page.locator('caption').allTextContents()).resolves.toEqual([
      'Kaplan track',
      'Planning track',
    ]);
    await expect(
      page.locator('[data-exercise-row="kaplan/05-minimal-scaling-transformer"]').textContent(),
    ).resolves.toContain('4 of 5');
    await page.context().close();
  });

  it('shows progress after solving one exercise, and resets all of it', async ({ expect }) => {
    const def = findExercise('planning/06-effective-tokens')!;
    const { page, errors } = await open(pathOf(def));
    await page.getByRole('button', { name: /Show a hint/ }).click();
    expect(await check(page, def, typed(def, expectedFor(def)))).toBe('correct');
    await page.goto(`${new URL(page.url()).origin}/exercises/`);
    await page.waitForSelector('[data-progress-list][data-ready="true"]');
    const cell = page.locator(`[data-progress="${def.id}"]`);
    await expect(cell.textContent()).resolves.toBe('Solved, 1 hint used');
    await expect(
      page.locator('[data-progress="kaplan/01-power-law-fitter"]').textContent(),
    ).resolves.toBe('Not solved, 0 hints used');
    await page.getByRole('button', { name: 'Reset all progress' }).click();
    await expect(cell.textContent()).resolves.toBe('Not solved, 0 hints used');
    await page.reload();
    await page.waitForSelector('[data-progress-list][data-ready="true"]');
    await expect(cell.textContent()).resolves.toBe('Not solved, 0 hints used');
    await page.evaluate((key) => localStorage.setItem(key, 'not json'), PROGRESS_KEY);
    await page.reload();
    await page.waitForSelector('[data-progress-list][data-ready="true"]');
    await expect(cell.textContent()).resolves.toBe('Not solved, 0 hints used');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
