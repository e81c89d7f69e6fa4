// Runs the recogniser on the live page and records its answer where tests
// and testers' tools can read it: the `data-link-guide` attribute of <html>,
// holding the JSON the command line prints. It is invisible; the guide's
// overlay (issue 3) builds on the same answer.
//
// JSF pages open their dialogs by script after load (the redaction
// agreement, the linking instructions), so the page is looked at again when
// the DOM changes, at most once per RECHECK_MS, and never sooner than
// RECHECK_COST_FACTOR times what the last look took: on an ordinary page one
// look takes well under a millisecond and nothing changes, while on a huge
// page that changes all the time (30,000 rows on the login host, issue 10
// item 7) the guide's share of the page's main thread stays under about
// 1 / RECHECK_COST_FACTOR instead of growing with the page.
import { recognize, toJson, type Recognition } from '../recognize';

export const ATTRIBUTE = 'data-link-guide';
const RECHECK_MS = 150;
export const RECHECK_COST_FACTOR = 30;
// What shows or hides a dialog, a field or a menu; our own attribute is not
// in the list, so writing it never wakes the observer.
const WATCHED_ATTRIBUTES = ['style', 'class', 'hidden', 'aria-hidden', 'checked', 'disabled'];

export function recordOnce(doc: Document, href: string): { recognition: Recognition; answer: string } {
  const recognition = recognize(doc, href);
  const answer = JSON.stringify(toJson(recognition));
  if (doc.documentElement.getAttribute(ATTRIBUTE) !== answer) doc.documentElement.setAttribute(ATTRIBUTE, answer);
  return { recognition, answer };
}

/**
 * Records now and after DOM changes until `signal` aborts, and calls
 * `onChange` whenever the answer differs from the last one. Never throws
 * into the page.
 */
export function startRecording(
  doc: Document,
  loc: { href: string },
  signal: AbortSignal,
  onChange: (r: Recognition) => void = () => {},
): { recheck(force?: boolean): void } {
  let last = '';
  /** How long the last look took, ms. */
  let cost = 0;
  const safely = (force = false) => {
    const started = performance.now();
    try {
      const { recognition, answer } = recordOnce(doc, loc.href);
      if (answer !== last || force) {
        last = answer;
        onChange(recognition);
      }
    } catch {
      // Nothing reaches the court page's console.
    }
    cost = performance.now() - started;
  };
  safely();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        if (!signal.aborted) safely();
      }, Math.max(RECHECK_MS, cost * RECHECK_COST_FACTOR));
    }
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    doc.documentElement.removeAttribute(ATTRIBUTE);
  });
  return { recheck: (force) => safely(force) };
}
