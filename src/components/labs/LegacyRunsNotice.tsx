import { Show, createSignal, onMount } from 'solid-js';
import { dropLegacyRuns } from './labStorage';

/** Drops runs stored by an earlier version (see LEGACY_SWEEP_STORAGE_KEY) and says so in one line. */
export default function LegacyRunsNotice() {
  const [notice, setNotice] = createSignal<string>();
  onMount(() => setNotice(dropLegacyRuns()));
  return (
    <Show when={notice()}>
      <p class="sl-field__msg" role="status" data-notice="legacy-runs">
        {notice()}
      </p>
    </Show>
  );
}
