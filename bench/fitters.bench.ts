import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bootstrapFit } from '../src/lib/bootstrapFit';
import { fitChinchilla } from '../src/lib/fitChinchilla';
import { fitIsoFlop } from '../src/lib/fitIsoFlop';
import { fitPowerLaw } from '../src/lib/fitPowerLaw';
import { fitSaturatingPowerLaw } from '../src/lib/fitSaturatingPowerLaw';
import { makeWarmRefit } from '../src/lib/makeWarmRefit';
import { parseRunsCsv } from '../src/lib/parseRunsCsv';
import { makeNormal, makeRandom } from '../src/lib/random';
import { medianMs, microsPerCall } from './timing';

/** Chinchilla's fitted law (Hoffmann et al. 2022, Eq. 10) as a closed form, for the µs figure. */
const chinchillaLoss = (N: number, D: number) => 1.69 + 406.4 / N ** 0.34 + 410.7 / D ** 0.28;

/** 250 runs over 10⁷–10¹⁰ parameters and 10⁸–10¹¹ tokens with 1% log-normal noise (seeded). */
function syntheticRuns(n: number) {
  const random = makeRandom(1);
  const normal = makeNormal(random);
  return Array.from({ length: n }, () => {
    const N = 10 ** (7 + 3 * random());
    const D = 10 ** (8 + 3 * random());
    return { N, D, loss: chinchillaLoss(N, D) * Math.exp(0.01 * normal()) };
  });
}

/** Fitter timings on realistic inputs: what a lab page waits for. */
export async function run(): Promise<void> {
  // Epoch's digitised runs carry no licence and are never shipped: $EPOCH_CSV or ../shared/data/.
  const csv = [
    process.env['EPOCH_CSV'],
    fileURLToPath(new URL('../../shared/data/chinchilla-figure4-epoch.csv', import.meta.url)),
  ].find((path): path is string => Boolean(path) && existsSync(path!));
  if (!csv)
    console.log(
      "Epoch's digitised runs not found (EPOCH_CSV or ../shared/data/): their rows are skipped",
    );
  const epoch = csv
    ? [...parseRunsCsv(readFileSync(csv, 'utf8'))].sort((p, q) => q.loss - p.loss).slice(5)
    : [];
  const synthetic = syntheticRuns(250);
  const normal = makeNormal(makeRandom(2));
  const curve = Array.from({ length: 40 }, (_, i) => 10 ** (7 + (3 * i) / 39)).map((N) => ({
    N,
    loss: (1.69 + (1e8 / N) ** 0.3) * Math.exp(0.01 * normal()),
  }));
  const isoFlop = [1e18, 3e18, 1e19, 3e19, 1e20, 3e20, 1e21, 3e21, 1e22].flatMap((C) =>
    Array.from({ length: 9 }, (_, i) => {
      const N = 0.1 * C ** 0.5 * Math.exp((i - 4) * 0.5);
      return { N, C, loss: chinchillaLoss(N, C / (6 * N)) * Math.exp(0.002 * normal()) };
    }),
  );
  const fit = fitChinchilla(epoch.length > 0 ? epoch : synthetic);
  // One bootstrap resample of the same runs (seeded), refitted warm as fit-runs does.
  const pickRun = makeRandom(3);
  const runs = epoch.length > 0 ? epoch : synthetic;
  const resample = runs.map(() => runs[Math.floor(pickRun() * runs.length)]!);
  const warmRefit = makeWarmRefit(fit);
  let sink = 0; // fed back into the argument so the call cannot be optimised away
  const rows: [string, number, string][] = [
    [
      'fitChinchilla, 250 synthetic runs, 4,500-start grid',
      medianMs(() => fitChinchilla(synthetic), 5),
      'ms',
    ],
    ...(epoch.length > 0
      ? [
          [
            "fitChinchilla, Epoch's 240 runs, 4,500-start grid",
            medianMs(() => fitChinchilla(epoch), 5),
            'ms',
          ] as [string, number, string],
        ]
      : []),
    [
      `makeWarmRefit, one resample of the ${epoch.length > 0 ? 'Epoch' : 'synthetic'} runs`,
      medianMs(() => warmRefit(resample), 21),
      'ms',
    ],
    ['fitSaturatingPowerLaw, 40 points', medianMs(() => fitSaturatingPowerLaw(curve), 21), 'ms'],
    ['fitPowerLaw, 40 points', medianMs(() => fitPowerLaw(curve), 21), 'ms'],
    ['fitIsoFlop, 9 budgets × 9 sizes', medianMs(() => fitIsoFlop(isoFlop), 21), 'ms'],
    [
      'bootstrapFit × 100 of fitSaturatingPowerLaw, 40 points',
      medianMs(
        () =>
          bootstrapFit(curve, (s) => ({ alpha: fitSaturatingPowerLaw(s).alpha }), {
            seed: 1,
            resamples: 100,
          }),
        5,
      ),
      'ms',
    ],
    [
      'closed form E + A/N^α + B/D^β (fitted predict)',
      microsPerCall(() => (sink += fit.predict(70e9 + sink, 1.4e12))),
      'µs',
    ],
  ];
  for (const [name, value, unit] of rows)
    console.log(`${name.padEnd(56)} ${value.toFixed(3).padStart(10)} ${unit}`);
  console.log(
    `${epoch.length > 0 ? 'Epoch' : 'Synthetic'} fit: E = ${fit.E.toFixed(4)}, A = ${fit.A.toFixed(2)}, B = ${fit.B.toFixed(2)}, α = ${fit.alpha.toFixed(4)}, β = ${fit.beta.toFixed(4)}, ` +
      `a = ${fit.a.toFixed(4)}, b = ${fit.b.toFixed(4)}, objective ${fit.objective.toExponential(6)} (${fit.convergence.evaluations} evaluations)`,
  );
}
