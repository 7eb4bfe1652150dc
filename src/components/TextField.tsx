import type { TextParam } from '../lib/paramTable';

/** A multi-line field for pasted text (CSV), with a file picker; its message sits beside it. */
export default function TextField(props: {
  spec: TextParam;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  const id = () => `field-${props.spec.name}`;
  const load = async (file: File | undefined) => {
    if (file) props.onInput(await file.text());
  };
  return (
    <div class="sl-field sl-field--wide" classList={{ 'sl-field--invalid': !!props.error }}>
      <label for={id()}>{props.spec.label}</label>
      <textarea
        id={id()}
        name={props.spec.name}
        rows={props.spec.rows ?? 8}
        spellcheck={false}
        value={props.value}
        aria-invalid={props.error ? 'true' : 'false'}
        aria-describedby={`${id()}-msg`}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <label class="sl-field__file">
        Or load a file:{' '}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onChange={(e) => void load(e.currentTarget.files?.[0])}
        />
      </label>
      <p
        id={`${id()}-msg`}
        class="sl-field__msg"
        data-error-for={props.error ? props.spec.name : undefined}
      >
        {props.error ?? props.spec.help ?? ''}
      </p>
    </div>
  );
}
