import { type JSX, createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import type { PlotOptions } from '@observablehq/plot';
import type { ChartContext, PlotModule } from '../charts/theme';
import { downloadBlob, pngBlob, svgBlob } from './downloads';
import { readTheme } from './readTheme';

/**
 * Runs `load` once the frame that shows the island's first render has been painted. Plot with d3
 * is about 127 KB gzipped: asked for straight from onMount, its request starts in the same task as
 * hydration, before the results it would draw are on screen. A hidden tab paints no frames, so
 * there it waits for a timer only.
 */
function afterFirstPaint(load: () => void): void {
  if (document.hidden) setTimeout(load, 0);
  else requestAnimationFrame(() => setTimeout(load, 0));
}

/**
 * The one wrapper around Observable Plot. Renders only in the browser (Plot needs a DOM),
 * loads Plot lazily once the first render has painted, rebuilds the chart when `options`' inputs,
 * the width or the theme change (replacing the old SVG), and keeps a caption plus a text fallback
 * for readers without the chart.
 */
export default function PlotFigure(props: {
  options: (chart: ChartContext) => PlotOptions | undefined;
  caption: string;
  fallback: JSX.Element;
  height?: number;
  /** File name (without extension) for SVG and PNG download buttons; none when absent. */
  download?: string;
}) {
  let canvas!: HTMLDivElement;
  const [plot, setPlot] = createSignal<PlotModule>();
  const [width, setWidth] = createSignal(0);
  const [theme, setTheme] = createSignal<ChartContext['theme']>();
  const [failure, setFailure] = createSignal('');

  onMount(() => {
    setTheme(readTheme());
    setWidth(canvas.clientWidth);
    const resize = new ResizeObserver(() => setWidth(canvas.clientWidth));
    resize.observe(canvas);
    const themeWatch = new MutationObserver(() => setTheme(readTheme()));
    themeWatch.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    onCleanup(() => {
      resize.disconnect();
      themeWatch.disconnect();
    });
    afterFirstPaint(() =>
      import('@observablehq/plot').then(setPlot, (error: unknown) =>
        setFailure(`Chart unavailable: ${String(error)}`),
      ),
    );
  });

  createEffect(() => {
    const Plot = plot();
    const w = width();
    const t = theme();
    if (!Plot || !t || w <= 0) return;
    try {
      const options = props.options({ Plot, width: w, theme: t });
      if (!options) {
        canvas.replaceChildren();
        return;
      }
      const chart = Plot.plot({
        width: w,
        height: props.height ?? 320,
        ...options,
        style: { background: 'transparent', color: t.text, fontSize: '12px' },
      });
      chart.setAttribute('role', 'img');
      chart.setAttribute('aria-label', props.caption);
      // Inside role="img" the marks are presentational; Plot's aria-label on <g> is then invalid ARIA.
      chart.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
      canvas.replaceChildren(chart);
      setFailure('');
    } catch (error) {
      canvas.replaceChildren();
      setFailure(`Chart unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  const save = (kind: 'svg' | 'png') => {
    // The main chart is the last <svg> (a legend, when present, comes first).
    const svg = [...canvas.querySelectorAll('svg')].pop();
    const name = props.download;
    if (!svg || !name) return;
    if (kind === 'svg') downloadBlob(`${name}.svg`, svgBlob(svg));
    else
      void pngBlob(svg, getComputedStyle(document.body).backgroundColor || 'white').then(
        (blob) => downloadBlob(`${name}.png`, blob),
        (error: unknown) => setFailure(`PNG export failed: ${String(error)}`),
      );
  };

  return (
    <figure class="sl-plot">
      <div
        ref={canvas}
        class="sl-plot__canvas"
        style={{ 'min-height': `${props.height ?? 320}px` }}
        data-plot
      />
      <p class="sl-plot__failure" hidden={!failure()}>
        {failure()}
      </p>
      <figcaption>{props.caption}</figcaption>
      {props.download && (
        <div class="sl-copy">
          <button type="button" class="sl-button sl-button--ghost" onClick={() => save('svg')}>
            Download SVG
          </button>
          <button type="button" class="sl-button sl-button--ghost" onClick={() => save('png')}>
            Download PNG
          </button>
        </div>
      )}
      <details class="sl-plot__fallback">
        <summary>Chart data as text</summary>
        {props.fallback}
      </details>
    </figure>
  );
}
