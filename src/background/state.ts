// Linking progress, per court, in storage.session: it survives reloads and
// the redirects between the PACER login host and the court's CM/ECF host, and
// is cleared when the browser closes. It holds step ids and flags only.
import { browser } from 'wxt/browser';
import { NEW_PROGRESS, type CourtProgress } from '../guide/decide';
import type { Flag } from '../messages';
import type { ScreenId } from '../recognize/types';

const KEY = 'linkGuide';

export interface TabPage {
  screen: ScreenId;
  /** Flag ids the page raised (never the names or usernames behind them). */
  flags: Flag[];
}

export interface State {
  courts: Record<string, CourtProgress>;
  /** The court each tab is linking in, for login pages that do not name one. */
  tabs: Record<string, string>;
  /** What each court tab shows now, for the popup. */
  pages: Record<string, TabPage>;
}

export async function load(): Promise<State> {
  const got = await browser.storage.session.get(KEY);
  const s = got[KEY] as State | undefined;
  return { courts: s?.courts ?? {}, tabs: s?.tabs ?? {}, pages: s?.pages ?? {} };
}

let queue: Promise<unknown> = Promise.resolve();

/** Whether a linking session is active in any court. */
export function anySessionActive(s: State): boolean {
  return Object.values(s.courts).some((p) => p.active);
}

type ActivityListener = (active: boolean) => void | Promise<void>;
let activityListener: ActivityListener | undefined;

/**
 * Called, after the write, when a change turns the first session on or the
 * last one off (src/background/registration.ts widens or narrows where the
 * content script runs). Awaited: whoever changed the state (the popup's
 * Start) hears back once the content script's registration follows.
 */
export function onActivityChange(listener: ActivityListener): void {
  activityListener = listener;
}

/**
 * Reads, changes and writes the state, one change at a time: two tabs
 * reporting at once must not lose each other's progress.
 */
export function withState<T>(change: (s: State) => T | Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const s = await load();
    const before = JSON.stringify(s);
    const wasActive = anySessionActive(s);
    const result = await change(s);
    // Most pages change nothing (a PACER-only user browsing dockets): no write.
    if (JSON.stringify(s) !== before) await browser.storage.session.set({ [KEY]: s });
    const active = anySessionActive(s);
    if (active !== wasActive) await Promise.resolve(activityListener?.(active)).catch(() => undefined);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function progressOf(s: State, court: string): CourtProgress {
  return s.courts[court] ?? { ...NEW_PROGRESS, reached: [] };
}

/** The court of the only active session, if exactly one is active. */
export function soleActiveCourt(s: State): string | null {
  const active = Object.entries(s.courts).filter(([, p]) => p.active);
  return active.length === 1 ? active[0]![0] : null;
}
