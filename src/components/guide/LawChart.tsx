import { For, Show, createMemo, createSignal } from 'solid-js';
import { lineChartOptions } from '../../charts/lineChart';
import { formatQuantity } from '../../lib/formatQuantity';
import { KAPLAN_LAW_RANGES, type KaplanLaw, makeKaplanLawCurve } from '../../lib/kaplanLawCurve';
import { parseQuantity } from '../../lib/parseQuantity';
import PlotFigure from '../PlotFigure';

const EQUATION: Record<KaplanLaw, string> = { N: 'Eq. 1.1', D: 'Eq. 1.2', Cmin: 'Eq. 1.3' };
/** The slider runs from a decade below the measured range to three decades above it. */
const SLIDER_DECADES_BELOW = 1;
const SLIDER_DECADES_ABOVE = 3;

const show = (x: number) => formatQuantity(x, x < 1e4 ? 'scientific' : 'si');
/** Three significant digits in a form parseQuantity reads back: 1.75e11, 0.00316. */
const toInputText = (x: number) => Number(x.toPrecision(3)).toPrecision(3).replace('e+', 'e');

/** One of Kaplan's single-variable laws on log-log axes over the paper's range, with the reader's point on it. */
export default function LawChart(props: { law: KaplanLaw; initial: number }) {
  // A page fixes the law when it embeds the chart; it never changes afterwards, so read it once.
  // eslint-disable-next-line solid/reactivity
  const law = props.law;
  const range = KAPLAN_LAW_RANGES[law];
  const id = `law-${law}`;
  const [text, setText] = createSignal(toInputText(props.initial));
  const outcome = createMemo(() => {
    try {
      return {
        ok: true as const,
        curve: makeKaplanLawCurve(law, parseQuantity(text(), range.symbol)),
      };
    } catch (error) {
      return {
        ok: false as const,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  });
  const curve = () => {
    const o = outcome();
    return o.ok ? o.curve : undefined;
  };
  const message = () => {
    const o = outcome();
    return o.ok ? undefined : o.message;
  };
  const sliderMin = Math.floor(Math.log10(range.lo)) - SLIDER_DECADES_BELOW;
  const sliderMax = Math.ceil(Math.log10(range.hi)) + SLIDER_DECADES_ABOVE;
  const sliderValue = () => {
    const c = curve();
    return c ? Math.min(sliderMax, Math.max(sliderMin, Math.log10(c.marker.x))) : sliderMin;
  };

  return (
    <div class="sl-law" data-law={law}>
      <div class="sl-fields">
        <div class="sl-field" classList={{ 'sl-field--invalid': !outcome().ok }}>
          <label for={`${id}-text`}>
            {range.symbol} <span class="sl-field__unit">{range.unit}</span>
          </label>
          <input
            id={`${id}-text`}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck={false}
            value={text()}
            aria-invalid={outcome().ok ? 'false' : 'true'}
            aria-describedby={`${id}-msg`}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <label for={`${id}-slider`} class="sl-law__slider-label">
            Drag to move {range.symbol} (log scale)
          </label>
          <input
            id={`${id}-slider`}
            type="range"
            min={sliderMin}
            max={sliderMax}
            step={0.05}
            value={sliderValue()}
            onInput={(e) => setText(toInputText(10 ** Number(e.currentTarget.value)))}
          />
          <p id={`${id}-msg`} class="sl-field__msg" role={message() ? 'alert' : undefined}>
            {message() ?? `Measured from ${show(range.lo)} to ${show(range.hi)} (${range.source}).`}
          </p>
        </div>
      </div>
      <Show when={curve()}>
        {(c) => (
          <p class="sl-law__result" role="status">
            L({range.symbol} = {show(c().marker.x)}) ={' '}
            <strong data-result="loss" data-value={String(c().marker.y)}>
              {c().marker.y.toFixed(3)}
            </strong>{' '}
            nats/token{c().inRange ? '' : ', an extrapolation beyond the measured range'}.
          </p>
        )}
      </Show>
      <PlotFigure
        caption={`Kaplan et al. 2020, ${EQUATION[law]}: loss against ${range.symbol} on log-log axes. Solid: the measured range; dashed: extrapolation to your point (orange).`}
        height={280}
        options={(ctx) => {
          const c = curve();
          if (!c) return undefined;
          return lineChartOptions(ctx, {
            x: { label: `${range.symbol} (${range.unit})`, log: true },
            y: { label: 'Loss (nats/token)', log: true },
            series: [
              { name: `L(${range.symbol}), measured range`, points: c.measured },
              ...(c.extrapolated.length > 0
                ? [{ name: 'extrapolated', points: c.extrapolated, dashed: true }]
                : []),
            ],
            markers: [{ ...c.marker, label: c.marker.y.toFixed(3) }],
          });
        }}
        fallback={
          <ul>
            <For each={curve()?.measured.filter((_, i) => i % 8 === 0) ?? []}>
              {(p) => (
                <li>
                  {range.symbol} = {show(p.x)}: L = {p.y.toFixed(3)}
                </li>
              )}
            </For>
          </ul>
        }
      />
    </div>
  );
}
