import { Show, createMemo } from 'solid-js';
import { formatQuantity } from '../../lib/formatQuantity';
import {
  ISOFLOP_RESULTS,
  type IsoFlopPlan,
  planIsoFlop,
  isoflopParams,
  shortBudget,
} from '../../lib/labs/isoflopPlan';
import { summariseIsoFlop } from '../../lib/labs/isoflopResults';
import { stepsFor } from '../../training/config';
import ResultCard from '../ResultCard';
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
  const summary = createMemo(() => {
    const p = plan().plan;
    if (!p) return undefined;
    const budgetOf = new Map(p.runs.map((r) => [r.name, r.budget]));
    return summariseIsoFlop(runner.runs(), p.budgets, (name) => budgetOf.get(name));
  });
  const results = () => {
    const fit = summary()?.fit;
    if (!fit) return undefined;
    return {
      a: fit.a,
      b: fit.b,
      elapsedSeconds: runner.runs().reduce((s, r) => s + r.elapsedMs, 0) / 1000,
    };
  };

  return (
    <TrainingLabShell name="isoflop" lab={lab}>
      <Show when={plan().plan}>{(p) => <PlanSummary plan={p()} />}</Show>
      <IsoFlopMinima summary={summary()} />
      <ResultCard
        specs={ISOFLOP_RESULTS}
        results={results()}
        message="The exponent a appears once two budgets have a valley with its floor inside the widths tried."
      />
      <IsoFlopCharts summary={summary()} runs={runner.runs()} />
      <LossCurves runs={runner.runs()} live={runner.live()} />
      <RunLinks runs={runner.runs()} file="isoflop" powerLaw={false} />
    </TrainingLabShell>
  );
}
