import { For } from 'solid-js';
import type { ParamTable, RawParams } from '../../lib/paramTable';
import ChoiceField from '../ChoiceField';
import NumberField from '../NumberField';
import TextField from '../TextField';

/** One field per parameter of a lab's table (text, choice or number), each with its message beside it. */
export default function ParamFields(props: {
  table: ParamTable;
  raw: RawParams;
  errors: Readonly<Record<string, string>>;
  set: (name: string, value: string) => void;
}) {
  return (
    <form class="sl-fields" onSubmit={(e) => e.preventDefault()}>
      <For each={props.table}>
        {(spec) =>
          spec.kind === 'text' ? (
            <TextField
              spec={spec}
              value={props.raw[spec.name] ?? ''}
              error={props.errors[spec.name]}
              onInput={(v) => props.set(spec.name, v)}
            />
          ) : spec.kind === 'choice' ? (
            <ChoiceField
              spec={spec}
              value={props.raw[spec.name] ?? ''}
              error={props.errors[spec.name]}
              onChange={(v) => props.set(spec.name, v)}
            />
          ) : (
            <NumberField
              spec={spec}
              value={props.raw[spec.name] ?? ''}
              error={props.errors[spec.name]}
              onInput={(v) => props.set(spec.name, v)}
            />
          )
        }
      </For>
    </form>
  );
}
