import type { Outcome, ResultSpec } from '../../lib/calculator';
import ResultCard from '../ResultCard';

/** A lab's result card from its Outcome: the results, or the message under '_' instead. */
export default function OutcomeCard(props: {
  specs: readonly ResultSpec[];
  outcome: Outcome<object>;
}) {
  return (
    <ResultCard
      specs={props.specs}
      results={props.outcome.ok ? (props.outcome.results as Record<string, unknown>) : undefined}
      message={props.outcome.ok ? '' : (props.outcome.errors['_'] ?? '')}
    />
  );
}
