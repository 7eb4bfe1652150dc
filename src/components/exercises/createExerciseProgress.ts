import { createSignal, onMount } from 'solid-js';
import {
  type ExerciseProgress,
  type Progress,
  emptyProgress,
  progressOf,
  updateProgress,
} from '../../lib/progress';
import { loadProgress, saveProgress } from '../storage';

/**
 * One exercise's progress in this browser: empty on the server, read from storage on mount;
 * `change` merges into what is stored now (another tab may have written since) and saves it.
 */
export function createExerciseProgress(id: string) {
  const [progress, setProgress] = createSignal<Progress>(emptyProgress());
  onMount(() => setProgress(loadProgress()));
  const mine = () => progressOf(progress(), id);
  const change = (update: Partial<ExerciseProgress>) => {
    const next = updateProgress(loadProgress(), id, update);
    saveProgress(next);
    setProgress(next);
  };
  return { mine, change };
}
