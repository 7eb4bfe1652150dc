import UrlNotices from '../UrlNotices';
import * as Comlink from 'comlink';
import { For, Show, createEffect, createSignal, onCleanup } from 'solid-js';
import type { ResultSpec } from '../../lib/calculator';
import {
  type AuditComparison,
  auditConfigFrom,
  auditParams,
  compareAudit,
  parametersCalculatorLink,
} from '../../lib/labs/auditModel';
import type { ModelConfig } from '../../training/config';
import type { WeightInfo } from '../../training/model';
import NumberField from '../NumberField';
import ResultCard from '../ResultCard';
import { createLabPlan } from './createLabPlan';
import type { AuditWorkerApi } from './auditWorker';

const RESULTS: readonly ResultSpec[] = [
  {
    name: 'nonEmbedding',
    label: 'Weight matrices (Kaplan’s N)',
    style: 'plain',
    help: 'Q, K, V, output and feed-forward, as built',
  },
  { name: 'approx12Ld2', label: '12 · n_layer · d_model²', style: 'plain' },
  { name: 'approxRatio', label: 'Built ÷ 12·L·d²', style: 'plain' },
  { name: 'biasesAndNorms', label: 'Biases and norms', style: 'plain' },
  {
    name: 'embedding',
    label: 'Token and position embeddings',
    style: 'plain',
    help: 'output head tied to the token embedding',
  },
  { name: 'total', label: 'Total, as built', style: 'plain' },
  {
    name: 'calculatorNonEmbedding',
    label: 'Calculator’s non-embedding',
    style: 'plain',
    help: 'it counts biases and norms in N',
  },
  { name: 'calculatorTotal', label: 'Calculator’s total', style: 'plain' },
];

/** /labs/parameter-audit/: builds the configured model in a worker and lists its real weights. */
export default function ParameterAudit() {
  const { state, plan } = createLabPlan(auditParams, auditConfigFrom);
  const parsed = () => ({ config: plan().plan, errors: plan().errors });
  const [audit, setAudit] = createSignal<{
    config: ModelConfig;
    weights: WeightInfo[];
    results: AuditComparison;
  }>();
  const [failure, setFailure] = createSignal('');
  let api: Comlink.Remote<AuditWorkerApi> | undefined;
  let worker: Worker | undefined;
  let latest: ModelConfig | undefined;
  onCleanup(() => worker?.terminate());

  createEffect(() => {
    const config = parsed().config;
    if (!state.ready() || !config) return;
    latest = config;
    if (!worker) {
      worker = new Worker(new URL('./auditWorker.ts', import.meta.url), { type: 'module' });
      api = Comlink.wrap<AuditWorkerApi>(worker);
    }
    api!.audit(config).then(
      ({ weights, summary }) => {
        if (latest !== config) return; // a newer configuration is on its way
        setAudit({ config, weights, results: compareAudit(summary, config) });
        setFailure('');
      },
      (error: unknown) => setFailure(`The model could not be built: ${String(error)}`),
    );
  });
  const current = () => {
    const a = audit();
    return a && a.config === parsed().config ? a : undefined;
  };

  return (
    <div
      class="sl-calc not-content"
      data-lab="parameter-audit"
      data-ready={current() || (state.ready() && !parsed().config) ? 'true' : undefined}
    >
      <UrlNotices notices={state.notices()} />
      <form class="sl-fields" onSubmit={(e) => e.preventDefault()}>
        <For each={auditParams}>
          {(spec) =>
            spec.kind === 'quantity' && (
              <NumberField
                spec={spec}
                value={state.raw()[spec.name] ?? ''}
                error={parsed().errors[spec.name]}
                onInput={(v) => state.setField(spec.name, v)}
              />
            )
          }
        </For>
      </form>
      <Show when={failure() || parsed().errors['_']}>
        <p class="sl-field__msg sl-form-error" role="alert" data-error-for="_">
          {failure() || parsed().errors['_']}
        </p>
      </Show>
      <ResultCard
        specs={RESULTS}
        results={current()?.results}
        message={
          parsed().config ? 'Building the model…' : 'Fix the highlighted input to see the audit.'
        }
      />
      <Show when={parsed().config}>
        {(config) => (
          <p>
            <a href={parametersCalculatorLink(config())} data-link="parameters">
              Open the same model in the parameter-count calculator
            </a>
          </p>
        )}
      </Show>
      <Show when={current()}>
        {(a) => (
          <div style={{ 'overflow-x': 'auto' }} tabIndex={0}>
            <table data-weights>
              <caption>
                The {a().weights.length} weight tensors of the built model, in creation order
              </caption>
              <thead>
                <tr>
                  <th scope="col">Tensor</th>
                  <th scope="col">Shape</th>
                  <th scope="col">Parameters</th>
                  <th scope="col">Counts as</th>
                </tr>
              </thead>
              <tbody>
                <For each={a().weights}>
                  {(w) => (
                    <tr data-weight={w.name} data-category={w.category}>
                      <td>
                        <code>{w.name}</code>
                      </td>
                      <td>{w.shape.join(' × ')}</td>
                      <td>{w.size.toLocaleString('en-US')}</td>
                      <td>
                        {w.category === 'attention' || w.category === 'feedForward'
                          ? `N (${w.category === 'attention' ? 'attention' : 'feed-forward'})`
                          : w.category}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </div>
  );
}
