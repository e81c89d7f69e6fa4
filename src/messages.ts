// Messages between the content script, the popup and the background. The
// background owns all state; the content script only reports what screen it
// sees (never anything typed) and draws what it is told.
import type { ScreenId } from './recognize/types';
import type { GuideView } from './overlay';
import type { SourcedText, TextSource } from './profiles/source';

/**
 * Warnings raised on the page (src/recognize/flags.ts). Only these ids ever
 * leave the page: never the names or usernames that raised them.
 */
export type Flag =
  | 'shared-firm-account'
  | 'name-mismatch'
  | 'cmecf-username-on-pacer-login'
  | 'pacer-username-on-cmecf-login';

export type ToBackground =
  | {
      type: 'screen';
      screen: ScreenId;
      court: string | null;
      targetLabel: string | null;
      flags: Flag[];
      /** Whether the page already holds the overlay's code; if not, an answer with a view brings it. */
      overlayLoaded?: boolean;
    }
  | { type: 'flags'; flags: Flag[] }
  | { type: 'dismiss'; court: string; stepId: string }
  | { type: 'start'; court: string }
  | { type: 'stop'; court: string }
  /** tabId: the court page the popup is about (the active tab), for its flags. */
  | { type: 'status'; court: string; tabId?: number }
  /** From the popup: a sanitised copy of the court page in that tab. */
  | { type: 'capture'; tabId: number }
  /**
   * From the content script: the settings of the page's warnings, the firm's
   * policy merged in (a Settings). `fresh`: storage has just said they
   * changed; read them again rather than from the background's cache.
   */
  | { type: 'settings'; fresh?: boolean };

/** refresh: look at the page again (a session started or stopped); settings-changed: ask for the settings again. */
export type ToContent = { type: 'refresh' } | { type: 'settings-changed' };

/** A sanitised court page, ready to save as a fixture (src/capture). */
/** The background's answer to a capture the firm's policy turned off (pageCapture: false). */
export const CAPTURE_REFUSED = Object.freeze({ refused: 'pageCapture' as const });

export interface CaptureReply {
  /** The whole file: a "saved from url" mark, the sanitised HTML. */
  html: string;
  /** The page's address, sanitised the same way. */
  url: string;
  /** What the recogniser makes of the page, as the command line would print it. */
  screen: ScreenId;
  court: string | null;
  /** A file name to offer: "ctb-link-form.html". */
  filename: string;
}

export interface ScreenReply {
  view: GuideView | null;
  /** Which credentials the current step's page takes (the username hint compares with it). */
  credentials?: 'pacer' | 'cmecf';
}

export interface StatusReply {
  court: string;
  courtName: string;
  active: boolean;
  done: boolean;
  /** The user stopped the guide for this court. */
  stopped: boolean;
  current: string | null;
  /**
   * Main steps (branch: false) make the checklist; branches show only when
   * current. Titles are the extension's summaries (general advice);
   * optional: the court's guide says the step may not appear.
   */
  steps: Array<{ id: string; title: string; number: number; branch: boolean; optional?: boolean; reached: boolean }>;
  /** From the court's profile, each with its source: what to have ready, who to call, where to look. */
  ready: SourcedText[];
  /** `about`: what the court's guide says the contact is for. */
  contacts: Array<{ label: string; email?: string; phone?: string; url?: string; source?: TextSource; about?: SourcedText }>;
  links: Array<{ label: string; url: string; source?: TextSource }>;
  notes: SourcedText[];
  /** What to try when the filing menus do not appear after linking. */
  troubleshooting: SourcedText[];
  /** Warnings raised on the page in the tab the popup was asked about. */
  flags: Flag[];
  /** That tab's page, and whether it can be captured (a court page the content script runs on). */
  tab: { id: number; screen: ScreenId | null; capturable: boolean } | null;
}

export function isToBackground(m: unknown): m is ToBackground {
  if (!m || typeof m !== 'object') return false;
  const t = (m as { type?: unknown }).type;
  return t === 'screen' || t === 'flags' || t === 'dismiss' || t === 'start' || t === 'stop' || t === 'status' || t === 'capture' || t === 'settings';
}
