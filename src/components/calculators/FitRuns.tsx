import { Show } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import {
  type FitRunsResults,
  fitRunsView,
  makeFittingMessage,
  resultsCsv,
} from '../../lib/calculators/fitRunsView';
import type { FitRunsProgress } from '../fitRunsWorker';
import Calculator from '../Calculator';
import PlotFigure from '../PlotFigure';
import { createStreamingWorkerOutcome } from '../createStreamingWorkerOutcome';
import { downloadBlob } from '../downloads';

/**
 * /calculators/fit-runs/: Approach 3 on pasted runs in a worker of its own, which posts the
 * estimate first and the bootstrap intervals as they fill in (progress bar); a newer paste
 * terminates the fit in flight. Parity and frontier charts, downloads.
 */
export default function FitRuns() {
  return (
    <Calculator
      def={fitRunsView}
      source={(raw, ready) =>
        createStreamingWorkerOutcome<FitRunsResults, FitRunsProgress>(
          () => new Worker(new URL('../fitRunsWorker.ts', import.meta.url), { type: 'module' }),
          raw,
          ready,
        )
      }
      busyLabel={() => (progress) => makeFittingMessage(progress?.runs)}
      chart={(_outcome, results) => {
        return (
          <Show when={results()}>
            {(r) => (
              <>
                <p
                  class="sl-fit-progress"
                  data-bootstrap={r().resamplesDone < r().resamplesTotal ? 'running' : 'done'}
                  data-resamples-done={r().resamplesDone}
                >
                  <Show
                    when={r().resamplesDone < r().resamplesTotal}
                    fallback={`Intervals from ${r().bootstrapOk.toLocaleString('en-US')} bootstrap resamples.`}
                  >
                    <progress
                      max={r().resamplesTotal}
                      value={r().resamplesDone}
                      aria-label="Bootstrap resamples fitted"
                    />{' '}
                    Estimate shown; intervals: resample {r().resamplesDone.toLocaleString('en-US')}{' '}
                    of {r().resamplesTotal.toLocaleString('en-US')}
                  </Show>
                </p>
                <div class="sl-copy">
                  <button
                    type="button"
                    class="sl-button sl-button--ghost"
                    onClick={() =>
                      downloadBlob(
                        'chinchilla-fit.csv',
                        new Blob([resultsCsv(r())], { type: 'text/csv' }),
                      )
                    }
                  >
                    Download results (CSV)
                  </button>
                </div>
                <PlotFigure
                  caption="Each run’s measured loss against the fitted L̂(N, D); points on the diagonal are fitted exactly."
                  height={320}
                  download="chinchilla-fit-parity"
                  options={(ctx) => {
                    const losses = r().points.flatMap((p) => [p.loss, p.fitted]);
                    const lo = Math.min(...losses);
                    const hi = Math.max(...losses);
                    return lineChartOptions(ctx, {
                      x: { label: 'Measured loss (nats/token) →', log: true },
                      y: { label: '↑ Fitted loss', log: true },
                      series: [
                        {
                          name: 'measured = fitted',
                          points: [
                            { x: lo, y: lo },
                            { x: hi, y: hi },
                          ],
                          dashed: true,
                        },
                      ],
                      scatter: r().points.map((p) => ({ x: p.loss, y: p.fitted, group: 'runs' })),
                    });
                  }}
                  fallback={<p>{r().runs} runs fitted; the results above give the parameters.</p>}
                />
                <PlotFigure
                  caption="The compute-optimal size your fit implies (Eq. 4), beside Hoffmann et al.’s printed fit and Epoch’s refit."
                  height={320}
                  download="chinchilla-fit-frontier"
                  options={(ctx) =>
                    lineChartOptions(ctx, {
                      x: { label: 'Training compute C (FLOPs) →', log: true },
                      y: { label: '↑ Compute-optimal parameters', log: true },
                      series: ['your fit', 'Hoffmann et al. 2022', 'Besiroglu et al. 2024'].map(
                        (name) => ({
                          name,
                          points: r().frontier.filter((p) => p.fit === name),
                        }),
                      ),
                    })
                  }
                  fallback={<p>Frontier exponent a = {r().a.toFixed(3)}: N_opt grows as C^a.</p>}
                />
              </>
            )}
          </Show>
        );
      }}
    />
  );
}
