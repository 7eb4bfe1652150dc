// Browser benchmarks on the built site in headless Chromium (the project's flags: WebGPU and WebGL
// on SwiftShader where there is no GPU):
// 1. /labs/benchmark/: per backend (BENCH_BACKEND=wasm for one), ms per step, tokens/s and
//    achieved FLOP/s of every lab model next to that backend's 512³ matmul FLOP/s;
// 2. the labs' default runs on WASM (BENCH_LABS=sweep,predict,isoflop; default: sweep; or a lab's
//    path and query, several separated by ';'): wall time
//    and outcome, against the issue's bar (sweep under 180 s on 2 cores, R² > 0.95, α > 0;
//    predict-and-verify within 2% at 2.25× the largest fitted N). Printed, never asserted: benchmarks do not pass or fail.
// 3. BENCH_AB=<another build folder> (e.g. a build of an older commit): the same sweep on both
//    builds, alternating A, B, A, B (BENCH_AB_ROUNDS rounds, default 2) so the machine's load hits
//    both alike; prints each wall time, α and R², and the ratio of the total wall times.
//    BENCH_AB_PATH=<a lab's path and query> compares that lab instead (e.g. /labs/isoflop/?backend=wasm).
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chromiumPath, distDir, launchBrowser } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/previewServer';

const MINUTE = 60_000;
const fmt = (x: number) => (x >= 1e9 ? `${(x / 1e9).toFixed(2)} G` : `${(x / 1e6).toFixed(1)} M`);

/** Every `[data-result]` of the page as name (with its budget, if any) → number. */
async function results(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-result]')].map((e) => [
        e.getAttribute('data-result')! +
          (e.getAttribute('data-budget') ? `@${e.getAttribute('data-budget')}` : ''),
        Number(e.getAttribute('data-value')),
      ]),
    ),
  );
}

/** Each finished run's name and final validation loss, from the runs table. */
function runLosses(page: Page): Promise<string[]> {
  return page.$$eval('tr[data-run]', (rows) =>
    rows.map(
      (r) => `${r.getAttribute('data-run')} ${Number(r.getAttribute('data-loss')).toFixed(4)}`,
    ),
  );
}

/** Opens a lab, presses Start and waits for it to finish; returns the wall time in seconds. */
async function runLab(page: Page, url: string, lab: string, minutes: number): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(`[data-lab="${lab}"][data-ready="true"]`);
  const t0 = Date.now();
  await page.click('[data-action="start"]');
  await page.waitForSelector(`[data-lab="${lab}"][data-status="running"]`);
  await page.waitForSelector(`[data-lab="${lab}"][data-status="idle"]`, {
    timeout: minutes * MINUTE,
  });
  return (Date.now() - t0) / 1000;
}

async function backendTable(page: Page, baseUrl: string): Promise<void> {
  const seconds = await runLab(
    page,
    `${baseUrl}/labs/benchmark/?backend=${process.env['BENCH_BACKEND'] ?? 'all'}&timed=3`,
    'benchmark',
    30,
  );
  console.log(`(${seconds.toFixed(0)} s) ${await page.locator('[data-probe]').textContent()}`);
  const rows = await page.$$eval('[data-bench-row]', (trs) =>
    trs.map((tr) => Object.fromEntries(Object.entries((tr as HTMLElement).dataset))),
  );
  for (const backend of [...new Set(rows.map((r) => r['backend']!))]) {
    const mine = rows.filter((r) => r['backend'] === backend);
    if (mine[0]!['unavailable'] !== undefined) {
      console.log(`\n### ${backend}: could not start`);
      continue;
    }
    const ceiling = Number(mine[0]!['ceiling']);
    console.log(
      `\n### ${backend} (Chromium): matMul 512³ = ${fmt(ceiling)}FLOP/s (the practical ceiling)`,
    );
    console.log('model  ms/step  tokens/s  6N FLOP/s  (% ceil)');
    for (const r of mine) {
      const flops = Number(r['flops']);
      console.log(
        `${r['model']!.padEnd(6)} ${Number(r['ms']).toFixed(1).padStart(8)} ${Number(r['tokensPerSecond']).toFixed(0).padStart(9)} ${fmt(flops).padStart(10)} ${`${((100 * flops) / ceiling).toFixed(1)}%`.padStart(8)}`,
      );
    }
  }
}

const LABS: Record<
  string,
  { lab: string; path: string; minutes: number; show: (r: Record<string, number>) => string }
> = {
  sweep: {
    lab: 'scaling-sweep',
    path: '/labs/scaling-sweep/?backend=wasm',
    minutes: 15,
    show: (r) =>
      `R² ${r['r2']?.toFixed(3)} (bar: > 0.95), α ${r['alpha']?.toFixed(3)} (bar: > 0), N_c ${r['Nc']?.toExponential(2)}, L∞ ${r['Linf']?.toFixed(3)}`,
  },
  predict: {
    lab: 'predict-and-verify',
    path: '/labs/predict-and-verify/?backend=wasm',
    minutes: 20,
    show: (r) =>
      `predicted ${r['predicted']?.toFixed(4)} (${r['predictedLo']?.toFixed(3)}–${r['predictedHi']?.toFixed(3)}), measured ${r['measured']?.toFixed(4)}, error ${r['errorPercent']?.toFixed(2)}% (bar: within 2%)`,
  },
  isoflop: {
    lab: 'isoflop',
    path: '/labs/isoflop/?backend=wasm',
    minutes: 20,
    show: (r) =>
      `${Object.entries(r)
        .filter(([k]) => k.startsWith('nOpt'))
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}, a ${r['a']?.toFixed(3)}`,
  },
};

/**
 * BENCH_LABS as lab specs: names from LABS, or a lab's own path and query separated by ';'
 * (e.g. BENCH_LABS='/labs/isoflop/?backend=wasm&budgets=3e10,6e10,1.2e11'), shown like its lab.
 */
function labsToRun(list: string): (typeof LABS)[string][] {
  return list.split(list.includes('/') ? ';' : ',').flatMap((entry) => {
    if (entry in LABS) return [LABS[entry]!];
    const lab = entry.split('/')[2];
    const known = Object.values(LABS).find((l) => l.lab === lab);
    return entry.startsWith('/labs/') && known ? [{ ...known, path: entry }] : [];
  });
}

/** The sweep the engine is compared on (issue 16): five widths, 614k tokens each, WASM. */
const AB_SWEEP =
  '/labs/scaling-sweep/?d_models=8,16,24,32,48&tokens=614400&batch=16&seed=1&backend=wasm';

/** Runs AB_SWEEP (or BENCH_AB_PATH) on two builds in turn, A B A B, and prints wall times, results and the ratio. */
async function sideBySide(baseline: string, dist: string): Promise<void> {
  const rounds = Number(process.env['BENCH_AB_ROUNDS'] ?? 2);
  const path = process.env['BENCH_AB_PATH'] ?? AB_SWEEP;
  const lab = path.split('/')[2] ?? 'scaling-sweep';
  const show = Object.values(LABS).find((l) => l.lab === lab && lab !== 'scaling-sweep')?.show;
  const servers = [await startPreview(baseline), await startPreview(dist)];
  const browser = await launchBrowser();
  const totals = [0, 0];
  const alphas: number[][] = [[], []];
  try {
    console.log(`\n### ${path}: A = ${baseline}, B = ${dist}, ${rounds} rounds`);
    for (let round = 0; round < rounds; round++) {
      for (const i of [0, 1]) {
        const page = await (await browser.newContext()).newPage();
        const url = `${servers[i]!.baseUrl}${path}`;
        const seconds = await runLab(page, url, lab, 20);
        const r = await results(page);
        const losses = await runLosses(page);
        totals[i]! += seconds;
        alphas[i]!.push(r['alpha'] ?? r['a'] ?? Number.NaN);
        const outcome = show
          ? show(r)
          : `α ${r['alpha']?.toFixed(4)}, R² ${r['r2']?.toFixed(4)}, L∞ ${r['Linf']?.toFixed(3)}`;
        console.log(
          `${'AB'[i]} round ${round + 1}: ${seconds.toFixed(1)} s, ${outcome}; ${losses.join(', ')}`,
        );
        await page.context().close();
      }
    }
    const dAlpha = Math.max(...alphas[1]!.map((a, k) => Math.abs(a - alphas[0]![k]!)));
    console.log(
      `B/A wall time ${(totals[1]! / totals[0]!).toFixed(3)} (A ${totals[0]!.toFixed(0)} s, B ${totals[1]!.toFixed(0)} s in all); largest |Δ${show ? 'a' : 'α'}| ${dAlpha.toFixed(4)}`,
    );
  } finally {
    await browser.close();
    servers.forEach((s) => s.stop());
  }
}

/** Prints the backend table and the chosen labs' default runs. */
export async function run(): Promise<void> {
  const dist = distDir();
  if (!existsSync(`${dist}/index.html`)) {
    console.log(`skipped: no built site in ${dist}/ (run \`npm run build\` first)`);
    return;
  }
  try {
    chromiumPath();
  } catch (error) {
    console.log(`skipped: ${(error as Error).message}`);
    return;
  }
  const baseline = process.env['BENCH_AB'];
  if (baseline) return sideBySide(baseline, dist);
  const { baseUrl, stop } = await startPreview(dist);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await backendTable(page, baseUrl);
    for (const spec of labsToRun(process.env['BENCH_LABS'] ?? 'sweep')) {
      const fresh = await (await browser.newContext()).newPage(); // empty storage: every size trains
      const seconds = await runLab(fresh, `${baseUrl}${spec.path}`, spec.lab, spec.minutes);
      console.log(
        `\n### ${spec.path}: ${seconds.toFixed(1)} s wall; ${spec.show(await results(fresh))}; ${(await runLosses(fresh)).join(', ')}`,
      );
      await fresh.context().close();
    }
  } finally {
    await browser.close();
    stop();
  }
}
