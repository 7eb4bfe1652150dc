import { createSignal } from 'solid-js';

/** Copies the page's address (which holds every input) to the clipboard, with a fallback prompt. */
export default function CopyLink() {
  const [status, setStatus] = createSignal('');
  const copy = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setStatus('Link copied');
    } catch {
      // Clipboard access is refused on insecure origins and in some embeds: show the link to copy by hand.
      window.prompt('Copy this link:', href);
      setStatus('');
    }
    window.setTimeout(() => setStatus(''), 2500);
  };
  return (
    <div class="sl-copy">
      <button type="button" class="sl-button" onClick={() => void copy()}>
        Copy link
      </button>
      <span class="sl-copy__status" role="status">
        {status()}
      </span>
    </div>
  );
}
