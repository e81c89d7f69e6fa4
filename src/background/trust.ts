// Who may tell the background what (issue 10 item 5). Every context of the
// extension can message the background: its own pages (popup, options), and
// its content script, which runs in court pages next to the page's own
// scripts and shares the extension's id. So the background trusts a message
// only from the sender that has a reason to send it, and only with values it
// knows:
//
//  - The popup's and options page's messages (start, status, capture)
//    only from the extension's own pages: an address under the extension's
//    own base URL, either with no tab (the toolbar popup) or as the top
//    document of its tab. Code in a content-script world cannot start a
//    session, read another court's status or capture another tab.
//  - The content script's messages (screen, flags, dismiss, settings) only
//    from the top frame of a tab whose address is a court page the content
//    script runs on (src/content/hosts.ts), classified here from the
//    browser's own sender.url, never from what the message says. A court in
//    the message must be the court of that host where the host names one
//    (ecf., ecf-train., www.); a step must be one of that court's profile.
//  - stop: from either (the popup's "Stop the guide", the overlay's "Stop
//    guiding for this court"); from a court page, for the host's court only.
//    It only ever turns guidance off.
//
// Anything else: undefined, silently (the sender learns nothing).
import { contentScriptRunsAt } from '../content/hosts';
import { CONTENT_MESSAGES, parseToBackground, SHARED_MESSAGES, UI_MESSAGES, UNKNOWN_PAGE_STEP, type ToBackground } from '../messages';
import { profileFor } from '../profiles';
import { classifyHost, type HostKind } from '../recognize/context';

/** What the browser says about a message's sender (runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** The court page a content-script message came from, as the background classifies its address. */
export interface PageHost {
  kind: Exclude<HostKind, 'other'>;
  /** The court the host names (ecf./www. hosts), null on the PACER login hosts. */
  court: string | null;
}

export type Accepted =
  | { from: 'ui'; msg: ToBackground }
  | { from: 'page'; msg: ToBackground; tabId: number; frameId: number; page: PageHost };

const UI: ReadonlySet<string> = new Set(UI_MESSAGES);
const CONTENT: ReadonlySet<string> = new Set(CONTENT_MESSAGES);
const SHARED: ReadonlySet<string> = new Set(SHARED_MESSAGES);
const fromOwnPage = (sender: Sender, base: string) =>
  typeof sender.url === 'string' &&
  sender.url.startsWith(base) &&
  // The toolbar popup has no tab. The same page opened in a tab of its own
  // (the tests do; so can a user) is that tab's top document; an extension
  // page inside another page's frame is not one of ours at work (the
  // extension has no web-accessible resources: no web page can frame them).
  (sender.tab === undefined || sender.frameId === 0);

/** A court page the content script runs on: its kind and court, else null. */
export function pageHostOf(url: string | undefined): PageHost | null {
  if (!url || !contentScriptRunsAt(url)) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const [kind, court] = classifyHost(u);
  return kind === 'other' ? null : { kind, court };
}

const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * The message and where it came from, when `sender` may send it and every
 * field holds a known value; null otherwise. `extensionBase`:
 * browser.runtime.getURL('/'), `extensionId`: browser.runtime.id.
 */
export function accept(raw: unknown, sender: Sender, extensionId: string, extensionBase: string): Accepted | null {
  if (!sender || sender.id !== extensionId) return null;
  const msg = parseToBackground(raw);
  if (!msg) return null;
  if (UI.has(msg.type) || (SHARED.has(msg.type) && fromOwnPage(sender, extensionBase))) {
    if (!fromOwnPage(sender, extensionBase)) return null;
    if ((msg.type === 'start' || msg.type === 'stop' || msg.type === 'status') && !profileFor(msg.court)) return null;
    return { from: 'ui', msg };
  }
  if (!CONTENT.has(msg.type) && !SHARED.has(msg.type)) return null;
  const tabId = sender.tab?.id;
  // The content script runs in top frames only.
  if (!isTabId(tabId) || sender.frameId !== 0) return null;
  const page = pageHostOf(sender.url);
  if (!page) return null;
  const agrees = (court: string) => page.court === null || page.court === court;
  if (msg.type === 'screen' && msg.court !== null && (!profileFor(msg.court) || !agrees(msg.court))) return null;
  if (msg.type === 'stop' && (!profileFor(msg.court) || !agrees(msg.court))) return null;
  if (msg.type === 'dismiss') {
    const profile = profileFor(msg.court);
    if (!profile || !agrees(msg.court)) return null;
    if (msg.stepId !== UNKNOWN_PAGE_STEP && !profile.steps.some((s) => s.id === msg.stepId)) return null;
  }
  return { from: 'page', msg, tabId, frameId: 0, page };
}
