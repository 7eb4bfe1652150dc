import * as Comlink from 'comlink';
import { onCleanup } from 'solid-js';
import type { Outcome } from '../../lib/calculator';
import type { RawParams } from '../../lib/paramTable';
import { createLatestCall } from '../createLatestCall';
import type { FitChoicesWorkerApi } from './fitChoicesWorker';

/**
 * The fit-choices and three-approaches labs' call: a fresh fitChoicesWorker per input (a newer
 * input terminates the one in flight, since one grid fit can take a minute), latest answer wins
 * (createLatestCall); `errors` and `results` read the newest settled outcome.
 */
export function createFitWorkerCall<R>(
  state: { raw: () => RawParams; ready: () => boolean },
  run: (
    api: Comlink.Remote<FitChoicesWorkerApi>,
    raw: RawParams,
    isLatest: () => boolean,
  ) => Promise<Outcome<R>>,
  failure: string,
) {
  let worker: Worker | undefined;
  onCleanup(() => worker?.terminate());
  const call = createLatestCall(
    () => (state.ready() ? { ...state.raw() } : undefined),
    async (raw: RawParams, isLatest) => {
      worker?.terminate();
      worker = new Worker(new URL('./fitChoicesWorker.ts', import.meta.url), { type: 'module' });
      return run(Comlink.wrap<FitChoicesWorkerApi>(worker), raw, isLatest);
    },
  );
  const errors = (): Record<string, string> => {
    const s = call.settled();
    if (s && !s.ok) return { _: `${failure}: ${String(s.error)}` };
    return s?.ok && !s.answer.ok ? s.answer.errors : {};
  };
  const results = (): R | undefined => {
    const s = call.settled();
    return s?.ok && s.answer.ok && !call.pending() ? s.answer.results : undefined;
  };
  return { call, errors, results };
}
