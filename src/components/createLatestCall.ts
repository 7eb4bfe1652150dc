import { type Accessor, createEffect, createSignal, untrack } from 'solid-js';

/** How the newest call ended: its input, and its answer or what it threw. */
export type Settled<I, A> =
  { input: I; ok: true; answer: A } | { input: I; ok: false; error: unknown };

/**
 * "Latest answer wins" for asynchronous calls (a worker's, usually): whenever `input` changes
 * to a defined value, `call` runs with it, and only the newest call's answer or error is kept;
 * answers to older inputs, and calls overtaken by an undefined input, are dropped. `isLatest`
 * lets a call drop its own progress reports once a newer call has started. `settled` keeps the
 * last answer while a newer call is pending, so a page never flashes empty.
 * @example const audit = createLatestCall(() => config(), (c) => api.audit(c)); audit.settled()?.ok
 */
export function createLatestCall<I, A>(
  input: Accessor<I | undefined>,
  call: (input: I, isLatest: () => boolean) => Promise<A>,
) {
  const [settled, setSettled] = createSignal<Settled<I, A>>();
  const [pending, setPending] = createSignal(false);
  let latest = 0;
  createEffect(() => {
    const value = input();
    const mine = ++latest;
    const isLatest = () => mine === latest;
    if (value === undefined) {
      setPending(false);
      return;
    }
    setPending(true);
    const settle = (s: Settled<I, A>) => {
      if (!isLatest()) return;
      setSettled(() => s);
      setPending(false);
    };
    // A call that throws at once settles like one that rejects.
    new Promise<A>((resolve) => resolve(untrack(() => call(value, isLatest)))).then(
      (answer) => settle({ input: value, ok: true, answer }),
      (error: unknown) => settle({ input: value, ok: false, error }),
    );
  });
  return { settled, pending };
}
