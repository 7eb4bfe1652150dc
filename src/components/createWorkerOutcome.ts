import type * as Comlink from 'comlink';
import { type Accessor, createSignal, onCleanup, onMount } from 'solid-js';
import type { Outcome } from '../lib/calculator';
import type { RawParams } from '../lib/paramTable';
import type { CalculatorWorkerApi } from './calculatorWorker';
import { createLatestCall } from './createLatestCall';

/**
 * The outcome of a heavy calculator, computed in a Web Worker: `busy` is true while a newer
 * input is being computed, and answers to stale inputs are dropped (createLatestCall). Undefined
 * until the first answer (the server renders a "computing" note instead of results). `progress`
 * is the latest report of the computation under way, for calculators that give one.
 */
export function createWorkerOutcome<R, P = unknown>(
  slug: string,
  raw: Accessor<RawParams>,
  ready: Accessor<boolean>,
) {
  const [progress, setProgress] = createSignal<P>();
  const [failure, setFailure] = createSignal<string>();
  const [api, setApi] = createSignal<{
    remote: Comlink.Remote<CalculatorWorkerApi>;
    proxy: typeof Comlink.proxy;
  }>();
  onMount(() => {
    const worker = new Worker(new URL('./calculatorWorker.ts', import.meta.url), {
      type: 'module',
    });
    let live = true;
    onCleanup(() => {
      live = false;
      worker.terminate();
    });
    // Imported here, Comlink stays off the first load of the calculators that run on the main thread.
    import('comlink').then(
      ({ wrap, proxy }) => live && setApi({ remote: wrap<CalculatorWorkerApi>(worker), proxy }),
      (error: unknown) => setFailure(`The computation failed: ${String(error)}`),
    );
  });
  const call = createLatestCall(
    () => {
      const link = api();
      const input = raw();
      return link && ready() ? { link, input } : undefined;
    },
    ({ link, input }, isLatest) => {
      setProgress(undefined);
      const onProgress = (p: unknown) => isLatest() && setProgress(() => p as P);
      return link.remote.run(slug, input, link.proxy(onProgress)) as Promise<Outcome<R>>;
    },
  );
  const outcome = (): Outcome<R> | undefined => {
    const failed = failure();
    if (failed) return { ok: false, errors: { _: failed } };
    const settled = call.settled();
    if (!settled) return undefined;
    return settled.ok
      ? settled.answer
      : { ok: false, errors: { _: `The computation failed: ${String(settled.error)}` } };
  };
  return { outcome, busy: call.pending, progress };
}
