// fit-runs on 240 runs (Epoch's digitised Chinchilla runs when present, else seeded runs shaped
// like them): the times a reader waits, in Node and in headless Chromium against the built site
// ($E2E_DIST or dist/): the estimate, the first interval, all intervals, and resamples per second.
// The targets (issue 15): estimate ≤ 1 s and first interval ≤ 3 s after the paste.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { estimateFitRuns, makeFitRunsBootstrap } from '../src/lib/calculators/fitRuns';
import { FIT_RUNS_FIRST_INTERVAL, FIT_RUNS_RESAMPLES } from '../src/lib/calculators/fitRunsView';
import { distDir, launchBrowser } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/previewServer';
import { type Watched, findStages, installWatch, pasteNow } from '../tests/e2e/watchFitRuns';
import { epochLikeCsv } from '../tests/fixtures/syntheticRuns';
import { findEpochCsv, papers } from '../tests/tolerance';

/** The 240 runs as CSV: Epoch's without their 5 highest losses (Besiroglu et al. 2024, Sec. 2). */
function runsCsv(): { name: string; csv: string } {
  const path = findEpochCsv();
  const text = path
    ? readFileSync(path, 'utf8')
    : epochLikeCsv(papers.besiroglu2024_epoch_replication.paper_table_1_estimates, 245, 0.01, 7);
  const [header, ...rows] = text.trim().split('\n');
  const lossAt = header!.split(',').indexOf('loss');
  const kept = rows
    .sort((a, b) => Number(a.split(',')[lossAt]) - Number(b.split(',')[lossAt]))
    .slice(0, rows.length - 5);
  return {
    name: path ? "Epoch's 240 runs" : '240 synthetic Epoch-shaped runs (no Epoch CSV)',
    csv: [header, ...kept].join('\n'),
  };
}

interface Times {
  estimate: number;
  firstInterval: number;
  all: number;
  perSecond: number;
}

/** The same two stages as the worker, timed in Node. */
function nodeTimes(csv: string): Times {
  const t0 = performance.now();
  const boot = makeFitRunsBootstrap(estimateFitRuns({ csv }));
  const estimate = performance.now() - t0;
  let firstInterval = NaN;
  while (boot.step()) {
    if (boot.done() === FIT_RUNS_FIRST_INTERVAL) firstInterval = performance.now() - t0;
  }
  boot.results();
  const all = performance.now() - t0;
  return { estimate, firstInterval, all, perSecond: (1000 * boot.total) / (all - estimate) };
}

/** Pastes the runs into /calculators/fit-runs/ and reads the stages off the page. */
async function browserTimes(csv: string): Promise<Times | string> {
  const dist = distDir();
  if (!existsSync(`${dist}/calculators/fit-runs/index.html`))
    return `no built site in ${dist}/ (npm run build, or set E2E_DIST)`;
  const server = await startPreview(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/calculators/fit-runs/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-bootstrap="done"]', { timeout: 300_000 });
    const before = Number(await page.locator('[data-result="alpha"]').getAttribute('data-value'));
    await installWatch(page);
    const t0 = await pasteNow(page, csv);
    await page.waitForSelector('[data-bootstrap="done"]:not([data-stale="true"] *)', {
      timeout: 600_000,
    });
    const seen = await page.evaluate(() => (window as unknown as Watched).__seen);
    const { fresh, estimate, firstInterval, final } = findStages(seen, t0, before);
    const at = (i: number) => (i >= 0 ? fresh[i]!.t - t0 : NaN);
    return {
      estimate: at(estimate),
      firstInterval: at(firstInterval),
      all: at(final),
      perSecond: (1000 * FIT_RUNS_RESAMPLES) / (at(final) - at(estimate)),
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

/** Prints Node's and Chromium's times side by side. */
export async function run(): Promise<void> {
  const { name, csv } = runsCsv();
  const node = nodeTimes(csv);
  const browser = await browserTimes(csv);
  console.log(
    `fit-runs on ${name}, ${FIT_RUNS_RESAMPLES.toLocaleString('en-US')} warm-started resamples (targets: estimate ≤ 1 s, first interval ≤ 3 s)`,
  );
  const rows: [string, keyof Times, string][] = [
    ['point estimate (4,500-start grid), ms after the paste', 'estimate', 'ms'],
    [
      `first interval (${FIT_RUNS_FIRST_INTERVAL} resamples), ms after the paste`,
      'firstInterval',
      'ms',
    ],
    ['all intervals, ms after the paste', 'all', 'ms'],
    ['resamples per second', 'perSecond', '/s'],
  ];
  console.log(`${''.padEnd(56)} ${'Node'.padStart(10)} ${'Chromium'.padStart(10)}`);
  for (const [label, key, unit] of rows) {
    const b = typeof browser === 'string' ? '—' : browser[key].toFixed(0);
    console.log(
      `${label.padEnd(56)} ${node[key].toFixed(0).padStart(10)} ${b.padStart(10)} ${unit}`,
    );
  }
  if (typeof browser === 'string') console.log(`Chromium: ${browser}`);
  // Wall times on a shared machine stretch with its load: print it beside them.
  const load = loadavg().map((x) => x.toFixed(1));
  console.log(`load average ${load.join(', ')} on ${cpus().length} cores`);
}
