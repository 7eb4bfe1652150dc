import { For } from 'solid-js';
import type { ChoiceParam } from '../lib/paramTable';

/** A select for a choice parameter; an unknown URL value shows the table's message beside it. */
export default function ChoiceField(props: {
  spec: ChoiceParam;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = () => `field-${props.spec.name}`;
  return (
    <div class="sl-field" classList={{ 'sl-field--invalid': !!props.error }}>
      <label for={id()}>{props.spec.label}</label>
      <select
        id={id()}
        name={props.spec.name}
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={`${id()}-msg`}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <For each={props.spec.options}>
          {(o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          )}
        </For>
      </select>
      <p
        id={`${id()}-msg`}
        class="sl-field__msg"
        data-error-for={props.error ? props.spec.name : undefined}
      >
        {props.error ?? props.spec.help ?? ''}
      </p>
    </div>
  );
}
