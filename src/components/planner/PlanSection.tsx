import { type JSX, Show } from 'solid-js';
import type { PlannerResults } from '../../lib/calculators/planner';
import { linkPlanSection } from '../../lib/calculators/plannerLinks';
import { PLANNER_RESULTS, type PLANNER_SECTIONS } from '../../lib/calculators/plannerResults';
import type { ParamValue } from '../../lib/paramTable';
import ResultCard from '../ResultCard';

/** One step of the plan: the page's heading and formula, the numbers, and the calculator with them. */
export default function PlanSection(props: {
  section: (typeof PLANNER_SECTIONS)[number];
  intro: JSX.Element | undefined;
  values: Readonly<Record<string, ParamValue>>;
  results: PlannerResults | undefined;
}) {
  const specs = () =>
    PLANNER_RESULTS.filter((s) => (props.section.results as readonly string[]).includes(s.name));
  return (
    <section class="sl-planner__section" data-section={props.section.id}>
      {props.intro}
      <ResultCard
        specs={specs()}
        results={
          specs().some((s) => typeof props.results?.[s.name] === 'number')
            ? props.results
            : undefined
        }
        message={
          props.section.id === 'data'
            ? 'Give the unique tokens available to see epochs and what repeats are worth.'
            : 'Fix the highlighted input to see this step.'
        }
      />
      <Show when={props.results}>
        {(r) => (
          <p class="sl-planner__link">
            <a
              href={linkPlanSection(props.section.id, props.values, r())}
              data-calc-link={props.section.calculator}
            >
              Open the {props.section.calculatorName} calculator with these numbers
            </a>
          </p>
        )}
      </Show>
    </section>
  );
}
