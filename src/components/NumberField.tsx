import { Show } from 'solid-js';
import type { ListParam, QuantityParam } from '../lib/paramTable';

/**
 * A text field for a quantity (`175e9`, `175B`, `1.4T`) or a list of them (`1e6, 1e7`): label, unit, help and, for bad input,
 * a message beside it tied to the input with aria-describedby.
 */
export default function NumberField(props: {
  spec: QuantityParam | ListParam;
  value: string;
  error: string | undefined;
  placeholder?: string | undefined;
  /** An informational message (not an error) shown in place of the help. */
  note?: string | undefined;
  onInput: (value: string) => void;
}) {
  const id = () => `field-${props.spec.name}`;
  return (
    <div class="sl-field" classList={{ 'sl-field--invalid': !!props.error }}>
      <label for={id()}>
        {props.spec.label} <span class="sl-field__unit">{props.spec.unit}</span>
      </label>
      <input
        id={id()}
        name={props.spec.name}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        spellcheck={false}
        value={props.value}
        placeholder={props.placeholder ?? ''}
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={`${id()}-msg`}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <p
        id={`${id()}-msg`}
        class="sl-field__msg"
        data-error-for={props.error ? props.spec.name : undefined}
        data-note-for={!props.error && props.note ? props.spec.name : undefined}
        role={props.error ? 'alert' : props.note ? 'status' : undefined}
      >
        <Show when={props.error} fallback={props.note ?? props.spec.help ?? ''}>
          {props.error}
        </Show>
      </p>
    </div>
  );
}
