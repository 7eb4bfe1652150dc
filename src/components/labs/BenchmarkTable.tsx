import { For, Show } from 'solid-js';
import { formatQuantity } from '../../lib/formatQuantity';
import type { BackendName } from '../../lib/labs/backendNames';
import type { StepThroughput } from '../../training/throughput';

/** One row: a size on a backend with that backend's matmul FLOP/s, or a backend that could not start. */
export type BenchmarkRow = { backend: BackendName; ceiling?: number; step?: StepThroughput };

/** FLOP/s with the SI prefixes of compute (M, G, T), not the B of parameter counts. */
const flops = (x: number) =>
  x >= 1e12
    ? `${(x / 1e12).toFixed(2)} TFLOP/s`
    : x >= 1e9
      ? `${(x / 1e9).toFixed(2)} GFLOP/s`
      : `${(x / 1e6).toFixed(0)} MFLOP/s`;

/** The benchmark's results, one row per backend and size, each figure also in a data attribute. */
export default function BenchmarkTable(props: { rows: readonly BenchmarkRow[] }) {
  return (
    <div class="sl-table-scroll" tabIndex={0}>
      <table data-bench>
        <thead>
          <tr>
            <th scope="col">Backend</th>
            <th scope="col">Model</th>
            <th scope="col">N</th>
            <th scope="col">ms/step</th>
            <th scope="col">Tokens/s</th>
            <th scope="col">Achieved (6N)</th>
            <th scope="col">Matmul 512³</th>
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
                    <td colspan="7">could not start in this browser</td>
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
                    <td>{flops(s().flopsPerSecond)}</td>
                    <td>{flops(r.ceiling!)}</td>
                    <td>{((100 * s().flopsPerSecond) / r.ceiling!).toFixed(1)}%</td>
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
