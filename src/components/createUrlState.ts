import { listUrlNotices } from '../lib/listUrlNotices';
import { createEffect, createSignal, onMount } from 'solid-js';
import { type ParamTable, type RawParams, readParams, writeParams } from '../lib/paramTable';

/**
 * Raw parameter text kept in step with the address bar: defaults on the server, the query
 * string once mounted, and every change written back with history.replaceState so the
 * address is always a shareable link (unless `writeUrl` is false: exercises keep the
 * instructor's link as given). `ready` turns true after the URL has been read; `notices`
 * says what the link asked for that the page does not use (listUrlNotices).
 */
export function createUrlState(table: ParamTable, options: { writeUrl?: boolean } = {}) {
  const [raw, setRaw] = createSignal<RawParams>(readParams(table, new URLSearchParams()));
  const [ready, setReady] = createSignal(false);
  const [notices, setNotices] = createSignal<string[]>([]);
  onMount(() => {
    const search = new URLSearchParams(window.location.search);
    setRaw(readParams(table, search));
    setNotices(listUrlNotices(table, search));
    setReady(true);
  });
  createEffect(() => {
    const query = writeParams(table, raw());
    if (!ready() || options.writeUrl === false) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(
      window.history.state,
      '',
      `${pathname}${query ? `?${query}` : ''}${hash}`,
    );
  });
  const setField = (name: string, value: string) => setRaw((prev) => ({ ...prev, [name]: value }));
  const setMany = (values: RawParams) => setRaw((prev) => ({ ...prev, ...values }));
  return { raw, ready, notices, setField, setMany };
}
