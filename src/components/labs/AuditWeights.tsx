import { For } from 'solid-js';
import type { WeightInfo } from '../../lib/labs/weightSummary';

/** The built model's weight tensors, one row each (`[data-weight]`), with what each counts as. */
export default function AuditWeights(props: { weights: readonly WeightInfo[] }) {
  return (
    <div style={{ 'overflow-x': 'auto' }} tabIndex={0}>
      <table data-weights>
        <caption>
          The {props.weights.length} weight tensors of the built model, in creation order
        </caption>
        <thead>
          <tr>
            <th scope="col">Tensor</th>
            <th scope="col">Shape</th>
            <th scope="col">Parameters</th>
            <th scope="col">Counts as</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.weights}>
            {(w) => (
              <tr data-weight={w.name} data-category={w.category}>
                <td>
                  <code>{w.name}</code>
                </td>
                <td>{w.shape.join(' × ')}</td>
                <td>{w.size.toLocaleString('en-US')}</td>
                <td>
                  {w.category === 'attention' || w.category === 'feedForward'
                    ? `N (${w.category === 'attention' ? 'attention' : 'feed-forward'})`
                    : w.category}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
