import { For, Show, createSignal, onMount } from 'solid-js';
import { EXERCISES } from '../../lib/exercises';
import type { ExerciseDef } from '../../lib/exercises/types';
import { type Progress, emptyProgress, progressOf } from '../../lib/progress';
import { loadProgress, saveProgress } from '../storage';

const TRACKS: readonly { track: ExerciseDef['track']; name: string }[] = [
  { track: 'kaplan', name: 'Kaplan track' },
  { track: 'planning', name: 'Planning track' },
];

/**
 * Both exercise tracks with difficulty and this browser's progress. The server renders the list
 * without progress (it works without JavaScript); progress and the reset button appear on mount.
 */
export default function ProgressList() {
  const [progress, setProgress] = createSignal<Progress>();
  onMount(() => setProgress(loadProgress()));
  const status = (id: string) => {
    const stored = progress();
    if (!stored) return '';
    const mine = progressOf(stored, id);
    const hints = `${mine.hintsUsed} hint${mine.hintsUsed === 1 ? '' : 's'} used`;
    return `${mine.solved ? 'Solved' : 'Not solved'}, ${hints}`;
  };
  const solved = (id: string) => {
    const stored = progress();
    return stored ? progressOf(stored, id).solved : false;
  };
  const reset = () => {
    saveProgress(emptyProgress());
    setProgress(emptyProgress());
  };

  return (
    <div class="sl-exercise-list" data-progress-list data-ready={progress() ? 'true' : undefined}>
      <For each={TRACKS}>
        {(t) => (
          <table>
            <caption>{t.name}</caption>
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">Difficulty</th>
                <th scope="col">Your progress</th>
              </tr>
            </thead>
            <tbody>
              <For each={EXERCISES.filter((e) => e.track === t.track)}>
                {(def, i) => (
                  <tr data-exercise-row={def.id}>
                    <td>
                      <a href={`/exercises/${def.id}/`}>
                        {i() + 1}. {def.title}
                      </a>
                    </td>
                    <td>
                      <span aria-hidden="true">
                        {'●'.repeat(def.difficulty) + '○'.repeat(5 - def.difficulty)}
                      </span>{' '}
                      <span class="sl-exercise-list__level">{def.difficulty} of 5</span>
                    </td>
                    <td data-progress={def.id} data-solved={solved(def.id) ? 'true' : undefined}>
                      {status(def.id)}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </For>
      <Show
        when={progress()}
        fallback={
          <p class="sl-field__msg">
            Progress is kept in this browser and shows here when JavaScript runs.
          </p>
        }
      >
        <p class="sl-copy">
          <button type="button" class="sl-button sl-button--ghost" onClick={reset}>
            Reset all progress
          </button>
        </p>
      </Show>
    </div>
  );
}
