import { For } from 'solid-js';
import { formatQuantity } from '../lib/formatQuantity';

/** A chart's labelled models as text (its fallback): "name: N parameters at C FLOPs". */
export default function MarkerList(props: {
  markers: readonly { label: string; x: number; y: number }[];
}) {
  return (
    <ul>
      <For each={props.markers}>
        {(m) => (
          <li>
            {m.label}: {formatQuantity(m.y, 'si')} parameters at {formatQuantity(m.x, 'scientific')}{' '}
            FLOPs
          </li>
        )}
      </For>
    </ul>
  );
}
