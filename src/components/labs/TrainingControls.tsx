import { For, Show, createSignal } from 'solid-js';
import type { SweepPlan } from '../../lib/labs/sweepPlan';
import type { ParamTable, RawParams } from '../../lib/paramTable';
import ChoiceField from '../ChoiceField';
import CopyLink from '../CopyLink';
import NumberField from '../NumberField';
import LadderEstimate from './LadderEstimate';
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
  const estimate = () => props.runner.estimateOf(props.plan);
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
      <LadderEstimate
        table={props.table}
        plan={props.plan}
        runner={props.runner}
        confirming={confirming()}
        onConfirm={start}
        onCancel={() => setConfirming(false)}
        onField={props.onField}
      />
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
