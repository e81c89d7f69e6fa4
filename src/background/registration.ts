// The content script costs nothing while nobody is linking (issue 11 item 3).
// It is registered at run time, in two parts that never overlap:
//
//  - IDLE ('link-guide-idle'): where linking can begin (src/content/hosts.ts
//    idleMatches): the PACER login hosts and the link utility's CM/ECF
//    pages. Always registered, persisted across browser restarts.
//  - SESSION ('link-guide-session'): every other court page of the flow
//    (sessionMatches, minus the idle ones as excludeMatches). Registered only
//    while a session is active in some court, and not persisted: the
//    sessions live in storage.session, which the browser clears when it
//    closes, so after a restart there is no session and no such script.
//
// The background brings the registration in line with the state on every
// start of its worker, on install/update and browser start-up, and whenever
// a change of state turns the first session on or the last one off
// (src/background/state.ts onActivityChange).
import { browser } from 'wxt/browser';
import { idleMatches, sessionMatches } from '../content/hosts';
import { showSessionState } from './icon';

export const IDLE_ID = 'link-guide-idle';
export const SESSION_ID = 'link-guide-session';
/** WXT's output for entrypoints/content.ts (registration: 'runtime'). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

type Registered = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

function idleScript(): Registered {
  return { id: IDLE_ID, js: [CONTENT_SCRIPT_FILE], matches: idleMatches(), runAt: 'document_idle', persistAcrossSessions: true };
}

function sessionScript(): Registered {
  return {
    id: SESSION_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: sessionMatches(),
    excludeMatches: idleMatches(),
    runAt: 'document_idle',
    persistAcrossSessions: false,
  };
}

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);

function upToDate(have: Registered, want: Registered): boolean {
  return (
    same(have.js, want.js) &&
    same(have.matches, want.matches) &&
    same(have.excludeMatches, want.excludeMatches) &&
    have.runAt === want.runAt &&
    // Firefox omits the default (true) in what it reports.
    (have.persistAcrossSessions ?? true) === want.persistAcrossSessions
  );
}

async function ensure(want: Registered, registered: Registered[]): Promise<void> {
  const have = registered.find((r) => r.id === want.id);
  if (!have) await browser.scripting.registerContentScripts([want]);
  else if (!upToDate(have, want)) {
    // persistAcrossSessions cannot always be changed in place: a fresh registration.
    await browser.scripting.unregisterContentScripts({ ids: [want.id] });
    await browser.scripting.registerContentScripts([want]);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Registers the idle part, and the session part exactly when `active`; the
 * toolbar icon follows (greyed when not). One
 * change at a time; an error (the browser refusing) is reported to the
 * caller's catch, the next call tries again. `active` may be a question
 * asked in turn (whether a session is on now): then calls that race, such
 * as the worker's start-up sync and a Start that woke it, end with the
 * state as it is last, not as the slower reader saw it.
 */
export function syncRegistration(active: boolean | (() => Promise<boolean>)): Promise<void> {
  const run = queue.then(async () => {
    if (typeof active === 'function') active = await active();
    const registered = (await browser.scripting.getRegisteredContentScripts()) as Registered[];
    // Anything else under our name (an older version's id) goes.
    const stale = registered.filter((r) => r.id !== IDLE_ID && r.id !== SESSION_ID).map((r) => r.id);
    if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
    await ensure(idleScript(), registered);
    if (active) await ensure(sessionScript(), registered);
    else if (registered.some((r) => r.id === SESSION_ID)) await browser.scripting.unregisterContentScripts({ ids: [SESSION_ID] });
    // The toolbar icon says which of the two it is (src/background/icon.ts).
    await showSessionState(active);
  });
  queue = run.catch(() => undefined);
  return run;
}
