// What applies: the firm's policy (validated, src/policy/schema.ts) merged
// with the user's own settings (src/options/settings.ts), each setting with
// where its value came from. Pure: the reader (./read.ts) feeds it, the
// background, the popup and the options page use what it returns.
//
// The rules (docs/deploying.md says the same to firm IT):
//  - a key the policy did not set, or set invalidly (ignored, with the
//    reason), is as if absent: the user's value, else the default;
//  - lockSettings true: each key the policy set is the firm's value, full
//    stop; the user's own value for it is kept in storage but not used;
//  - lockSettings false or absent: for usernameHint, autoStart and
//    pageCapture the policy is the firm's default, and a value the user
//    chose wins; for the two lists the firm's entries always apply and the
//    user's own are added (union);
//  - helpContact, courts, defaultCourt and lockSettings are the firm's
//    alone: the user has no setting for them.
import { DEFAULT_SETTINGS, normalizeNames, normalizeUsernames, type Settings, type UserSettings } from '../options/settings';
import { POLICY_KEY_NAMES, type HelpContact, type Ignored, type PolicyKey, type PolicyReport } from './schema';

/** Keys in the schema's order, then any others alphabetically: the same list whatever order a browser delivers them in (Chromium sorts, Firefox keeps the file's). */
const keyOrder = (a: string, b: string) => {
  const [i, j] = [POLICY_KEY_NAMES.indexOf(a as PolicyKey), POLICY_KEY_NAMES.indexOf(b as PolicyKey)];
  if (i >= 0 && j >= 0) return i - j;
  if (i >= 0 || j >= 0) return i >= 0 ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

export type Source = 'default' | 'user' | 'policy';

/** The words the options page uses for each source. */
export const SOURCE_LABEL: Readonly<Record<Source, string>> = Object.freeze({
  default: 'Default',
  user: 'Set by you',
  policy: 'Set by your firm (policy)',
});

export interface Setting<T> {
  value: T;
  source: Source;
  /** The firm set it and locked it: the user cannot change it. */
  locked: boolean;
  /** Why the firm's value for this setting was ignored (then it is as if the firm had not set it). */
  ignored?: string[];
}

export interface FlagSetting extends Setting<boolean> {
  /** What applies when the user has not chosen: the firm's value, else the default. */
  inherited: boolean;
}

export interface ListSetting extends Setting<string[]> {
  /** The firm's entries (always applied). */
  firm: string[];
  /** The user's own entries that apply (none while locked). */
  mine: string[];
}

export interface EffectiveSettings {
  helpContact: Setting<HelpContact | null>;
  sharedUsernames: ListSetting;
  sharedAccountNames: ListSetting;
  usernameHint: FlagSetting;
  pageCapture: FlagSetting;
  autoStart: FlagSetting;
  /** null: every court of the directory. */
  courts: Setting<string[] | null>;
  defaultCourt: Setting<string | null>;
  lockSettings: Setting<boolean>;
}

export interface Effective {
  settings: EffectiveSettings;
  /** Every part of the policy that was ignored, unknown keys included, with its reason. */
  ignored: Ignored[];
  /** The keys the policy set (validly). */
  policyKeys: PolicyKey[];
}

export const DEFAULTS = Object.freeze({
  ...DEFAULT_SETTINGS,
  autoStart: true,
  pageCapture: true,
});

export function effectiveSettings(policy: PolicyReport, user: UserSettings): Effective {
  const p = policy.values;
  const locked = p.lockSettings === true;
  const reasons = (key: PolicyKey) => {
    const r = policy.ignored.filter((i) => i.key === key).map((i) => i.reason);
    return r.length ? { ignored: r } : {};
  };

  const flag = (key: 'usernameHint' | 'autoStart' | 'pageCapture'): FlagSetting => {
    const firm = p[key];
    const mine = user[key];
    const inherited = firm ?? DEFAULTS[key];
    if (firm !== undefined && (locked || mine === undefined)) return { value: firm, source: 'policy', locked, inherited, ...reasons(key) };
    if (mine !== undefined) return { value: mine, source: 'user', locked: false, inherited, ...reasons(key) };
    return { value: inherited, source: 'default', locked: false, inherited, ...reasons(key) };
  };

  const list = (key: 'sharedUsernames' | 'sharedAccountNames', normalize: (xs: string[]) => string[]): ListSetting => {
    const firm = p[key];
    const own = user[key] ?? [];
    if (firm !== undefined) {
      const mine = locked ? [] : own.filter((x) => !firm.includes(x));
      return { value: normalize([...firm, ...mine]), source: 'policy', locked, firm, mine, ...reasons(key) };
    }
    if (user[key] !== undefined && own.length) return { value: own, source: 'user', locked: false, firm: [], mine: own, ...reasons(key) };
    return { value: [], source: 'default', locked: false, firm: [], mine: [], ...reasons(key) };
  };

  const firmOnly = <K extends 'helpContact' | 'courts' | 'defaultCourt' | 'lockSettings'>(
    key: K,
    fallback: NonNullable<EffectiveSettings[K]['value']> | null,
  ) => {
    const firm = p[key];
    return (
      firm !== undefined
        ? { value: firm, source: 'policy', locked: false, ...reasons(key) }
        : { value: fallback, source: 'default', locked: false, ...reasons(key) }
    ) as EffectiveSettings[K];
  };

  return {
    settings: {
      helpContact: firmOnly('helpContact', null),
      sharedUsernames: list('sharedUsernames', normalizeUsernames),
      sharedAccountNames: list('sharedAccountNames', normalizeNames),
      usernameHint: flag('usernameHint'),
      pageCapture: flag('pageCapture'),
      autoStart: flag('autoStart'),
      courts: firmOnly('courts', null),
      defaultCourt: firmOnly('defaultCourt', null),
      lockSettings: firmOnly('lockSettings', false),
    },
    ignored: [...policy.ignored].sort((a, b) => keyOrder(a.key, b.key)),
    policyKeys: (Object.keys(p) as PolicyKey[]).sort(keyOrder),
  };
}

/** What the content script needs on a court page: the settings of the warnings. */
export function pageSettings(e: Effective): Settings {
  return {
    sharedUsernames: e.settings.sharedUsernames.value,
    sharedAccountNames: e.settings.sharedAccountNames.value,
    usernameHint: e.settings.usernameHint.value,
  };
}
