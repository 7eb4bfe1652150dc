import { For } from 'solid-js';
import type { Verdict } from '../../lib/exercises/judge';
import { type AnswerSpec, describeTolerance } from '../../lib/exercises/types';

/**
 * One answer of an exercise: a text field for a number or a select for a choice, with its
 * verdict (or the tolerance before the first Check) beside it.
 */
export default function AnswerField(props: {
  answer: AnswerSpec;
  verdict: Verdict | undefined;
  onChange: (value: string) => void;
}) {
  const id = () => `answer-${props.answer.name}`;
  return (
    <div class="sl-field" classList={{ 'sl-field--invalid': props.verdict?.right === false }}>
      <label for={id()}>
        {props.answer.label}{' '}
        <span class="sl-field__unit">
          {props.answer.kind === 'number' ? (props.answer.unit ?? '') : ''}
        </span>
      </label>
      {props.answer.kind === 'choice' ? (
        <select id={id()} onChange={(e) => props.onChange(e.currentTarget.value)}>
          <option value="">Choose…</option>
          <For each={props.answer.options}>{(o) => <option value={o.value}>{o.label}</option>}</For>
        </select>
      ) : (
        <input
          id={id()}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          aria-describedby={`${id()}-msg`}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      )}
      <p id={`${id()}-msg`} class="sl-field__msg" data-answer-feedback={props.answer.name}>
        {props.verdict?.message ??
          (props.answer.kind === 'number' ? `Accepted ${describeTolerance(props.answer)}.` : '')}
      </p>
    </div>
  );
}
