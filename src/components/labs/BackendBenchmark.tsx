import UrlNotices from '../UrlNotices';
import * as Comlink from 'comlink';
import { Show, createSignal, onCleanup } from 'solid-js';
import { type BenchmarkPlan, benchmarkParams, planBenchmark } from '../../lib/labs/benchmarkPlan';
import type { ChoiceParam, QuantityParam } from '../../lib/paramTable';
import type { BackendProbe } from '../../training/backend';
import type { TrainingWorkerApi } from '../../training/worker';
import ChoiceField from '../ChoiceField';
import NumberField from '../NumberField';
import BenchmarkTable, { type BenchmarkRow } from './BenchmarkTable';
import { createLabPlan } from './createLabPlan';

/** /labs/benchmark/: tokens/s and FLOP/s of the labs' models on each backend, against a 512³ matmul. */
export default function BackendBenchmark() {
  const { state, plan } = createLabPlan(benchmarkParams, planBenchmark);
  const [rows, setRows] = createSignal<BenchmarkRow[]>([]);
  const [status, setStatus] = createSignal<'idle' | 'running'>('idle');
  const [doing, setDoing] = createSignal('');
  const [probe, setProbe] = createSignal<BackendProbe>();
  let worker: Worker | undefined;
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    setStatus('idle');
    setDoing('');
  };
  onCleanup(stop);

  const start = async (p: BenchmarkPlan) => {
    setStatus('running');
    setRows([]);
    worker = new Worker(new URL('../../training/worker.ts', import.meta.url), { type: 'module' });
    const api = Comlink.wrap<TrainingWorkerApi>(worker);
    try {
      setProbe((await api.init()).probe);
      for (const backend of p.backends) {
        setDoing(`starting ${backend}`);
        if (!(await api.useBackend(backend))) {
          setRows((r) => [...r, { backend }]);
          continue;
        }
        setDoing(`${backend}: 512³ matrix multiply`);
        const { flopsPerSecond: ceiling } = await api.matmulCeiling(512, p.timed);
        for (const run of p.runs) {
          setDoing(`${backend}: ${run.name}`);
          const step = await api.stepThroughput(run, p.timed);
          setRows((r) => [...r, { backend, ceiling, step }]);
        }
      }
    } catch (error) {
      setDoing(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
      worker?.terminate();
      worker = undefined;
      setStatus('idle');
      return;
    }
    stop();
  };

  const spec = (name: string) => benchmarkParams.find((s) => s.name === name)!;
  return (
    <div
      class="sl-calc not-content"
      data-lab="benchmark"
      data-ready={state.ready() ? 'true' : undefined}
      data-status={status()}
    >
      <UrlNotices notices={state.notices()} />
      <form class="sl-fields" onSubmit={(e) => e.preventDefault()}>
        <fieldset disabled={status() !== 'idle'} style={{ display: 'contents' }}>
          <ChoiceField
            spec={spec('backend') as ChoiceParam}
            value={state.raw()['backend'] ?? ''}
            error={plan().errors['backend']}
            onChange={(v) => state.setField('backend', v)}
          />
          <NumberField
            spec={spec('timed') as QuantityParam}
            value={state.raw()['timed'] ?? ''}
            error={plan().errors['timed']}
            onInput={(v) => state.setField('timed', v)}
          />
        </fieldset>
      </form>
      <div class="sl-copy">
        <button
          type="button"
          class="sl-button"
          data-action="start"
          disabled={status() !== 'idle' || !plan().plan || !state.ready()}
          onClick={() => plan().plan && void start(plan().plan!)}
        >
          Start
        </button>
        <button
          type="button"
          class="sl-button sl-button--ghost"
          data-action="stop"
          disabled={status() === 'idle'}
          onClick={stop}
        >
          Stop
        </button>
      </div>
      <p class="sl-field__msg" role="status" data-doing>
        {doing()}
      </p>
      <Show when={probe()}>
        {(pr) => (
          <p class="sl-field__msg" data-probe>
            This browser: WebGPU{' '}
            {pr().webgpu === 'real'
              ? 'on a real GPU'
              : pr().webgpu === 'fallback'
                ? 'on a software adapter'
                : 'not offered'}
            ; WebGL{' '}
            {pr().webgl === 'hardware'
              ? 'on a GPU'
              : pr().webgl === 'software'
                ? 'in software'
                : 'not offered'}
            ; WebAssembly{' '}
            {pr().wasmThreads
              ? 'with threads (the page is cross-origin isolated)'
              : 'on one thread'}
            .
          </p>
        )}
      </Show>
      <BenchmarkTable rows={rows()} />
    </div>
  );
}
