import { For } from 'solid-js';
import type { SweepRun } from '../../lib/labs/sweepResults';

/** The finished runs as a table: the text fallback of the labs' charts. */
export default function RunsTable(props: { runs: readonly SweepRun[] }) {
  return (
    <table data-runs>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">N</th>
          <th scope="col">Tokens D</th>
          <th scope="col">Validation loss</th>
          <th scope="col">Time (s)</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.runs}>
          {(r) => (
            <tr data-run={r.name} data-run-n={r.N} data-loss={r.validationLoss}>
              <td>{r.name}</td>
              <td>{r.N}</td>
              <td>{r.tokens}</td>
              <td>{r.validationLoss.toFixed(4)}</td>
              <td>{(r.elapsedMs / 1000).toFixed(1)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
