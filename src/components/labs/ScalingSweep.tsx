import { For, Show, createEffect, createMemo, on } from 'solid-js';
import type { ResultSpec } from '../../lib/calculator';
import { formatQuantity } from '../../lib/formatQuantity';
import { planSweep, sweepParams } from '../../lib/labs/sweepPlan';
import {
  type SweepFit,
  fitCurve,
  fitSweep,
  powerLawFitLink,
  sweepCsv,
} from '../../lib/labs/sweepResults';
import { lineChartOptions } from '../../charts/lineChart';
import PlotFigure from '../PlotFigure';
import ResultCard from '../ResultCard';
import { downloadBlob } from '../downloads';
import SweepControls from './SweepControls';
import { createLabPlan } from './createLabPlan';
import { createSweepRunner } from './createSweepRunner';

const FIT_RESULTS: readonly ResultSpec[] = [
  { name: 'elapsedSeconds', label: 'Training time, finished sizes', unit: 's', style: 'plain' },
  { name: 'alpha', label: 'Exponent α', style: 'plain' },
  { name: 'Nc', label: 'Scale N_c', unit: 'parameters', style: 'scientific' },
  { name: 'Linf', label: 'Floor L∞', unit: 'nats/token', style: 'plain' },
  { name: 'r2', label: 'R² (log space)', style: 'plain' },
];

const nonEmbedding = (dModel: number, nLayer: number) => 12 * nLayer * dModel ** 2;

/** /labs/scaling-sweep/: trains a ladder of models in a worker and fits L = L∞ + (N_c/N)^α. */
export default function ScalingSweep() {
  const { state, plan } = createLabPlan(sweepParams, planSweep);
  const runner = createSweepRunner();
  createEffect(
    on([state.ready, () => plan().plan?.key], ([ready]) => {
      const p = plan().plan;
      if (ready && p && runner.status() === 'idle') runner.restore(p);
    }),
  );
  const fit = createMemo((): SweepFit | string | undefined => {
    if (runner.runs().length < 2) return undefined;
    try {
      return fitSweep(runner.runs());
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  const fitted = () => {
    const f = fit();
    return typeof f === 'object' ? f : undefined;
  };
  const results = () => {
    const f = fitted();
    const elapsedSeconds = runner.runs().reduce((s, r) => s + r.elapsedMs, 0) / 1000;
    return f ? { elapsedSeconds, alpha: f.alpha, Nc: f.Nc, Linf: f.Linf, r2: f.r2 } : undefined;
  };
  const curves = () => {
    const live = runner.live();
    const all = live ? [...runner.runs(), live] : runner.runs();
    return all.map((r) => ({
      name: r.name,
      points: r.curve.map((c) => ({ x: c.tokens, y: c.loss })),
    }));
  };

  return (
    <div
      class="sl-calc not-content"
      data-lab="scaling-sweep"
      data-ready={state.ready() ? 'true' : undefined}
      data-status={runner.status()}
      aria-busy={runner.status() !== 'idle' ? 'true' : 'false'}
    >
      <SweepControls
        table={sweepParams}
        raw={state.raw()}
        errors={plan().errors}
        plan={plan().plan}
        ready={state.ready()}
        runner={runner}
        onField={state.setField}
      />
      <Show when={plan().plan}>
        {(p) => (
          <p class="sl-field__msg">
            {p().runs.length} sizes, N ={' '}
            {p()
              .runs.map((r) => formatQuantity(nonEmbedding(r.model.dModel, r.model.nLayer), 'si'))
              .join(', ')}
            ; {formatQuantity(p().runs[0]!.train.tokens, 'si')} tokens each.
          </p>
        )}
      </Show>
      <ResultCard
        specs={FIT_RESULTS}
        results={results()}
        message={
          typeof fit() === 'string'
            ? `No fit: ${fit() as string}`
            : 'The fit appears once two sizes have finished (three for the floor L∞).'
        }
      />
      <Show when={fitted()?.law === 'pure' && runner.runs().length >= 3}>
        <p class="sl-field__msg" data-note="pure">
          The floor L∞ could not be fitted (the losses do not fall steadily with N), so this is the
          pure power law.
        </p>
      </Show>
      <PlotFigure
        caption="Training loss against tokens seen, one curve per model (log-log)"
        options={(ctx) =>
          curves().some((c) => c.points.length > 0)
            ? lineChartOptions(ctx, {
                x: { label: 'Tokens seen', log: true },
                y: { label: 'Training loss (nats/token)', log: true },
                series: curves(),
              })
            : undefined
        }
        fallback={
          <p>
            {curves()
              .map((c) => `${c.name}: ${c.points.at(-1)?.y.toFixed(3) ?? '–'}`)
              .join('; ') || 'No runs yet.'}
          </p>
        }
        height={260}
      />
      <PlotFigure
        caption="Final validation loss against non-embedding parameters N (log-log), with the fitted L = L∞ + (N_c/N)^α"
        download="scaling-sweep"
        options={(ctx) => {
          const runs = runner.runs();
          if (runs.length === 0) return undefined;
          const f = fitted();
          return lineChartOptions(ctx, {
            x: { label: 'Non-embedding parameters N', log: true },
            y: { label: 'Validation loss (nats/token)', log: true },
            scatter: runs.map((r) => ({ x: r.N, y: r.validationLoss, group: 'measured' })),
            series: f ? [{ name: 'fit', points: fitCurve(f, runs), dashed: true }] : [],
          });
        }}
        fallback={
          <table data-runs>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">N</th>
                <th scope="col">Validation loss</th>
                <th scope="col">Time (s)</th>
              </tr>
            </thead>
            <tbody>
              <For each={runner.runs()}>
                {(r) => (
                  <tr data-run={r.name} data-loss={r.validationLoss}>
                    <td>{r.name}</td>
                    <td>{r.N}</td>
                    <td>{r.validationLoss.toFixed(4)}</td>
                    <td>{(r.elapsedMs / 1000).toFixed(1)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        }
      />
      <Show when={runner.runs().length >= 2}>
        <div class="sl-copy">
          <button
            type="button"
            class="sl-button sl-button--ghost"
            data-action="csv"
            onClick={() =>
              downloadBlob(
                'scaling-sweep.csv',
                new Blob([sweepCsv(runner.runs())], { type: 'text/csv' }),
              )
            }
          >
            Download CSV
          </button>
          <a
            class="sl-button sl-button--ghost"
            data-link="power-law-fit"
            href={powerLawFitLink(runner.runs())}
          >
            Fit these points in the power-law calculator
          </a>
        </div>
      </Show>
    </div>
  );
}
