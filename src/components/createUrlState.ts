import { createEffect, createSignal, onMount } from 'solid-js';
import { type ParamTable, type RawParams, readParams, writeParams } from '../lib/paramTable';

/**
 * Raw parameter text kept in step with the address bar: defaults on the server, the query
 * string once mounted, and every change written back with history.replaceState so the
 * address is always a shareable link (unless `writeUrl` is false: exercises keep the
 * instructor's link as given). `ready` turns true after the URL has been read.
 */
export function createUrlState(table: ParamTable, options: { writeUrl?: boolean } = {}) {
  const [raw, setRaw] = createSignal<RawParams>(readParams(table, new URLSearchParams()));
  const [ready, setReady] = createSignal(false);
  onMount(() => {
    setRaw(readParams(table, new URLSearchParams(window.location.search)));
    setReady(true);
  });
  createEffect(() => {
    const query = writeParams(table, raw());
    if (!ready() || options.writeUrl === false) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${query ? `?${query}` : ''}${hash}`);
  });
  const setField = (name: string, value: string) => setRaw((prev) => ({ ...prev, [name]: value }));
  const setMany = (values: RawParams) => setRaw((prev) => ({ ...prev, ...values }));
  return { raw, ready, setField, setMany };
}
