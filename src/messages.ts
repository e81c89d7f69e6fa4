// Messages between the content script, the popup and the background. The
// background owns all state; the content script only reports what screen it
// sees (never anything typed) and draws what it is told.
import { SCREEN_IDS, type ScreenId } from './recognize/types';
import type { GuideView } from './overlay';
import type { SourcedText, TextSource } from './profiles/source';

/**
 * Warnings raised on the page (src/recognize/flags.ts). Only these ids ever
 * leave the page: never the names or usernames that raised them. The one
 * list the background accepts flags from: a new flag is a new entry here.
 */
export const FLAG_IDS = [
  'shared-firm-account',
  'name-mismatch',
  'cmecf-username-on-pacer-login',
  'pacer-username-on-cmecf-login',
  /** link-confirm whose two account names could not be read: the user is asked to compare them. */
  'names-unreadable',
  /** a legacy (not upgraded) PACER username typed on a PACER login. */
  'legacy-pacer-username',
] as const;
export type Flag = (typeof FLAG_IDS)[number];

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
  /** overlayLoaded false: the page has a warning to show and not yet the overlay's code (guide-client.ts). */
  | { type: 'flags'; flags: Flag[]; overlayLoaded?: boolean }
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

/** The step id of the view shown on a court page the guide does not know (src/background/handle.ts). */
export const UNKNOWN_PAGE_STEP = 'unknown-page';

/** Sent only by the extension's own pages (the popup, the options page). */
export const UI_MESSAGES = ['start', 'status', 'capture'] as const;
/** Sent only by the content script, from a court page. */
export const CONTENT_MESSAGES = ['screen', 'flags', 'dismiss', 'settings'] as const;
/**
 * Sent by both: the popup's "Stop the guide", and the overlay's "Stop
 * guiding for this court" (from a court page, for that page's court only).
 */
export const SHARED_MESSAGES = ['stop'] as const;

/** Longest label of a recognised target the background takes (the longest real one is about 100 characters). */
export const MAX_LABEL = 300;
/** Longest court id or step id. */
const MAX_ID = 64;

const SCREENS: ReadonlySet<string> = new Set(SCREEN_IDS);
const FLAGS: ReadonlySet<string> = new Set(FLAG_IDS);

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID && /^[a-z0-9-]+$/.test(v);
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isOptBool = (v: unknown): v is boolean | undefined => v === undefined || typeof v === 'boolean';

function flagsOf(v: unknown): Flag[] | null {
  if (!Array.isArray(v) || v.length > FLAG_IDS.length) return null;
  if (!v.every((f) => typeof f === 'string' && FLAGS.has(f))) return null;
  return [...new Set(v as Flag[])];
}

/**
 * The message, rebuilt from its known fields only, when every field has a
 * value it may have: a screen id of SCREEN_IDS, flag ids of FLAG_IDS,
 * lower-case ids, a tab id that is a non-negative integer, a label of at most
 * MAX_LABEL characters. Anything else: null. (Whether a court is in the
 * directory and a step in its profile, and who may send what, the
 * background checks: src/background/trust.ts.)
 */
export function parseToBackground(m: unknown): ToBackground | null {
  if (!m || typeof m !== 'object' || Array.isArray(m)) return null;
  const r = m as Record<string, unknown>;
  switch (r.type) {
    case 'screen': {
      const flags = flagsOf(r.flags);
      if (typeof r.screen !== 'string' || !SCREENS.has(r.screen) || !flags) return null;
      if (r.court !== null && !isId(r.court)) return null;
      if (r.targetLabel !== null && !(typeof r.targetLabel === 'string' && r.targetLabel.length <= MAX_LABEL)) return null;
      if (!isOptBool(r.overlayLoaded)) return null;
      return {
        type: 'screen',
        screen: r.screen as ScreenId,
        court: r.court,
        targetLabel: r.targetLabel,
        flags,
        ...(r.overlayLoaded === undefined ? {} : { overlayLoaded: r.overlayLoaded }),
      };
    }
    case 'flags': {
      const flags = flagsOf(r.flags);
      if (!flags) return null;
      return typeof r.overlayLoaded === 'boolean' ? { type: 'flags', flags, overlayLoaded: r.overlayLoaded } : { type: 'flags', flags };
    }
    case 'dismiss':
      return isId(r.court) && isId(r.stepId) ? { type: 'dismiss', court: r.court, stepId: r.stepId } : null;
    case 'start':
    case 'stop':
      return isId(r.court) ? { type: r.type, court: r.court } : null;
    case 'status':
      if (!isId(r.court) || !(r.tabId === undefined || isTabId(r.tabId))) return null;
      return { type: 'status', court: r.court, ...(r.tabId === undefined ? {} : { tabId: r.tabId }) };
    case 'capture':
      return isTabId(r.tabId) ? { type: 'capture', tabId: r.tabId } : null;
    case 'settings':
      return isOptBool(r.fresh) ? { type: 'settings', ...(r.fresh === undefined ? {} : { fresh: r.fresh }) } : null;
    default:
      return null;
  }
}

/** Whether `m` is a well-formed message to the background (parseToBackground says why not). */
export function isToBackground(m: unknown): m is ToBackground {
  return parseToBackground(m) !== null;
}
