import { For, Show, createSignal } from 'solid-js';
import { formatDuration } from '../../lib/labs/estimateLadderTime';
import type { SweepPlan } from '../../lib/labs/sweepPlan';
import type { ParamTable, RawParams } from '../../lib/paramTable';
import ChoiceField from '../ChoiceField';
import CopyLink from '../CopyLink';
import NumberField from '../NumberField';
import type { createTrainingRunner } from './createTrainingRunner';

/**
 * What the training labs share: one field per URL parameter (locked while training), Start,
 * Stop and Forget buttons, the runner's messages, a progress bar with time left, and the backend.
 */
export default function TrainingControls(props: {
  table: ParamTable;
  raw: RawParams;
  errors: Record<string, string>;
  plan: SweepPlan | undefined;
  ready: boolean;
  runner: ReturnType<typeof createTrainingRunner>;
  onField: (name: string, value: string) => void;
}) {
  const busy = () => props.runner.status() !== 'idle';
  // The estimate of the plan on screen (a newer plan's probe replaces it).
  const estimate = () => {
    const e = props.runner.estimate();
    return e && e.key === props.plan?.key ? e : undefined;
  };
  // A ladder estimated over 10 minutes asks before it trains: never hours by one click.
  const [confirming, setConfirming] = createSignal(false);
  const start = () => {
    if (!props.plan) return;
    if (estimate()?.long && !confirming()) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void props.runner.start(props.plan);
  };
  return (
    <>
      <form class="sl-fields" onSubmit={(e) => e.preventDefault()}>
        {/* Settings are locked while training: a run belongs to the settings it started with. */}
        <fieldset disabled={busy()} style={{ display: 'contents' }}>
          <For each={props.table}>
            {(spec) =>
              spec.kind === 'choice' ? (
                <ChoiceField
                  spec={spec}
                  value={props.raw[spec.name] ?? ''}
                  error={props.errors[spec.name]}
                  onChange={(v) => props.onField(spec.name, v)}
                />
              ) : spec.kind === 'text' ? null : (
                <NumberField
                  spec={spec}
                  value={props.raw[spec.name] ?? ''}
                  error={props.errors[spec.name]}
                  onInput={(v) => props.onField(spec.name, v)}
                />
              )
            }
          </For>
        </fieldset>
      </form>
      <Show when={props.errors['_']}>
        <p class="sl-field__msg sl-form-error" role="alert" data-error-for="_">
          {props.errors['_']}
        </p>
      </Show>
      <div class="sl-copy">
        <button
          type="button"
          class="sl-button"
          data-action="start"
          disabled={busy() || !props.plan || !props.ready || props.runner.probing()}
          onClick={start}
        >
          {props.runner.probing() ? 'Timing a few steps…' : 'Start'}
        </button>
        <button
          type="button"
          class="sl-button sl-button--ghost"
          data-action="stop"
          disabled={props.runner.status() !== 'running'}
          onClick={() => props.runner.abort()}
        >
          Stop
        </button>
        <button
          type="button"
          class="sl-button sl-button--ghost"
          data-action="clear"
          disabled={busy() || props.runner.runs().length === 0}
          onClick={() => props.plan && props.runner.clear(props.plan)}
        >
          Forget finished runs
        </button>
      </div>
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
            {e()
              .sizes.map(
                (z) =>
                  `${z.name} ${formatDuration(z.seconds)} (${z.source === 'probe' ? `${z.steps} steps at ${Math.round(z.msPerStep)} ms, timed` : `scaled from ${z.from ?? ''} by FLOPs per step`})`,
              )
              .join(', ')}
            .
            <Show when={e().long}>
              {' '}
              That is more than 10 minutes. On a computer without a GPU, the default ladder (two
              decades of N) takes about 2–3 minutes; this one is made for WebGPU.
            </Show>
          </p>
        )}
      </Show>
      <Show when={confirming() && estimate()?.long}>
        <div role="alert" data-confirm>
          <p class="sl-field__msg">
            Train for about {formatDuration(estimate()!.seconds)}? The tab must stay open; finished
            sizes are kept if you stop.
          </p>
          <div class="sl-copy">
            <button type="button" class="sl-button" data-action="confirm-start" onClick={start}>
              Train anyway
            </button>
            <Show when={props.table.find((p) => p.name === 'ladder')}>
              {(ladder) => (
                <button
                  type="button"
                  class="sl-button sl-button--ghost"
                  data-action="use-default-ladder"
                  onClick={() => {
                    setConfirming(false);
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
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      </Show>
      {/* The address holds every setting, the seed included: the link reproduces the run. */}
      <CopyLink />
      <Show when={busy()}>
        <p class="sl-field__msg" data-note="locked">
          Settings are locked while training. To switch backend, press Stop, choose another and
          Start again: finished sizes are kept and only the missing ones train.
        </p>
      </Show>
      <Show when={props.runner.message()}>
        <p class="sl-field__msg sl-form-error" role="alert" data-message>
          {props.runner.message()}
        </p>
      </Show>
      <Show when={props.runner.progress()}>
        {(pr) => (
          <div data-progress>
            <label for="lab-progress">
              Training {props.runner.live()?.name} (step {props.runner.live()?.step} of{' '}
              {props.runner.live()?.steps})
              <Show when={pr().secondsLeft !== undefined}>
                {' '}
                · about {Math.ceil(pr().secondsLeft!)} s left
              </Show>
            </label>
            <progress id="lab-progress" max="1" value={pr().fraction} style={{ width: '100%' }} />
          </div>
        )}
      </Show>
      <section class="sl-results" aria-label="Backend">
        <dl>
          <div class="sl-results__row">
            <dt>Backend</dt>
            <dd data-result="backend" data-value={props.runner.backend() ?? ''}>
              {props.runner.backend() ?? 'chosen at Start'}
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
