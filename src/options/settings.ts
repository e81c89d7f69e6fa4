// The attorney's (or firm IT's) settings for the warnings raised on court
// pages (src/recognize/flags.ts): which PACER usernames and account names
// are shared firm accounts, and whether to hint when a username looks like
// the wrong kind. Read by the content script, written by the options page.
// Usernames and names are compared on the page only: never sent anywhere.
// Firm IT will set the same fields by managed policy (storage.managed) later.
import { browser } from 'wxt/browser';

/** The browser.storage.local key. */
export const SETTINGS_KEY = 'settings';

export interface Settings {
  /** Lower-cased, trimmed, no empty entries. */
  sharedUsernames: string[];
  /** Trimmed, inner spaces collapsed, no empty entries (compared case-insensitively on the page). */
  sharedAccountNames: string[];
  /** Hint when a username has the shape of the other kind (CM/ECF vs PACER). */
  usernameHint: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sharedUsernames: [],
  sharedAccountNames: [],
  usernameHint: true,
});

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const unique = (xs: string[]) => [...new Set(xs)];

export function normalizeUsernames(xs: readonly string[]): string[] {
  return unique(xs.map((x) => clean(x).toLowerCase()).filter(Boolean));
}

export function normalizeNames(xs: readonly string[]): string[] {
  return unique(xs.map(clean).filter(Boolean));
}

/** A textarea's text, one entry per line. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Settings from whatever is stored: each field of the wrong type (or
 * missing) falls back to its default, whole (a list with one non-string in
 * it is not half-trusted); the right type is normalised.
 */
export function parseSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    sharedUsernames: isStrings(r.sharedUsernames) ? normalizeUsernames(r.sharedUsernames) : [...DEFAULT_SETTINGS.sharedUsernames],
    sharedAccountNames: isStrings(r.sharedAccountNames) ? normalizeNames(r.sharedAccountNames) : [...DEFAULT_SETTINGS.sharedAccountNames],
    usernameHint: typeof r.usernameHint === 'boolean' ? r.usernameHint : DEFAULT_SETTINGS.usernameHint,
  };
}

/** Where settings live; a parameter so that tests can pass a stand-in. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const local = (): SettingsArea => browser.storage.local as unknown as SettingsArea;

/** The stored settings, defaults filled; the defaults when storage cannot be read. */
export async function readSettings(area: Pick<SettingsArea, 'get'> = local()): Promise<Settings> {
  try {
    const got = await area.get(SETTINGS_KEY);
    return parseSettings(got?.[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** Normalises and stores; returns what was stored. */
export async function writeSettings(settings: Settings, area: Pick<SettingsArea, 'set'> = local()): Promise<Settings> {
  const stored = parseSettings(settings);
  await area.set({ [SETTINGS_KEY]: stored });
  return stored;
}
