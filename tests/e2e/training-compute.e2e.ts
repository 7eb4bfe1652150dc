import { describe, expect, it } from 'vitest';
import { flopsToPfDays } from '../../src/lib/computeUnits';
import { trainingCost } from '../../src/lib/trainingCost';
import { trainingFlops } from '../../src/lib/trainingFlops';
import { TRAINING_RUNS } from '../../src/lib/models';
import { papers } from '../tolerance';
import {
  calculatorReady,
  useBrowser,
  openPage,
  resultValue,
  relDiff,
  expectFieldError,
} from './browser';

const PATH = '/calculators/training-compute/';
const gpt3 = papers.example_checks.gpt3_175B_6ND;
const browser = useBrowser();

describe('training-compute calculator', () => {
  it('loads GPT-3 175B from the query string: 3.14e23 FLOPs and about 3,640 PF-days (Table D.1)', async () => {
    const { page, errors } = await openPage(browser(), `${PATH}?N=174.6e9&D=300e9`);
    await calculatorReady(page);
    const flops = await resultValue(page, 'flops');
    expect(relDiff(flops, trainingFlops(gpt3.N, gpt3.D))).toBeLessThan(1e-12);
    expect(Number(flops!.toPrecision(3))).toBe(gpt3.flops);
    expect(relDiff(await resultValue(page, 'pfDays'), gpt3.pf_days)).toBeLessThan(0.005);
    await expect(page.locator('[data-result="flops"]').textContent()).resolves.toContain(
      '3.14 × 10²³',
    );
    await expect(page.locator('[data-result="pfDays"]').textContent()).resolves.toContain('3,640');
    // Defaults for the cluster: A100 at 40% MFU, 1,024 GPUs, $2 per GPU-hour.
    const cluster = trainingCost({
      flops: flops!,
      peakFlops: 312e12,
      mfu: 0.4,
      gpus: 1024,
      pricePerGpuHour: 2,
    });
    expect(relDiff(await resultValue(page, 'gpuHours'), cluster.gpuHours)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'days'), cluster.days)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'cost'), cluster.cost)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'tokensPerParam'), 300e9 / 174.6e9)).toBeLessThan(1e-12);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('solves for N when C and D are given, and shows it as the placeholder of the empty field', async () => {
    const { page } = await openPage(browser(), `${PATH}?C=5.88e23&D=1.4T&gpu=h100`);
    await calculatorReady(page);
    expect(relDiff(await resultValue(page, 'params'), 70e9)).toBeLessThan(1e-9);
    await expect(page.locator('#field-N').getAttribute('placeholder')).resolves.toContain('70B');
    await page.context().close();
  });

  it('typing changes the results and the address bar', async () => {
    const { page, errors } = await openPage(browser(), PATH);
    await calculatorReady(page);
    await page.fill('#field-N', '70B');
    await page.fill('#field-D', '1.4T');
    await page.selectOption('#field-gpu', 'h100');
    await page.fill('#field-gpus', '2048');
    expect(relDiff(await resultValue(page, 'flops'), trainingFlops(70e9, 1.4e12))).toBeLessThan(
      1e-12,
    );
    expect(
      relDiff(await resultValue(page, 'pfDays'), flopsToPfDays(trainingFlops(70e9, 1.4e12))),
    ).toBeLessThan(1e-12);
    const url = new URL(page.url());
    expect(url.searchParams.get('N')).toBe('70B');
    expect(url.searchParams.get('D')).toBe('1.4T');
    expect(url.searchParams.get('gpu')).toBe('h100');
    expect(url.searchParams.get('gpus')).toBe('2048');
    // The address reproduces the state.
    const again = await openPage(browser(), `${url.pathname}${url.search}`);
    await calculatorReady(again.page);
    expect(
      relDiff(await resultValue(again.page, 'flops'), trainingFlops(70e9, 1.4e12)),
    ).toBeLessThan(1e-12);
    expect(errors).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('presets fill N and D with a real model', async () => {
    const { page } = await openPage(browser(), PATH);
    await calculatorReady(page);
    await page.getByRole('button', { name: 'Llama 3 405B' }).click();
    expect(relDiff(await resultValue(page, 'flops'), trainingFlops(405e9, 15.6e12))).toBeLessThan(
      1e-12,
    );
    expect(new URL(page.url()).searchParams.get('N')).toBe('405B');
    await page.context().close();
  });

  it.each([
    ['abc', 'N', /must be a number/],
    ['-5', 'N', /greater than 0/],
    ['0', 'N', /greater than 0/],
    ['1e999', 'N', /too large/],
    ['NaN', 'N', /must be a number/],
  ])(
    'bad input N=%s shows a message beside the field and no result',
    async (value, field, message) => {
      const { page, errors } = await openPage(
        browser(),
        `${PATH}?N=${encodeURIComponent(value)}&D=300e9`,
      );
      await calculatorReady(page);
      await expect(page.locator(`[data-error-for="${field}"]`).textContent()).resolves.toMatch(
        message,
      );
      expect(await page.locator('[data-result]').count()).toBe(0);
      await expect(page.locator('[data-results-empty]').isVisible()).resolves.toBe(true);
      await expect(page.locator('.sl-results').textContent()).resolves.not.toMatch(/NaN|Infinity/);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it.each([
    ['two of C, N, D missing', '?D=&N=&C=3e23', 'N', /Give any two/],
    ['all three inconsistent', '?N=70e9&D=1.4e12&C=1e25', 'C', /disagree/],
    ['MFU above 1', '?N=70e9&D=1.4e12&mfu=1.5', 'mfu', /at most 1/],
    ['a fractional GPU count', '?N=70e9&D=1.4e12&gpus=2.5', 'gpus', /whole number/],
    ['a custom GPU without its peak', '?N=70e9&D=1.4e12&gpu=custom', 'peak', /peak/],
    ['an unknown GPU', '?N=70e9&D=1.4e12&gpu=tpu', 'gpu', /must be one of/],
  ])('%s: message on %s and no result', (_label, query, field, message) =>
    expectFieldError(browser(), `${PATH}${query}`, field, message),
  );

  it('a hostile query parameter is shown as text, never run as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const { page, errors, dialogs } = await openPage(
      browser(),
      `${PATH}?N=${encodeURIComponent(hostile)}&D=300e9&evil=${encodeURIComponent(hostile)}`,
    );
    await calculatorReady(page);
    expect(await page.locator('.sl-calc img, .sl-calc script').count()).toBe(0);
    await expect(page.locator('[data-error-for="N"]').textContent()).resolves.toContain('<img');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // Unknown parameters are dropped from the shareable address.
    expect(new URL(page.url()).searchParams.has('evil')).toBe(false);
    await page.context().close();
  });

  it('math is rendered at build time: .katex is present with JavaScript disabled', async () => {
    const { page } = await openPage(browser(), PATH, { javaScriptEnabled: false });
    expect(await page.locator('.katex').count()).toBeGreaterThan(3);
    expect(await page.locator('.katex math').count()).toBeGreaterThan(3);
    await page.context().close();
  });

  it('draws the compute chart with the reader’s run beside every published run', async () => {
    const { page } = await openPage(browser(), `${PATH}?N=70B&D=1.4T`);
    await calculatorReady(page);
    await page.locator('[data-plot] svg').waitFor();
    expect(await page.locator('[data-plot] svg circle').count()).toBe(TRAINING_RUNS.length + 1);
    await page.context().close();
  });
});

describe('training-compute: Kaplan’s per-token cost', () => {
  it('adds the attention term when layers, context and width are given', async () => {
    const { trainingFlopsPerToken } = await import('../../src/lib/forwardFlops');
    const { page } = await openPage(
      browser(),
      `${PATH}?N=175B&D=300B&layers=96&ctx=2048&dAttn=12288`,
    );
    await calculatorReady(page);
    const expected = trainingFlopsPerToken({ N: 175e9, nLayer: 96, nCtx: 2048, dAttn: 12288 });
    expect(relDiff(await resultValue(page, 'flopsPerTokenKaplan'), expected)).toBeLessThan(1e-12);
    expect(relDiff(await resultValue(page, 'flopsPerToken6N'), 6 * 175e9)).toBeLessThan(1e-12);
    await page.context().close();
  });
  it('asks for all three shape fields together', async () => {
    const { page } = await openPage(browser(), `${PATH}?N=175B&D=300B&layers=96`);
    await calculatorReady(page);
    await expect(page.locator('[data-error-for="ctx"]').textContent()).resolves.toMatch(/together/);
    await page.context().close();
  });
});
