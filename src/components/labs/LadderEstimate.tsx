import { Show } from 'solid-js';
import {
  DEFAULT_SWEEP_SECONDS,
  describeSizeEstimate,
  formatDuration,
} from '../../lib/labs/estimateLadderTime';
import type { SweepPlan } from '../../lib/labs/sweepPlan';
import type { ParamTable } from '../../lib/paramTable';
import type { createTrainingRunner } from './createTrainingRunner';

/**
 * The pre-Start estimate of a large ladder (the runner's probe): what it timed and what it
 * scaled, said plainly when over 10 minutes, and the confirmation Start asks for then.
 */
export default function LadderEstimate(props: {
  table: ParamTable;
  plan: SweepPlan | undefined;
  runner: ReturnType<typeof createTrainingRunner>;
  confirming: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  onField: (name: string, value: string) => void;
}) {
  const estimate = () => props.runner.estimateOf(props.plan);
  return (
    <>
      <Show when={props.runner.probing()}>
        <p class="sl-field__msg" data-note="probing" role="status">
          This ladder is large: timing a few training steps of each size on this browser before
          Start…
        </p>
      </Show>
      <Show when={estimate()}>
        {(e) => (
          <p
            class={`sl-field__msg${e().long ? ' sl-form-error' : ''}`}
            data-estimate
            data-seconds={Math.round(e().seconds)}
            data-long={e().long ? 'true' : 'false'}
          >
            {e().long ? 'This ladder would take' : 'Estimated time:'} about{' '}
            <strong>{formatDuration(e().seconds)}</strong> on this browser ({e().backend}):{' '}
            {e().sizes.map(describeSizeEstimate).join(', ')}.
            <Show when={e().long}>
              {' '}
              That is more than 10 minutes. On a computer without a GPU, the default ladder (two
              decades of N) takes about {formatDuration(DEFAULT_SWEEP_SECONDS)}; ladders this large
              are for WebGPU on a real GPU.
            </Show>
          </p>
        )}
      </Show>
      <Show when={props.confirming && estimate()?.long}>
        <div role="alert" data-confirm>
          <p class="sl-field__msg">
            Train for about {formatDuration(estimate()!.seconds)}? The tab must stay open; finished
            sizes are kept if you stop.
          </p>
          <div class="sl-copy">
            <button
              type="button"
              class="sl-button"
              data-action="confirm-start"
              onClick={() => props.onConfirm()}
            >
              Train anyway
            </button>
            <Show when={props.table.find((p) => p.name === 'ladder')}>
              {(ladder) => (
                <button
                  type="button"
                  class="sl-button sl-button--ghost"
                  data-action="use-default-ladder"
                  onClick={() => {
                    props.onCancel();
                    props.onField('ladder', String(ladder().default ?? ''));
                    props.onField('d_models', '');
                  }}
                >
                  Use the default ladder
                </button>
              )}
            </Show>
            <button
              type="button"
              class="sl-button sl-button--ghost"
              data-action="cancel-start"
              onClick={() => props.onCancel()}
            >
              Cancel
            </button>
          </div>
        </div>
      </Show>
    </>
  );
}
