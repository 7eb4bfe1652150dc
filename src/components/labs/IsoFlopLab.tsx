import { Show, createMemo } from 'solid-js';
import { formatQuantity } from '../../lib/formatQuantity';
import {
  type IsoFlopPlan,
  planIsoFlop,
  isoflopParams,
  shortBudget,
} from '../../lib/labs/isoflopPlan';
import { ISOFLOP_RESULTS, isoflopOutcome } from '../../lib/labs/isoflopOutcome';
import { stepsFor } from '../../lib/labs/trainConfig';
import OutcomeCard from './OutcomeCard';
import LossCurves from './LossCurves';
import RunLinks from './RunLinks';
import IsoFlopCharts from './IsoFlopCharts';
import IsoFlopMinima from './IsoFlopMinima';
import TrainingLabShell from './TrainingLabShell';
import { createTrainingLab } from './createTrainingLab';

const label = (C: number) => `C = ${shortBudget(C)}`;

/** The plan in words: which widths train at which budget, and how many steps in all. */
function PlanSummary(props: { plan: IsoFlopPlan }) {
  const steps = () => props.plan.runs.reduce((s, r) => s + stepsFor(r.model, r.train), 0);
  return (
    <p class="sl-field__msg" data-plan>
      {props.plan.budgets
        .map(
          (C) =>
            `${label(C)}: ${props.plan.runs
              .filter((r) => r.budget === C)
              .map((r) => `d${r.model.dModel}`)
              .join(', ')}`,
        )
        .join('; ')}
      . {formatQuantity(steps(), 'plain')} optimizer steps in all.
      <Show when={props.plan.skipped.length > 0}>
        {' '}
        Left out:{' '}
        {props.plan.skipped
          .map((s) => `d${s.dModel} at ${shortBudget(s.budget)} (${s.steps} steps)`)
          .join(', ')}
        .
      </Show>
    </p>
  );
}

/** /labs/isoflop/: several sizes at each of two or three budgets, D = C/(6N); the valleys give N_opt(C). */
export default function IsoFlopLab() {
  const lab = createTrainingLab(isoflopParams, planIsoFlop);
  const { plan, runner } = lab;
  const outcome = createMemo(() => isoflopOutcome(runner.runs(), plan().plan));

  return (
    <TrainingLabShell name="isoflop" lab={lab}>
      <Show when={plan().plan}>{(p) => <PlanSummary plan={p()} />}</Show>
      <IsoFlopMinima summary={outcome().summary} />
      <OutcomeCard specs={ISOFLOP_RESULTS} outcome={outcome()} />
      <IsoFlopCharts summary={outcome().summary} runs={runner.runs()} />
      <LossCurves runs={runner.runs()} live={runner.live()} />
      <RunLinks runs={runner.runs()} file="isoflop" powerLaw={false} />
    </TrainingLabShell>
  );
}
