import type { JSX } from 'solid-js';
import type { SweepPlan } from '../../lib/labs/sweepPlan';
import UrlNotices from '../UrlNotices';
import LegacyRunsNotice from './LegacyRunsNotice';
import TrainingControls from './TrainingControls';
import type { createTrainingLab } from './createTrainingLab';

/** A training lab's frame: its state in data attributes for tests, the shared controls, then the lab's own results. */
export default function TrainingLabShell(props: {
  name: string;
  lab: ReturnType<typeof createTrainingLab<SweepPlan>>;
  children: JSX.Element;
}) {
  const lab = () => props.lab;
  return (
    <div
      class="sl-calc not-content"
      data-lab={props.name}
      data-ready={lab().state.ready() ? 'true' : undefined}
      data-status={lab().runner.status()}
      aria-busy={lab().runner.status() !== 'idle' ? 'true' : 'false'}
    >
      <UrlNotices notices={lab().state.notices()} />
      <LegacyRunsNotice />
      <TrainingControls
        table={lab().table}
        raw={lab().state.raw()}
        errors={lab().plan().errors}
        plan={lab().plan().plan}
        ready={lab().state.ready()}
        runner={lab().runner}
        onField={lab().state.setField}
      />
      {props.children}
    </div>
  );
}
