import { For, Show, createMemo, createSignal } from 'solid-js';
import { findExercise } from '../../lib/exercises';
import { checkAnswers, isAllRight, showExpected } from '../../lib/exercises/checkAnswers';
import { type Verdict, resolveVariant } from '../../lib/exercises/judge';
import type { ExerciseDef } from '../../lib/exercises/types';
import UrlNotices from '../UrlNotices';
import { createUrlState } from '../createUrlState';
import AnswerField from './AnswerField';
import ExerciseHints from './ExerciseHints';
import { createExerciseProgress } from './createExerciseProgress';

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
  const { mine, change } = createExerciseProgress(def.id);
  const allRight = () => isAllRight(verdicts());
  const check = () => {
    const result = checkAnswers(def.answers, given(), expected());
    setVerdicts(result);
    if (isAllRight(result)) change({ solved: true });
  };

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
            <AnswerField
              answer={answer}
              verdict={verdicts()?.[answer.name]}
              onChange={(value) => setGiven({ ...given(), [answer.name]: value })}
            />
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
      <ExerciseHints
        hints={def.hints}
        used={mine().hintsUsed}
        onMore={() => change({ hintsUsed: mine().hintsUsed + 1 })}
      />
      <details class="sl-variant-answer">
        <summary>Answer for your numbers</summary>
        <ul>
          <For each={def.answers}>
            {(answer) => (
              <li>
                {answer.label}:{' '}
                <span data-expected={answer.name}>
                  {showExpected(answer, expected()[answer.name])}
                </span>
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
