import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './browser';

const browser = useBrowser();

/** Pages in a PDF: its page objects, `/Type /Page` (not `/Pages`). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('cheat sheet', () => {
  it.each(['A4', 'Letter'] as const)(
    'prints on two %s pages without navigation, math intact',
    async (format) => {
      const tab = await (await browser().newContext()).newPage();
      await tab.goto(`${baseUrl()}/cheat-sheet/`, { waitUntil: 'networkidle' });
      await tab.emulateMedia({ media: 'print' });
      expect(await tab.locator('#starlight__sidebar').isVisible()).toBe(false);
      expect(await tab.locator('.katex').first().isVisible()).toBe(true);
      expect(pageCount(await tab.pdf({ format }))).toBe(2);
      await tab.context().close();
    },
  );

  it('keeps checked boxes across reloads and resets them', async () => {
    const tab = await (await browser().newContext()).newPage();
    await tab.goto(`${baseUrl()}/cheat-sheet/`);
    const boxes = tab.locator('[data-checklist] input[type="checkbox"]');
    expect(await boxes.count()).toBe(8);
    await boxes.nth(0).check();
    await boxes.nth(3).check();
    await tab.reload();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(3).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    await tab.getByRole('button', { name: 'Reset the checklist' }).click();
    await tab.reload();
    expect(await boxes.nth(0).isChecked()).toBe(false);
    await tab.context().close();
  });
});
