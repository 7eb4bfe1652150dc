import { type JSX, For, Show, createMemo } from 'solid-js';
import { runCalculator } from '../../lib/calculator';
import { type PlannerResults, planner } from '../../lib/calculators/planner';
import { PLANNER_SECTIONS, type PlannerSectionId } from '../../lib/calculators/plannerResults';
import { parseParams } from '../../lib/paramTable';
import CalculatorForm from '../CalculatorForm';
import UrlNotices from '../UrlNotices';
import { createUrlState } from '../createUrlState';
import PlanActions from './PlanActions';
import PlanChart from './PlanChart';
import PlanSection from './PlanSection';

/**
 * /planner/: the whole planning chain from one link. One memo over `runCalculator(planner, …)`;
 * each report section gets its heading and formula from the page (a named slot, KaTeX rendered at
 * build time), its numbers from the plan and a link to the calculator with the same numbers.
 */
export default function Planner(props: Partial<Record<PlannerSectionId, JSX.Element>>) {
  const state = createUrlState(planner.params);
  const outcome = createMemo(() => runCalculator(planner, state.raw()));
  const results = (): PlannerResults | undefined => {
    const o = outcome();
    return o.ok ? o.results : undefined;
  };
  const errorFor = (name: string) => {
    const o = outcome();
    return o.ok ? undefined : o.errors[name];
  };
  const values = createMemo(() => parseParams(planner.params, state.raw()).values);
  return (
    <div
      class="sl-calc sl-planner not-content"
      data-calculator="planner"
      data-ready={state.ready() ? 'true' : undefined}
    >
      <UrlNotices notices={state.notices()} />
      <p class="sl-planner__print-link">
        Plan for {state.ready() ? window.location.href : '/planner/'}
      </p>
      <div class="sl-planner__inputs">
        <CalculatorForm
          params={planner.params}
          presets={planner.presets}
          raw={state.raw()}
          errorFor={errorFor}
          noteFor={(name) => results()?.notes[name]}
          setField={state.setField}
          setMany={state.setMany}
        />
      </div>
      <Show when={errorFor('_')}>
        <p class="sl-field__msg sl-form-error" role="alert" data-error-for="_">
          {errorFor('_')}
        </p>
      </Show>
      <PlanActions raw={state.raw()} results={results()} />
      <Show
        when={results()}
        fallback={
          <p class="sl-results__empty" data-results-empty>
            {errorFor('_') ?? 'Fix the highlighted input to see the plan.'}
          </p>
        }
      >
        {(r) => (
          <>
            <Show when={r().warnings.length > 0}>
              <ul class="sl-planner__warnings" aria-label="Warnings">
                <For each={r().warnings}>{(w) => <li data-warning={w.id}>{w.text}</li>}</For>
              </ul>
            </Show>
            <Show when={r().real}>
              {(real) => (
                <p class="sl-planner__real" data-real-run>
                  {real().text}
                </p>
              )}
            </Show>
          </>
        )}
      </Show>
      <For each={PLANNER_SECTIONS}>
        {(section) => (
          <PlanSection
            section={section}
            intro={props[section.id]}
            values={values()}
            results={results()}
          />
        )}
      </For>
      <PlanChart results={results()} />
    </div>
  );
}
