import * as Comlink from 'comlink';
import { Show, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import {
  DASHBOARD_RESULTS,
  type LawParams,
  dashboardOutcome,
  lawBlocker,
  lawFailure,
} from '../../lib/labs/dashboardOutcome';
import { collectRuns } from '../../lib/labs/dashboardRuns';
import { type StoredSweep, SWEEP_STORAGE_KEY } from '../../lib/labs/storedRuns';
import type { DashboardFitWorkerApi } from './dashboardFitWorker';
import { createLatestCall } from '../createLatestCall';
import DashboardPanels from './DashboardPanels';
import LegacyRunsNotice from './LegacyRunsNotice';
import OutcomeCard from './OutcomeCard';
import RunLinks from './RunLinks';
import { loadAllRuns } from './labStorage';

/** /labs/dashboard/: every run this browser has finished, in four panels, with L(N, D) fitted in a worker. */
export default function Dashboard() {
  const [sweeps, setSweeps] = createSignal<StoredSweep[]>([]);
  const [ready, setReady] = createSignal(false);
  const [api, setApi] = createSignal<Comlink.Remote<DashboardFitWorkerApi>>();
  onMount(() => {
    const refresh = () => setSweeps(loadAllRuns());
    refresh();
    setReady(true);
    // Runs finished in another tab of this site appear here without a reload.
    const onStorage = (e: StorageEvent) => e.key === SWEEP_STORAGE_KEY && refresh();
    window.addEventListener('storage', onStorage);
    const worker = new Worker(new URL('./dashboardFitWorker.ts', import.meta.url), {
      type: 'module',
    });
    setApi(() => Comlink.wrap<DashboardFitWorkerApi>(worker));
    onCleanup(() => {
      window.removeEventListener('storage', onStorage);
      worker.terminate();
    });
  });
  const runs = createMemo(() => collectRuns(sweeps()));
  const fitting = createLatestCall(
    () => {
      const remote = api();
      return remote && !lawBlocker(runs()) ? { remote, runs: runs() } : undefined;
    },
    async ({ remote, runs: rs }) =>
      remote.fitLaw(rs.map((r) => ({ N: r.N, D: r.tokens, loss: r.validationLoss }))),
  );
  const law = createMemo((): { fit?: LawParams; message: string } => {
    const blocked = lawBlocker(runs());
    const s = fitting.settled();
    if (blocked) return { message: blocked };
    if (fitting.pending()) return { message: 'fitting…' };
    if (!s) return { message: 'computing…' };
    if (!s.ok) return { message: `the fit failed: ${String(s.error)}` };
    return s.answer.ok
      ? { fit: s.answer.fit, message: '' }
      : { message: lawFailure(s.input.runs.length, s.answer.message) };
  });
  const outcome = createMemo(() => dashboardOutcome(runs(), law().fit));
  const forget = () => {
    try {
      window.localStorage.removeItem(SWEEP_STORAGE_KEY);
    } catch {
      // storage blocked: nothing was stored
    }
    setSweeps([]);
  };

  return (
    <div class="sl-calc not-content" data-lab="dashboard" data-ready={ready() ? 'true' : undefined}>
      <LegacyRunsNotice />
      <OutcomeCard specs={DASHBOARD_RESULTS} outcome={outcome()} />
      <Show
        when={runs().length > 0}
        fallback={
          <p class="sl-field__msg" data-empty>
            Train a <a href="/labs/scaling-sweep/">scaling sweep</a>, the{' '}
            <a href="/labs/isoflop/">IsoFLOP lab</a> or{' '}
            <a href="/labs/predict-and-verify/">predict and verify</a>: their finished runs appear
            here, kept in this browser.
          </p>
        }
      >
        <DashboardPanels runs={runs()} law={law().fit} lawMessage={law().message} />
        <RunLinks runs={runs()} file="scaling-lab-runs" powerLaw={false} />
        <div class="sl-copy">
          <button
            type="button"
            class="sl-button sl-button--ghost"
            data-action="forget-all"
            onClick={forget}
          >
            Forget every run
          </button>
        </div>
      </Show>
    </div>
  );
}
