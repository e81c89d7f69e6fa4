// Runs the recogniser on the live page and records its answer: for the
// extension's own scripts in the isolated world (the tester's capture asks
// whether this page was recognised), and, in test builds only
// (src/content/test-hooks.ts), where tests and testers' tools can read it:
// the `data-link-guide` attribute of <html>, holding the JSON the command
// line prints. The store build writes nothing a page could read. The guide's
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
import { isolatedSlot } from './isolated';
import { TEST_HOOKS } from './test-hooks';

export const ATTRIBUTE = 'data-link-guide';
const RECHECK_MS = 150;
export const RECHECK_COST_FACTOR = 30;
// What shows or hides a dialog, a field or a menu; our own attribute is not
// in the list, so writing it never wakes the observer.
const WATCHED_ATTRIBUTES = ['style', 'class', 'hidden', 'aria-hidden', 'checked', 'disabled'];

/** The last answer recorded in this world, and for which document. */
export interface Recorded {
  document: Document;
  answer: string;
}
const recorded = isolatedSlot(
  'recorded',
  (v): v is Recorded => typeof v === 'object' && v !== null && typeof (v as Recorded).answer === 'string' && 'document' in v,
);

/** What the content script recorded for `doc` in this world, or null (not run, stopped, another page). */
export function recordedFor(doc: Document): string | null {
  const r = recorded.get();
  return r && r.document === doc ? r.answer : null;
}

export function recordOnce(doc: Document, href: string): { recognition: Recognition; answer: string } {
  const recognition = recognize(doc, href);
  const answer = JSON.stringify(toJson(recognition));
  recorded.set({ document: doc, answer });
  if (TEST_HOOKS && doc.documentElement.getAttribute(ATTRIBUTE) !== answer) doc.documentElement.setAttribute(ATTRIBUTE, answer);
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
    if (recorded.get()?.document === doc) recorded.set(undefined);
    if (TEST_HOOKS) doc.documentElement.removeAttribute(ATTRIBUTE);
  });
  return { recheck: (force) => safely(force) };
}
