import type * as Comlink from 'comlink';
import { type Accessor, createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import type { Outcome } from '../lib/calculator';
import type { RawParams } from '../lib/paramTable';
import type { CalculatorWorkerApi } from './calculatorWorker';

/**
 * The outcome of a heavy calculator, computed in a Web Worker: `busy` is true while a newer
 * input is being computed, and answers to stale inputs are dropped. Undefined until the first
 * answer (the server renders a "computing" note instead of results). `progress` is the latest
 * report of the computation under way, for calculators that give one (undefined otherwise).
 */
export function createWorkerOutcome<R, P = unknown>(slug: string, raw: Accessor<RawParams>, ready: Accessor<boolean>) {
  const [outcome, setOutcome] = createSignal<Outcome<R>>();
  const [busy, setBusy] = createSignal(false);
  const [progress, setProgress] = createSignal<P>();
  const [api, setApi] = createSignal<{ remote: Comlink.Remote<CalculatorWorkerApi>; proxy: typeof Comlink.proxy }>();
  let latest = 0;
  onMount(() => {
    const worker = new Worker(new URL('./calculatorWorker.ts', import.meta.url), { type: 'module' });
    let live = true;
    onCleanup(() => {
      live = false;
      worker.terminate();
    });
    // Imported here, Comlink stays off the first load of the calculators that run on the main thread.
    import('comlink').then(
      ({ wrap, proxy }) => live && setApi({ remote: wrap<CalculatorWorkerApi>(worker), proxy }),
      (error: unknown) => setOutcome(() => ({ ok: false, errors: { _: `The computation failed: ${String(error)}` } })),
    );
  });
  createEffect(() => {
    const link = api();
    const input = raw();
    if (!link || !ready()) return;
    const ticket = ++latest;
    setBusy(true);
    setProgress(undefined);
    const onProgress = (p: unknown) => ticket === latest && setProgress(() => p as P);
    link.remote.run(slug, input, link.proxy(onProgress)).then(
      (answer) => {
        if (ticket !== latest) return;
        setOutcome(() => answer as Outcome<R>);
        setBusy(false);
      },
      (error: unknown) => {
        if (ticket !== latest) return;
        setOutcome(() => ({ ok: false, errors: { _: `The computation failed: ${String(error)}` } }));
        setBusy(false);
      },
    );
  });
  return { outcome, busy, progress };
}
