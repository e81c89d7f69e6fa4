// Where the content script runs. The background registers it at run time
// (src/background/registration.ts; entrypoints/content.ts is
// `registration: 'runtime'`), with match patterns built here from the court
// directory: one exact host per pattern, so no wildcard and no include glob
// can over-match (issue 10 item 4).
//
//  - While someone is linking (a session active in any court): every court
//    host of the flow, SESSION_MATCHES: ecf., ecf-train. and www. of each
//    district and bankruptcy court of the directory, and the PACER login
//    hosts.
//  - Otherwise (issue 11 item 3), only where linking can begin, IDLE_MATCHES:
//    the PACER login hosts (a court-branded login starts the guide by
//    itself) and, on each court's CM/ECF hosts, the pages of the link
//    utility: Utilities, the NextGen Release 1.1 Menu Items page, and the
//    link form with every page that follows it (LinkAccount.pl).
//
// Not the appellate courts (ca1 ...), the JPML or www.uscourts.gov: the
// directory (src/courts/federal-courts.json) holds district and bankruptcy
// courts only. The recogniser and the background check the host again,
// anchored (src/recognize/context.ts classifyHost).
import { allCourts } from '../courts/courts';

export const LOGIN_HOSTS = ['pacer.login.uscourts.gov', 'train-login.uscourts.gov'] as const;
/** The CM/ECF hosts of a court: production and training. */
const ECF_PREFIXES = ['ecf', 'ecf-train'] as const;

/**
 * The link utility's CM/ECF pages, as match-pattern paths (a match pattern's
 * path is matched against the URL's path and query string). Seen in the
 * fixtures: `DisplayMenu.pl?Utilities`, `?Utilities&id=N`,
 * `?NextGenRelease11&id=N`, `?NextGenRelease11MenuItems&id=-1`,
 * `?NextGenMenuItems`; `LinkAccount.pl`, `LinkAccount.pl?<n>-L_1_0-1` (confirm,
 * success, the pending-registration error).
 */
export const LINK_UTILITY_PATHS = ['/cgi-bin/DisplayMenu.pl?Utilities*', '/cgi-bin/DisplayMenu.pl?NextGen*', '/cgi-bin/LinkAccount.pl*'] as const;

/** The hosts of the directory's courts: ecf., ecf-train. and www. of each. */
export function courtHosts(): string[] {
  return allCourts().flatMap((c) => [...ECF_PREFIXES, 'www'].map((p) => `${p}.${c.id}.uscourts.gov`));
}

let session: string[] | undefined;
let idle: string[] | undefined;

/** Every court page of the flow: while a session is active. */
export function sessionMatches(): string[] {
  session ??= [...LOGIN_HOSTS, ...courtHosts()].map((h) => `https://${h}/*`);
  return session;
}

/** Where linking can begin: the only pages the content script runs on while nobody is linking. */
export function idleMatches(): string[] {
  idle ??= [
    ...LOGIN_HOSTS.map((h) => `https://${h}/*`),
    ...allCourts().flatMap((c) =>
      ECF_PREFIXES.flatMap((p) => LINK_UTILITY_PATHS.map((path) => `https://${p}.${c.id}.uscourts.gov${path}`)),
    ),
  ];
  return idle;
}

/**
 * A match pattern as Chrome and Firefox read it, for the patterns above (an
 * exact host, a path with `*` wildcards matched against path and query).
 * The port is not checked: neither browser's match patterns check it, so
 * the background's own check (classifyHost: no port) is what refuses one.
 */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^https:\/\/([a-z0-9.-]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not an exact-host https pattern: ${pattern}`);
  const path = m[2]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${m[1]!.replace(/\./g, '\\.')}(?::\\d+)?${path}$`);
}

interface Matcher {
  hosts: Set<string>;
  byHost: Map<string, RegExp[]>;
}
const matchers = new Map<string[], Matcher>();

function matcherOf(patterns: string[]): Matcher {
  let m = matchers.get(patterns);
  if (!m) {
    const byHost = new Map<string, RegExp[]>();
    for (const p of patterns) {
      const host = /^https:\/\/([^/]+)\//.exec(p)![1]!;
      byHost.set(host, [...(byHost.get(host) ?? []), matchPatternToRegExp(p)]);
    }
    m = { hosts: new Set(byHost.keys()), byHost };
    matchers.set(patterns, m);
  }
  return m;
}

/** Whether `patterns` (match patterns built above) cover `url`, as the browsers decide. */
export function patternsMatch(patterns: string[], url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return false;
  const res = matcherOf(patterns).byHost.get(u.hostname);
  if (!res) return false;
  const rest = `${u.host}${u.pathname}${u.search}`;
  return res.some((re) => re.test(rest));
}

/**
 * Whether the content script runs at `url`: anywhere on the court hosts while
 * a session is active (`idle` false), only where linking can begin otherwise.
 * Stricter than the browser on one point: no port but the default.
 */
export function contentScriptRunsAt(url: string, { idle: narrow = false }: { idle?: boolean } = {}): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.port !== '') return false;
  return patternsMatch(narrow ? idleMatches() : sessionMatches(), url);
}

/** Whether `url` is on one of the PACER login hosts. */
export function isLoginHost(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.port === '' && (LOGIN_HOSTS as readonly string[]).includes(u.hostname);
  } catch {
    return false;
  }
}

/** For tabs.query: every tab the content script may be in (then narrowed with contentScriptRunsAt). */
export const TAB_QUERY = ['https://*.uscourts.gov/*'];
