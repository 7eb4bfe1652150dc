import { For, Show, createMemo, createSignal, onMount } from 'solid-js';
import { findExercise } from '../../lib/exercises';
import { type Verdict, judgeAnswer, resolveVariant } from '../../lib/exercises/judge';
import { type AnswerSpec, type ExerciseDef, describeTolerance } from '../../lib/exercises/types';
import { formatQuantity } from '../../lib/formatQuantity';
import { type Progress, emptyProgress, progressOf, updateProgress } from '../../lib/progress';
import UrlNotices from '../UrlNotices';
import { createUrlState } from '../createUrlState';
import { loadProgress, saveProgress } from '../storage';

/**
 * A self-checking exercise: the variant's numbers (from the URL, so instructors can hand out
 * variants), answer fields with a Check button, hints one at a time, and progress kept locally.
 */
export default function Exercise(props: { id: string }) {
  return (
    <Show
      when={findExercise(props.id)}
      fallback={<p class="sl-field__msg">Unknown exercise “{props.id}”.</p>}
    >
      {(def) => <ExerciseBody def={def()} />}
    </Show>
  );
}

function ExerciseBody(props: { def: ExerciseDef }) {
  // eslint-disable-next-line solid/reactivity -- an exercise page shows one exercise for good
  const def = props.def;
  const state = createUrlState(def.params, { writeUrl: false });
  const variant = createMemo(() => resolveVariant(def, state.raw()));
  const expected = () => variant().answers;
  const [given, setGiven] = createSignal<Record<string, string>>({});
  const [verdicts, setVerdicts] = createSignal<Record<string, Verdict>>();
  const [progress, setProgress] = createSignal<Progress>(emptyProgress());
  onMount(() => setProgress(loadProgress()));
  const mine = () => progressOf(progress(), def.id);
  const change = (update: Parameters<typeof updateProgress>[2]) => {
    const next = updateProgress(loadProgress(), def.id, update);
    saveProgress(next);
    setProgress(next);
  };

  const check = () => {
    const result: Record<string, Verdict> = Object.fromEntries(
      def.answers.map((a) => [a.name, judgeAnswer(a, given()[a.name] ?? '', expected()[a.name])]),
    );
    setVerdicts(result);
    if (Object.values(result).every((v) => v.right)) change({ solved: true });
  };
  const allRight = () => {
    const v = verdicts();
    return v ? Object.values(v).every((x) => x.right) : undefined;
  };
  const show = (answer: AnswerSpec, value: string | number | undefined) =>
    answer.kind === 'choice'
      ? (answer.options.find((o) => o.value === value)?.label ?? String(value))
      : formatQuantity(Number(value), answer.style, 4);

  return (
    <div
      class="sl-calc sl-exercise not-content"
      data-exercise={def.id}
      data-ready={state.ready() ? 'true' : undefined}
    >
      <UrlNotices notices={state.notices()} />
      <section aria-label="Your numbers" class="sl-givens">
        <h3>Your numbers</h3>
        <ul>
          <For each={variant().givens}>
            {(g) => (
              <li>
                {g.label}: <strong>{g.value}</strong>
              </li>
            )}
          </For>
        </ul>
        <For each={variant().problems}>
          {(message) => (
            <p class="sl-field__msg sl-form-error" role="alert">
              {message}
            </p>
          )}
        </For>
      </section>
      <form
        class="sl-fields"
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <For each={def.answers}>
          {(answer) => (
            <div
              class="sl-field"
              classList={{ 'sl-field--invalid': verdicts()?.[answer.name]?.right === false }}
            >
              <label for={`answer-${answer.name}`}>
                {answer.label}{' '}
                <span class="sl-field__unit">
                  {answer.kind === 'number' ? (answer.unit ?? '') : ''}
                </span>
              </label>
              {answer.kind === 'choice' ? (
                <select
                  id={`answer-${answer.name}`}
                  onChange={(e) => setGiven({ ...given(), [answer.name]: e.currentTarget.value })}
                >
                  <option value="">Choose…</option>
                  <For each={answer.options}>
                    {(o) => <option value={o.value}>{o.label}</option>}
                  </For>
                </select>
              ) : (
                <input
                  id={`answer-${answer.name}`}
                  type="text"
                  inputmode="decimal"
                  autocomplete="off"
                  aria-describedby={`answer-${answer.name}-msg`}
                  onInput={(e) => setGiven({ ...given(), [answer.name]: e.currentTarget.value })}
                />
              )}
              <p
                id={`answer-${answer.name}-msg`}
                class="sl-field__msg"
                data-answer-feedback={answer.name}
              >
                {verdicts()?.[answer.name]?.message ??
                  (answer.kind === 'number' ? `Accepted ${describeTolerance(answer)}.` : '')}
              </p>
            </div>
          )}
        </For>
        <div class="sl-copy">
          <button type="submit" class="sl-button">
            Check
          </button>
          <Show when={allRight() !== undefined}>
            <p
              data-feedback={allRight() ? 'correct' : 'incorrect'}
              role="status"
              class="sl-feedback"
            >
              {allRight() ? 'Correct: well done.' : 'Not yet: look at the marked answers.'}
            </p>
          </Show>
        </div>
      </form>
      <section aria-label="Hints" class="sl-hints">
        <ol>
          <For each={def.hints.slice(0, mine().hintsUsed)}>{(hint) => <li>{hint}</li>}</For>
        </ol>
        <Show when={mine().hintsUsed < def.hints.length}>
          <button
            type="button"
            class="sl-button sl-button--ghost"
            onClick={() => change({ hintsUsed: mine().hintsUsed + 1 })}
          >
            Show a hint ({mine().hintsUsed + 1} of {def.hints.length})
          </button>
        </Show>
      </section>
      <details class="sl-variant-answer">
        <summary>Answer for your numbers</summary>
        <ul>
          <For each={def.answers}>
            {(answer) => (
              <li>
                {answer.label}:{' '}
                <span data-expected={answer.name}>{show(answer, expected()[answer.name])}</span>
              </li>
            )}
          </For>
        </ul>
      </details>
      <p class="sl-progress-line">
        {mine().solved ? 'Solved.' : 'Not solved yet.'} Hints used: {mine().hintsUsed}.{' '}
        <button
          type="button"
          class="sl-linklike"
          onClick={() => change({ solved: false, hintsUsed: 0 })}
        >
          Reset this exercise
        </button>
      </p>
    </div>
  );
}
