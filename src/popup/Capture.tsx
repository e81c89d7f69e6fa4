// "Save this page for testers": a sanitised copy of the court page in the
// tab (the content script removes what was typed, names, usernames and case
// numbers), shown as text before anything is saved, so the attorney sees
// exactly what the file holds. Nothing leaves the computer: the file goes
// to the Downloads folder, and the attorney decides whom to send it to.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaptureReply } from '../messages';
import { ask } from './api';
import { normalizeCapture, recognisedLine } from './model';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'failed' }
  | { kind: 'preview'; capture: CaptureReply }
  | { kind: 'saved'; filename: string };

/** Downloads `text` as `filename` through a Blob URL, revoked once the download has taken it. */
export function download(text: string, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Firefox; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Capture({ tabId }: { tabId: number }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // Focus follows what appears: the preview's heading when it comes, the
  // button that opened it when it goes (keyboard and screen-reader users
  // are not left on a control that vanished).
  useEffect(() => {
    if (state.kind === 'preview') {
      // The whole preview in sight, its Save and Cancel buttons too, not just the heading.
      heading.current?.focus({ preventScroll: true });
      box.current?.scrollIntoView({ block: 'start' });
      moved.current = true;
    } else if (moved.current && state.kind !== 'busy') {
      opener.current?.focus();
      moved.current = false;
    }
  }, [state.kind]);

  const take = async () => {
    setState({ kind: 'busy' });
    const capture = normalizeCapture(await ask({ type: 'capture', tabId }, 10_000));
    setState(capture ? { kind: 'preview', capture } : { kind: 'failed' });
  };

  return (
    <section class="capture">
      <h2 id="capture-h">For the people who test this guide</h2>
      {state.kind !== 'preview' && (
        <>
          <p class="small">
            You can save a copy of the court page in this tab, to send to the people who test this guide. Typed
            values, names, usernames and case numbers are removed first, and you see the copy before you save it.
          </p>
          <button type="button" class="secondary" ref={opener} onClick={take} disabled={state.kind === 'busy'}>
            Save this page for testers
          </button>
        </>
      )}
      <div aria-live="polite">
        {state.kind === 'busy' && <p class="small">Copying the page…</p>}
        {state.kind === 'saved' && (
          <p class="small">
            Saved as <strong>{state.filename}</strong> in your Downloads folder.
          </p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          The court page did not answer, so nothing was copied. Reload the court page, then try again.
        </p>
      )}
      {state.kind === 'preview' && (
        <div class="preview" ref={box}>
          <h3 id="preview-h" ref={heading} tabIndex={-1}>
            Look before you save
          </h3>
          <p class="small">
            <strong>{recognisedLine(state.capture)}.</strong> This is exactly what the file will hold. Typed values,
            names, usernames and case numbers were removed. If you still see anything private, press Cancel.
          </p>
          {/* Text, never HTML: the page's markup is shown, not run or drawn. */}
          <pre tabIndex={0} aria-label={`The file ${state.capture.filename}, as it will be saved`}>
            {state.capture.html}
          </pre>
          <div class="buttons">
            <button
              type="button"
              onClick={() => {
                download(state.capture.html, state.capture.filename);
                setState({ kind: 'saved', filename: state.capture.filename });
              }}
            >
              Save file
            </button>
            <button type="button" class="secondary" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
