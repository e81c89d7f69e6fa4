// The attorney's (or firm IT's) settings for the warnings raised on court
// pages (src/recognize/flags.ts): which PACER usernames and account names
// are shared firm accounts, and whether to hint when a username looks like
// the wrong kind. Read by the content script, written by the options page.
// Usernames and names are compared on the page only: never sent anywhere.
// Firm IT sets the same fields, and more, by managed policy (src/policy):
// what applies is the merge of the two (src/policy/effective.ts).
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

/**
 * What the user chose on the options page, field by field: a field is
 * present only when the user set it, so that a firm's default (an unlocked
 * policy) applies to everything the user left alone.
 */
export interface UserSettings {
  sharedUsernames?: string[];
  sharedAccountNames?: string[];
  usernameHint?: boolean;
  /** The guide starts by itself on the screens only someone linking sees. */
  autoStart?: boolean;
  /** The popup offers "Save this page for testers". */
  pageCapture?: boolean;
}

export const USER_BOOLEANS = ['usernameHint', 'autoStart', 'pageCapture'] as const;
export type UserBoolean = (typeof USER_BOOLEANS)[number];

/** The stored user settings, each field kept only when present and of the right type (normalised). */
export function parseUserSettings(raw: unknown): UserSettings {
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const out: UserSettings = {};
  if (isStrings(r.sharedUsernames)) out.sharedUsernames = normalizeUsernames(r.sharedUsernames);
  if (isStrings(r.sharedAccountNames)) out.sharedAccountNames = normalizeNames(r.sharedAccountNames);
  for (const k of USER_BOOLEANS) if (typeof r[k] === 'boolean') out[k] = r[k];
  return out;
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

/** The user's own settings; nothing when storage cannot be read. */
export async function readUserSettings(area: Pick<SettingsArea, 'get'> = local()): Promise<UserSettings> {
  try {
    const got = await area.get(SETTINGS_KEY);
    return parseUserSettings(got?.[SETTINGS_KEY]);
  } catch {
    return {};
  }
}

/** Normalises and stores the user's own settings (only the fields given); returns what was stored. */
export async function writeUserSettings(settings: UserSettings, area: Pick<SettingsArea, 'set'> = local()): Promise<UserSettings> {
  const stored = parseUserSettings(settings);
  await area.set({ [SETTINGS_KEY]: stored });
  return stored;
}
