/**
 * Stands in for `@pagefind/default-ui` (aliased in astro.config.mjs), so Starlight's search UI
 * (Pagefind's, 27 KB gzipped) loads when a reader reaches for search instead of on the first idle
 * moment. Starlight imports this on idle and calls `new PagefindUI(options)` as it would the real
 * one; this waits for the first sign of intent (the pointer over or on the search button, the
 * button focused, or Ctrl/⌘ K) and only then fetches the real UI and builds it with the same
 * options. Starlight's own button, dialog, keyboard shortcut and labels are untouched.
 *
 * Why not an override of Starlight's Search component: its script cannot be replaced without
 * copying the whole component (about 400 lines, mostly styles), which would then drift from
 * Starlight's. Why not idle: a page's idle moment often comes before its islands have hydrated,
 * so the search UI competed with the first result (tests/e2e/jsBudget.ts counts it).
 */
export class PagefindUI {
  /** Waits for intent, then builds Pagefind's UI with `options` (Starlight's, passed on as given). */
  constructor(options: Record<string, unknown>) {
    const search = document.querySelector('site-search');
    const button = search?.querySelector('button[data-open-modal]');
    const dialog = search?.querySelector('dialog');
    const stop = new AbortController();
    const start = () => {
      stop.abort();
      // @ts-expect-error -- @pagefind/default-ui ships no types (Starlight says the same).
      void import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(
        ({ PagefindUI: Real }: { PagefindUI: new (o: Record<string, unknown>) => unknown }) => {
          new Real(options);
          // Opened before the UI existed: Starlight's focus call found no input yet.
          if (dialog?.open) dialog.querySelector('input')?.focus();
        },
      );
    };
    if (dialog?.open) {
      start();
      return;
    }
    const { signal } = stop;
    for (const type of ['pointerenter', 'pointerdown', 'focus', 'click'])
      button?.addEventListener(type, start, { signal });
    window.addEventListener(
      'keydown',
      (e) => {
        if ((e.metaKey || e.ctrlKey) && e.key === 'k') start();
      },
      { signal },
    );
  }
}
