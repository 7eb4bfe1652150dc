import { type JSX, Show, createMemo } from 'solid-js';
import {
  type CalculatorDef,
  type CalculatorView,
  type Outcome,
  runCalculator,
} from '../lib/calculator';
import { formatQuantity } from '../lib/formatQuantity';
import type { RawParams } from '../lib/paramTable';
import CalculatorForm from './CalculatorForm';
import CopyLink from './CopyLink';
import ResultCard from './ResultCard';
import UrlNotices from './UrlNotices';
import { createUrlState } from './createUrlState';
import type { OutcomeSource } from './createStreamingWorkerOutcome';
import { createWorkerOutcome } from './createWorkerOutcome';

const COMPUTING: Outcome<never> = { ok: false, errors: { _busy: 'Computing…' } };

/**
 * The layout every calculator shares: presets, one field per URL parameter, the result card,
 * a copy-link button and an optional chart of the outcome. All logic comes from `def`.
 */
export default function Calculator<R extends Record<string, unknown>, P = unknown>(props: {
  /** The calculator; a view without compute when `worker` or `source` computes elsewhere. */
  def: CalculatorDef<R> | CalculatorView<R>;
  /** The chart (or any view of the outcome); `results` is the outcome's results, or undefined on bad input. */
  chart?: (outcome: () => Outcome<R>, results: () => R | undefined) => JSX.Element;
  /** Run compute in a Web Worker (fits, sweeps): typing never waits for it. */
  worker?: boolean;
  /** The outcome from a source of the island's own instead of `worker` (fit-runs': in stages). */
  source?: (raw: () => RawParams, ready: () => boolean) => OutcomeSource<R, P>;
  /** What a worker calculator says while it computes new input: made once per input, then told each progress report. */
  busyLabel?: (raw: RawParams) => (progress: P | undefined) => string;
}) {
  // A calculator never swaps its definition, so reading it once outside a tracked scope is right.
  // eslint-disable-next-line solid/reactivity
  const state = createUrlState(props.def.params);
  // A calculator is either worker-backed or not, for good, and never changes its slug.
  const { worker, slug } = { worker: props.worker, slug: props.def.slug }; // eslint-disable-line solid/reactivity
  // Nor its outcome's source, read once like `worker`.
  // eslint-disable-next-line solid/reactivity
  const remote = props.source
    ? props.source(state.raw, state.ready) // eslint-disable-line solid/reactivity
    : worker
      ? createWorkerOutcome<R, P>(slug, state.raw, state.ready)
      : undefined;
  const local = createMemo(() => {
    const def = props.def;
    return remote || !('compute' in def) ? undefined : runCalculator(def, state.raw());
  });
  const outcome = (): Outcome<R> => local() ?? remote?.outcome() ?? COMPUTING;
  // Ready for readers and tests once the URL is read and, for a worker, its answer is in.
  const settled = () =>
    state.ready() && (!remote || (!remote.busy() && remote.outcome() !== undefined));
  const labelFor = createMemo(() => props.busyLabel?.(state.raw()));
  const busyNote = () =>
    remote?.busy() ? (labelFor()?.(remote.progress()) ?? 'Computing…') : undefined;
  // Results of earlier input stay on screen while the worker computes the new: marked, never passed off as current.
  const stale = () => busyNote() !== undefined && remote?.outcome() !== undefined;
  const errorFor = (name: string) => {
    const o = outcome();
    return o.ok ? undefined : o.errors[name];
  };
  const placeholderFor = (solvedBy: string | undefined) => {
    const o = outcome();
    const value = solvedBy && o.ok ? o.results[solvedBy] : undefined;
    return typeof value === 'number'
      ? `= ${formatQuantity(value, 'si')} (computed)`
      : 'computed from the others';
  };

  return (
    <div
      class="sl-calc not-content"
      data-calculator={props.def.slug}
      data-ready={settled() ? 'true' : undefined}
      aria-busy={remote?.busy() ? 'true' : 'false'}
      data-stale={stale() ? 'true' : undefined}
    >
      <UrlNotices notices={state.notices()} />
      <CalculatorForm
        params={props.def.params}
        presets={props.def.presets}
        raw={state.raw()}
        errorFor={errorFor}
        placeholderFor={placeholderFor}
        setField={state.setField}
        setMany={state.setMany}
      />
      <Show when={errorFor('_')}>
        <p class="sl-field__msg sl-form-error" role="alert" data-error-for="_">
          {errorFor('_')}
        </p>
      </Show>
      <Show when={stale()}>
        <p class="sl-field__msg" role="status" data-stale-note>
          {busyNote()}
        </p>
      </Show>
      <ResultCard
        specs={props.def.results}
        results={(() => {
          const o = outcome();
          return o.ok ? o.results : undefined;
        })()}
        message={
          errorFor('_busy')
            ? (busyNote() ?? 'Computing…')
            : (errorFor('_') ?? 'Fix the highlighted input to see results.')
        }
      />
      <CopyLink />
      <div class="sl-calc__chart">
        {props.chart?.(outcome, () => {
          const o = outcome();
          return o.ok ? o.results : undefined;
        })}
      </div>
    </div>
  );
}
