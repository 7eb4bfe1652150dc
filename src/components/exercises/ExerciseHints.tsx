import { For, Show } from 'solid-js';

/** An exercise's hints: the ones already shown, and a button for the next one. */
export default function ExerciseHints(props: {
  hints: readonly string[];
  used: number;
  onMore: () => void;
}) {
  return (
    <section aria-label="Hints" class="sl-hints">
      <ol>
        <For each={props.hints.slice(0, props.used)}>{(hint) => <li>{hint}</li>}</For>
      </ol>
      <Show when={props.used < props.hints.length}>
        <button type="button" class="sl-button sl-button--ghost" onClick={() => props.onMore()}>
          Show a hint ({props.used + 1} of {props.hints.length})
        </button>
      </Show>
    </section>
  );
}
