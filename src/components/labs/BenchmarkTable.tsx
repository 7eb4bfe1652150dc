import { For, Show } from 'solid-js';
import { formatQuantity } from '../../lib/formatQuantity';
import type { BackendName } from '../../training/backend';
import type { StepThroughput } from '../../training/throughput';

/** One row: a size on a backend with that backend's matmul FLOP/s, or a backend that could not start. */
export type BenchmarkRow = { backend: BackendName; ceiling?: number; step?: StepThroughput };

const si = (x: number) => `${formatQuantity(x, 'si')}FLOP/s`;

/** The benchmark's results, one row per backend and size, each figure also in a data attribute. */
export default function BenchmarkTable(props: { rows: readonly BenchmarkRow[] }) {
  return (
    <div class="sl-table-scroll">
      <table data-bench>
        <thead>
          <tr>
            <th scope="col">Backend</th>
            <th scope="col">Model</th>
            <th scope="col">N</th>
            <th scope="col">ms/step</th>
            <th scope="col">Tokens/s</th>
            <th scope="col">Achieved (6N)</th>
            <th scope="col">Share of matmul</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <Show
                when={r.step}
                fallback={
                  <tr data-bench-row data-backend={r.backend} data-unavailable>
                    <td>{r.backend}</td>
                    <td colspan="6">could not start in this browser</td>
                  </tr>
                }
              >
                {(s) => (
                  <tr
                    data-bench-row
                    data-backend={r.backend}
                    data-model={s().name}
                    data-ms={s().msPerStep}
                    data-tokens-per-second={s().tokensPerSecond}
                    data-flops={s().flopsPerSecond}
                    data-ceiling={r.ceiling}
                  >
                    <td>{r.backend}</td>
                    <td>{s().name}</td>
                    <td>{formatQuantity(s().N, 'si')}</td>
                    <td>{s().msPerStep.toFixed(1)}</td>
                    <td>{formatQuantity(Math.round(s().tokensPerSecond), 'plain')}</td>
                    <td>{si(s().flopsPerSecond)}</td>
                    <td title={`matmul: ${si(r.ceiling!)}`}>
                      {((100 * s().flopsPerSecond) / r.ceiling!).toFixed(1)}%
                    </td>
                  </tr>
                )}
              </Show>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
