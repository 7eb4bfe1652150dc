import { For } from 'solid-js';
import { formatQuantity } from '../../lib/formatQuantity';
import type { FitChoicesRow } from '../../lib/labs/fitChoices';

/** One line of the table: a label, the row's numbers, and iterations/converged where a fit ran. */
export interface TableRow {
  label: string;
  row: FitChoicesRow;
  iterations?: number;
  converged?: number;
  reference?: boolean;
}

const plain = (v: number) => formatQuantity(v, 'plain');

/** The fit-choices table: the papers' rows, then a row per choice the reader has tried. */
export default function FitChoicesTable(props: { rows: readonly TableRow[] }) {
  return (
    <div class="sl-table-scroll" tabIndex={0} role="region" aria-label="Fits by choice">
      <table data-fit-table>
        <thead>
          <tr>
            <th scope="col">Fit</th>
            <th scope="col">E</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">α</th>
            <th scope="col">β</th>
            <th scope="col">a</th>
            <th scope="col">Σ Huber</th>
            <th scope="col">Iterations</th>
            <th scope="col">Converged</th>
            <th scope="col">Tokens/param at 5.76e23</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr data-row={r.reference ? 'reference' : 'fit'}>
                <th scope="row">{r.label}</th>
                <td>{plain(r.row.E)}</td>
                <td>{plain(r.row.A)}</td>
                <td>{plain(r.row.B)}</td>
                <td>{r.row.alpha.toFixed(4)}</td>
                <td>{r.row.beta.toFixed(4)}</td>
                <td data-a={r.row.a}>{r.row.a.toFixed(4)}</td>
                <td>{formatQuantity(r.row.objective, 'scientific', 7)}</td>
                <td>{r.iterations ?? '—'}</td>
                <td>{r.converged ?? '—'}</td>
                <td>{r.row.tokensPerParam.toFixed(1)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
