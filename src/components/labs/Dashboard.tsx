import * as Comlink from 'comlink';
import { Show, createEffect, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import type { ResultSpec } from '../../lib/calculator';
import { collectRuns } from '../../lib/labs/dashboardRuns';
import { type StoredSweep, SWEEP_STORAGE_KEY } from '../../lib/labs/storedRuns';
import { distinctTokenBudgets } from '../../lib/labs/sweepResults';
import type { CalculatorWorkerApi } from '../calculatorWorker';
import ResultCard from '../ResultCard';
import DashboardPanels, { type LawParams } from './DashboardPanels';
import LegacyRunsNotice from './LegacyRunsNotice';
import RunLinks from './RunLinks';
import { loadAllRuns } from './labStorage';

const RESULTS: readonly ResultSpec[] = [
  { name: 'runs', label: 'Finished runs', style: 'plain' },
  { name: 'tokenBudgets', label: 'Token budgets D', style: 'plain' },
  { name: 'bestLoss', label: 'Lowest validation loss', unit: 'nats/token', style: 'plain' },
  { name: 'E', label: 'Fitted E (irreducible loss)', unit: 'nats/token', style: 'plain' },
  { name: 'alpha', label: 'Fitted α (size exponent)', style: 'plain' },
  { name: 'beta', label: 'Fitted β (data exponent)', style: 'plain' },
  { name: 'a', label: 'a: N_opt ∝ C^a', style: 'plain', help: 'a = β/(α+β)' },
];

/** /labs/dashboard/: every run this browser has finished, in four panels, with L(N, D) fitted in a worker. */
export default function Dashboard() {
  const [sweeps, setSweeps] = createSignal<StoredSweep[]>([]);
  const [ready, setReady] = createSignal(false);
  const [api, setApi] = createSignal<Comlink.Remote<CalculatorWorkerApi>>();
  const [law, setLaw] = createSignal<{ fit?: LawParams; message: string }>({
    message: 'computing…',
  });
  onMount(() => {
    const refresh = () => setSweeps(loadAllRuns());
    refresh();
    setReady(true);
    // Runs finished in another tab of this site appear here without a reload.
    const onStorage = (e: StorageEvent) => e.key === SWEEP_STORAGE_KEY && refresh();
    window.addEventListener('storage', onStorage);
    const worker = new Worker(new URL('../calculatorWorker.ts', import.meta.url), {
      type: 'module',
    });
    setApi(() => Comlink.wrap<CalculatorWorkerApi>(worker));
    onCleanup(() => {
      window.removeEventListener('storage', onStorage);
      worker.terminate();
    });
  });
  const runs = createMemo(() => collectRuns(sweeps()));
  let ticket = 0;
  createEffect(() => {
    const remote = api();
    const rs = runs();
    const mine = ++ticket;
    if (distinctTokenBudgets(rs) < 2) {
      setLaw({
        message:
          'it needs runs at two or more token budgets (run the IsoFLOP lab, or a sweep with another budget).',
      });
      return;
    }
    if (!remote) return;
    setLaw({ message: 'fitting…' });
    remote.fitLaw(rs.map((r) => ({ N: r.N, D: r.tokens, loss: r.validationLoss }))).then(
      (answer) =>
        mine === ticket &&
        setLaw(
          answer.ok
            ? { fit: answer.fit, message: '' }
            : {
                message: `L(N, D) could not be fitted to these ${rs.length} runs (${answer.message}). Runs over a wider range of sizes and token budgets help.`,
              },
        ),
      (error: unknown) =>
        mine === ticket && setLaw({ message: `the fit failed: ${String(error)}` }),
    );
  });
  const results = () => {
    const rs = runs();
    if (rs.length === 0) return undefined;
    const f = law().fit;
    return {
      runs: rs.length,
      tokenBudgets: distinctTokenBudgets(rs),
      bestLoss: Math.min(...rs.map((r) => r.validationLoss)),
      ...(f ? { E: f.E, alpha: f.alpha, beta: f.beta, a: f.a } : {}),
    };
  };
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
      <ResultCard
        specs={RESULTS}
        results={results()}
        message="No finished runs in this browser yet."
      />
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
