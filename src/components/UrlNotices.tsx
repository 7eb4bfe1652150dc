import { For, Show } from 'solid-js';

/** A quiet note of what the link asked for that this page does not use (text only, never HTML). */
export default function UrlNotices(props: { notices: readonly string[] }) {
  return (
    <Show when={props.notices.length > 0}>
      <ul class="sl-url-notices" role="status" data-url-notices>
        <For each={props.notices}>{(notice) => <li>{notice}</li>}</For>
      </ul>
    </Show>
  );
}
