import UrlNotices from '../UrlNotices';
import * as Comlink from 'comlink';
import { For, Show, onCleanup } from 'solid-js';
import {
  AUDIT_RESULTS,
  auditConfigFrom,
  auditParams,
  compareAudit,
  parametersCalculatorLink,
} from '../../lib/labs/auditModel';
import NumberField from '../NumberField';
import ResultCard from '../ResultCard';
import { createLatestCall } from '../createLatestCall';
import AuditWeights from './AuditWeights';
import { createLabPlan } from './createLabPlan';
import type { AuditWorkerApi } from './auditWorker';

/** /labs/parameter-audit/: builds the configured model in a worker and lists its real weights. */
export default function ParameterAudit() {
  const { state, plan } = createLabPlan(auditParams, auditConfigFrom);
  const parsed = () => ({ config: plan().plan, errors: plan().errors });
  let api: Comlink.Remote<AuditWorkerApi> | undefined;
  let worker: Worker | undefined;
  onCleanup(() => worker?.terminate());
  const audit = createLatestCall(
    () => (state.ready() ? parsed().config : undefined),
    async (config) => {
      if (!worker) {
        worker = new Worker(new URL('./auditWorker.ts', import.meta.url), { type: 'module' });
        api = Comlink.wrap<AuditWorkerApi>(worker);
      }
      const { weights, summary } = await api!.audit(config);
      return { weights, results: compareAudit(summary, config) };
    },
  );
  // The audit of the configuration now in the fields; an older one is not shown beside it.
  const current = () => {
    const s = audit.settled();
    return s?.ok && s.input === parsed().config ? s.answer : undefined;
  };
  const failure = () => {
    const s = audit.settled();
    return s && !s.ok ? `The model could not be built: ${String(s.error)}` : '';
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
        specs={AUDIT_RESULTS}
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
      <Show when={current()}>{(a) => <AuditWeights weights={a().weights} />}</Show>
    </div>
  );
}
