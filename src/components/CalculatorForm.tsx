import { For, Show } from 'solid-js';
import type { Preset } from '../lib/calculator';
import type { ParamSpec, ParamTable, RawParams } from '../lib/paramTable';
import ChoiceField from './ChoiceField';
import NumberField from './NumberField';
import TextField from './TextField';

/**
 * Presets and one field per visible URL parameter, shared by the calculators and the planner: the
 * field's error beside it, or an informational note, or its help.
 */
export default function CalculatorForm(props: {
  params: ParamTable;
  presets: readonly Preset[];
  raw: RawParams;
  errorFor: (name: string) => string | undefined;
  noteFor?: (name: string) => string | undefined;
  placeholderFor?: (solvedBy: string | undefined) => string;
  setField: (name: string, value: string) => void;
  setMany: (values: RawParams) => void;
}) {
  const visible = (spec: ParamSpec) =>
    !('showIf' in spec) || !spec.showIf || props.raw[spec.showIf.param] === spec.showIf.equals;
  return (
    <>
      <Show when={props.presets.length > 0}>
        <div class="sl-presets" role="group" aria-label="Presets">
          <span>Presets:</span>
          <For each={props.presets}>
            {(preset) => (
              <button
                type="button"
                class="sl-button sl-button--ghost"
                title={preset.source}
                onClick={() => props.setMany(preset.values)}
              >
                {preset.label}
              </button>
            )}
          </For>
        </div>
      </Show>
      <form class="sl-fields" onSubmit={(e) => e.preventDefault()}>
        <For each={props.params.filter(visible)}>
          {(spec) =>
            spec.kind === 'text' ? (
              <TextField
                spec={spec}
                value={props.raw[spec.name] ?? ''}
                error={props.errorFor(spec.name)}
                onInput={(v) => props.setField(spec.name, v)}
              />
            ) : spec.kind === 'choice' ? (
              <ChoiceField
                spec={spec}
                value={props.raw[spec.name] ?? ''}
                error={props.errorFor(spec.name)}
                onChange={(v) => props.setField(spec.name, v)}
              />
            ) : (
              <NumberField
                spec={spec}
                value={props.raw[spec.name] ?? ''}
                error={props.errorFor(spec.name)}
                note={props.noteFor?.(spec.name)}
                placeholder={
                  spec.kind === 'quantity' && spec.solvedBy
                    ? props.placeholderFor?.(spec.solvedBy)
                    : undefined
                }
                onInput={(v) => props.setField(spec.name, v)}
              />
            )
          }
        </For>
      </form>
    </>
  );
}
