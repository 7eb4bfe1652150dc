import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../src/lib/progress';
import { trainingFlops } from '../../src/lib/trainingFlops';
import { flopsToPfDays } from '../../src/lib/computeUnits';
import { baseUrl, useBrowser } from './browser';

const PATH = '/exercises/planning/02-training-flops/';
const browser = useBrowser();

async function open(path: string, page?: Page) {
  const tab = page ?? (await (await browser().newContext()).newPage());
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto(`${baseUrl()}${path}`);
  await tab.waitForSelector('[data-exercise][data-ready="true"]');
  return { tab, errors };
}

async function answer(tab: Page, C: number, pfDays: number) {
  await tab.fill('#answer-C', C.toExponential(4));
  await tab.fill('#answer-pfDays', pfDays.toFixed(2));
  await tab.getByRole('button', { name: 'Check' }).click();
  return tab.locator('[data-feedback]').getAttribute('data-feedback');
}

describe('exercise pages', () => {
  it('accept the right answer and reject a wrong one (default numbers)', async () => {
    const { tab, errors } = await open(PATH);
    const C = trainingFlops(3e9, 100e9);
    expect(await answer(tab, C * 1.5, flopsToPfDays(C))).toBe('incorrect');
    await expect(tab.locator('[data-answer-feedback="C"]').textContent()).resolves.toMatch(
      /Not within tolerance/,
    );
    expect(await answer(tab, C * 1.004, flopsToPfDays(C))).toBe('correct');
    expect(errors).toEqual([]);
    await tab.context().close();
  });

  it('follow the variant in the URL: the checker uses the instructor’s numbers', async () => {
    const { tab } = await open(`${PATH}?N=7e9&D=140e9`);
    await expect(tab.locator('.sl-givens').textContent()).resolves.toContain('7B');
    const defaultC = trainingFlops(3e9, 100e9);
    expect(await answer(tab, defaultC, flopsToPfDays(defaultC))).toBe('incorrect');
    const C = trainingFlops(7e9, 140e9);
    expect(await answer(tab, C, flopsToPfDays(C))).toBe('correct');
    await tab.context().close();
  });

  it('report a hostile or bad URL value and fall back to the default', async () => {
    const { tab, errors } = await open(
      `${PATH}?N=${encodeURIComponent('<img src=x onerror=alert(1)>')}&D=-4`,
    );
    await expect(tab.locator('.sl-givens [role="alert"]').count()).resolves.toBe(2);
    expect(await tab.locator('.sl-exercise img').count()).toBe(0);
    const C = trainingFlops(3e9, 100e9);
    expect(await answer(tab, C, flopsToPfDays(C))).toBe('correct');
    expect(errors).toEqual([]);
    await tab.context().close();
  });

  it('keep progress and hints across reloads, survive a corrupted store, and reset', async () => {
    const { tab } = await open(PATH);
    await tab.getByRole('button', { name: /Show a hint \(1 of 3\)/ }).click();
    const C = trainingFlops(3e9, 100e9);
    await answer(tab, C, flopsToPfDays(C));
    await open(PATH, tab);
    await expect(tab.locator('.sl-progress-line').textContent()).resolves.toMatch(
      /Solved\. Hints used: 1\./,
    );
    await expect(tab.locator('.sl-hints li').count()).resolves.toBe(1);
    await tab.evaluate(
      (key) => localStorage.setItem(key, '{"version":1,"exercises":{"x":'),
      PROGRESS_KEY,
    );
    const again = await open(PATH, tab);
    await expect(tab.locator('.sl-progress-line').textContent()).resolves.toMatch(
      /Not solved yet\. Hints used: 0\./,
    );
    expect(again.errors).toEqual([]);
    await tab.getByRole('button', { name: 'Reset this exercise' }).click();
    await expect(tab.locator('.sl-progress-line').textContent()).resolves.toMatch(/Not solved yet/);
    await tab.context().close();
  });
});
