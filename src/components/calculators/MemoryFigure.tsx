import { For } from 'solid-js';
import { type MemoryPart, memoryBarOptions } from '../../charts/memoryBar';
import { formatQuantity } from '../../lib/formatQuantity';
import PlotFigure from '../PlotFigure';

/** The memory calculators' chart: one stacked bar by component against the memory available, with a text fallback. */
export default function MemoryFigure(props: {
  parts: MemoryPart[];
  capacity: number;
  caption: string;
}) {
  return (
    <PlotFigure
      height={110}
      caption={`${props.caption} (the dashed rule), in GB of 10⁹ bytes.`}
      options={(ctx) => memoryBarOptions(ctx, props.parts, props.capacity)}
      fallback={
        <ul>
          <For each={props.parts}>
            {(p) => (
              <li>
                {p.label}: {formatQuantity(p.bytes, 'bytes')}
              </li>
            )}
          </For>
        </ul>
      }
    />
  );
}
