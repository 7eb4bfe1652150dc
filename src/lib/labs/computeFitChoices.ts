import { withFields } from '../calculator';
import { type ChinchillaParams, CHINCHILLA_PARAMETER_SETS } from '../chinchillaLoss';
import { chinchillaFrontier } from '../chinchillaFrontier';
import { dropHighestLosses } from '../dropHighestLosses';
import { CHINCHILLA_HUBER_DELTA } from '../fitChinchilla';
import { type FitChoices, fitChinchillaWithChoices } from '../fitChinchillaWithChoices';
import { makeChinchillaObjective } from '../makeChinchillaObjective';
import type { ParamValue } from '../paramTable';
import { parseRunsCsv, type Run } from '../parseRunsCsv';
import { roundAsPrinted } from '../roundAsPrinted';
import { CHINCHILLA_BUDGET, type FitChoicesResults } from './fitChoices';

// The fit itself, apart from the lab's table of parameters (fitChoices.ts), so the page's island
// loads neither the CSV parser nor the fitter: only its worker does.

/** E, A, B, α, β and the summed objective, its gradient and tokens per parameter they give on `runs`. */
function rowOf(p: Omit<ChinchillaParams, 'source'>, runs: readonly Run[], delta: number) {
  const g = new Float64Array(5);
  const x = Float64Array.of(Math.log(p.A), Math.log(p.B), Math.log(p.E), p.alpha, p.beta);
  const objective = makeChinchillaObjective(runs, delta)(x, g);
  const frontier = chinchillaFrontier(CHINCHILLA_BUDGET, { ...p, source: '' });
  return {
    ...{ E: p.E, A: p.A, B: p.B, alpha: p.alpha, beta: p.beta },
    a: frontier.a,
    b: frontier.b,
    objective,
    gradient: Math.max(...g.map(Math.abs)),
    tokensPerParam: frontier.tokensPerParam,
  };
}

/**
 * The lab's compute: parse the runs, drop the highest losses, fit with the chosen objective,
 * δ, stopping rule and starts (fitChinchillaWithChoices), report rounded or not, and evaluate
 * Hoffmann et al.'s printed fit and Epoch's refit on the same runs. `onProgress` hears each
 * start under stop=scipy.
 * @example computeFitChoices({ csv, objective: 'mean', delta: 1e-3, stop: 'scipy', starts: 'grid', drop: 5, report: 'unrounded' }).a
 */
export function computeFitChoices(
  values: Readonly<Record<string, ParamValue>>,
  onProgress?: (done: number, total: number) => void,
): FitChoicesResults {
  const all = parseRunsCsv(String(values['csv'] ?? ''));
  const runs = dropHighestLosses(all, Number(values['drop'] ?? 0));
  const delta = Number(values['delta'] ?? CHINCHILLA_HUBER_DELTA);
  const choices = {
    objective: values['objective'] === 'mean' ? 'mean' : 'sum',
    delta,
    stop: values['stop'] === 'tight' ? 'tight' : 'scipy',
    starts: values['starts'] === 'single' ? 'single' : 'grid',
  } satisfies FitChoices;
  const fit = withFields({ points: 'csv', N: 'csv', D: 'csv', loss: 'csv' }, () =>
    fitChinchillaWithChoices(runs, choices, { onProgress }),
  );
  const [logA, logB, logE, alpha, beta] = fit.x;
  const own = { E: Math.exp(logE), A: Math.exp(logA), B: Math.exp(logB), alpha, beta };
  const reported = values['report'] === 'rounded' ? roundAsPrinted(own) : own;
  return {
    ...rowOf(reported, runs, delta),
    iterations: fit.iterations,
    converged: fit.converged ? 1 : 0,
    runs: runs.length,
    references: [
      {
        label: 'Hoffmann et al. 2022, as printed',
        row: rowOf(CHINCHILLA_PARAMETER_SETS.hoffmann2022, runs, delta),
      },
      {
        label: 'Besiroglu et al. 2024 (Epoch) refit',
        row: rowOf(CHINCHILLA_PARAMETER_SETS.besiroglu2024, runs, delta),
      },
    ],
  };
}
