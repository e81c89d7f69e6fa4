// The popup's only contact with the browser: the active tab, the messages to
// the background, the court last chosen. Every call settles: a background
// that is asleep, restarting or broken gives `null` after a while, never an
// exception the popup would have to show as a stack trace (issue 8).
import { browser } from 'wxt/browser';
import type { ToBackground } from '../messages';
import type { EffectiveSettings } from '../policy/effective';
import { readEffectiveSettings } from '../policy/read';
import { classifyHost } from '../recognize/context';

/** Long enough for a service worker to wake up; short enough that nobody stares at "Loading". */
const ANSWER_MS = 5000;

/** The background's answer, or null when it does not answer (no listener, an error, too slow). */
export async function ask(msg: ToBackground, ms = ANSWER_MS): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      Promise.resolve(browser.runtime.sendMessage(msg)),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms))),
    ]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export interface TabInfo {
  id: number | null;
  /** The court of the tab's address (a court website or CM/ECF host), if any. */
  court: string | null;
}

function courtOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return classifyHost(new URL(url))[1];
  } catch {
    return null;
  }
}

/** The tab the popup is about: the active one, or `tabId` when a test names it. */
export async function aboutTab(tabId: number | null): Promise<TabInfo> {
  try {
    if (tabId !== null) {
      const tab = await browser.tabs.get(tabId);
      return { id: tabId, court: courtOf(tab.url) };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // Only web pages: the popup opened as a tab (tests) is not a court page.
    const web = !!tab?.url && /^https?:/i.test(tab.url);
    return { id: web && tab?.id !== undefined ? tab.id : null, court: web ? courtOf(tab?.url) : null };
  } catch {
    return { id: tabId, court: null };
  }
}

/**
 * The court chosen from the directory last time: the PACER login pages
 * (pacer.login.uscourts.gov) name no court in their address, and an attorney
 * half-way through linking should not have to pick the court again there.
 */
const LAST_COURT_KEY = 'popupLastCourt';

export async function lastCourt(): Promise<string | null> {
  try {
    const got = await browser.storage.local.get(LAST_COURT_KEY);
    const v = got[LAST_COURT_KEY];
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

export async function rememberCourt(court: string): Promise<void> {
  try {
    await browser.storage.local.set({ [LAST_COURT_KEY]: court });
  } catch {
    // Not remembered: the attorney picks it again next time.
  }
}

export async function openSettings(): Promise<void> {
  try {
    // A tab of its own (open_in_tab): the browser closes the popup as it takes focus.
    await browser.runtime.openOptionsPage();
  } catch {
    // No options page (never in our builds): nothing to open.
  }
}

/**
 * The settings in effect, the firm's policy merged in (src/policy): the
 * firm's help contact, the courts to offer, the default court, whether to
 * offer the page capture. Null when they cannot be read: the popup then
 * behaves as without a policy (the background still refuses a capture the
 * firm turned off).
 */
export async function effectiveSettings(): Promise<EffectiveSettings | null> {
  try {
    return (await readEffectiveSettings()).settings;
  } catch {
    return null;
  }
}
