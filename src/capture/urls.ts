// Addresses in a capture, by allow-list: what the recogniser reads of an
// address (src/recognize/context.ts, cmecf.ts, login.ts, screens/*) and
// nothing else. A scheme http(s); a host of the directory's courts or of
// PACER (anything else becomes unknown.invalid); a path of the known CM/ECF
// CGI scripts or of the login application (anything else becomes /page);
// a query only where the recogniser reads one, from fixed values:
// DisplayMenu.pl's menu name (Utilities, Reports, the filing menus,
// NextGen…), login.pl's "logout", login.jsf's pscCourtId and appurl (itself
// an address, sanitised the same way). No fragment, no user:password@, no
// ;jsessionid, no other query. Not http(s) (mailto:, javascript: however
// written, data:): nothing.
import { courtById, courtByPsc, COURT_HOST_RE } from '../courts/courts';

export const UNKNOWN_HOST = 'unknown.invalid';
export const UNKNOWN_PATH = '/page';

const LOGIN_HOSTS = new Set(['pacer.login.uscourts.gov', 'train-login.uscourts.gov']);
const OTHER_HOSTS = new Set(['www.uscourts.gov', 'pacer.uscourts.gov', 'pcl.uscourts.gov', 'pacer.psc.uscourts.gov']);

/** A host the capture may name: the flow's, or PACER's own sites. */
export function allowedHost(host: string): string | null {
  const h = host.toLowerCase();
  if (LOGIN_HOSTS.has(h) || OTHER_HOSTS.has(h)) return h;
  const m = COURT_HOST_RE.exec(h);
  return m && courtById(m[2]) ? h : null;
}

function courtHost(host: string): boolean {
  const m = COURT_HOST_RE.exec(host);
  return !!m && m[1] !== 'www' && !!courtById(m[2]);
}

/** CM/ECF's CGI scripts, by name (case as CM/ECF writes them). */
const CGI = [
  'BillingRpt', 'CaseSummary', 'ChangeClientCode', 'ClearCase', 'ClientCode', 'CourtInfo', 'CreditorMaint', 'CreditorMatrix',
  'Dispatch', 'DisplayMenu', 'DktRpt', 'DocVerify', 'EfileRegStatus', 'HistDocQry', 'JudgmentIndex', 'LegalResearch',
  'LinkAccount', 'LostPassword', 'MailInfo', 'ManageFilers', 'PacerExemption', 'PayHistory', 'ShowClientCode',
  'ShowIndex', 'ShowPacerAccount', 'ShowPages', 'TransLog', 'TransactionLog', 'VerifyDoc', 'ViewSession', 'iquery',
  'login', 'menu', 'mobile_query', 'qryAscCases', 'qryAttorneys', 'qryParties', 'qrySummary', 'show_doc', 'show_temp',
  'showpage',
];
const CGI_BY_LOWER = new Map(CGI.map((c) => [c.toLowerCase(), c]));
const LOGIN_APP = new Map(['login', 'forgotPassword', 'forgotUserName', 'logout', 'registration'].map((p) => [p.toLowerCase(), p]));
const HOME = /^\/(?:index\.(?:html?|php|pl))?$|^\/home\/?$/i;

/** The menus of DisplayMenu.pl the recogniser knows (menu bar, Utilities, NextGen pages). */
const MENUS = ['Utilities', 'Reports', 'Query', 'BankruptcyEvents', 'AdversaryEvents', 'CivilEvents', 'CriminalEvents', 'NextGenRelease11', 'NextGenRelease11MenuItems', 'NextGenMenuItems'];
const MENU_BY_LOWER = new Map(MENUS.map((m) => [m.toLowerCase(), m]));

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** The path and query of `u` as the allow-list keeps them ("/cgi-bin/DisplayMenu.pl?Utilities"). */
function pathAndQuery(u: URL, depth: number): string {
  const path = u.pathname;
  const query = u.search.slice(1);
  let m = /^\/cgi-bin\/([\w.-]+)\.pl$/i.exec(path);
  if (m) {
    const name = CGI_BY_LOWER.get(m[1]!.toLowerCase());
    if (!name) return '/cgi-bin/page.pl';
    const first = query.split('&')[0]!;
    if (name === 'DisplayMenu') {
      const menu = MENU_BY_LOWER.get(first.toLowerCase()) ?? (/^NextGen/i.test(first) ? 'NextGen' : null);
      return `/cgi-bin/${name}.pl${menu ? `?${menu}` : ''}`;
    }
    if (name === 'login' && /^logout$/i.test(first)) return '/cgi-bin/login.pl?logout';
    return `/cgi-bin/${name}.pl`;
  }
  m = /^(\/csologin)?\/([\w.-]+)\.(jsf|xhtml)$/i.exec(path);
  if (m && (m[1] || /^login$/i.test(m[2]!))) {
    const page = LOGIN_APP.get(m[2]!.toLowerCase());
    const base = `${m[1] ? '/csologin' : ''}/${page ?? 'page'}.${m[3]!.toLowerCase()}`;
    if (page !== 'login') return base;
    const params: string[] = [];
    for (const part of query.split('&')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      const key = decode(part.slice(0, eq));
      const value = decode(part.slice(eq + 1));
      if (key === 'pscCourtId' && !params.some((p) => p.startsWith('pscCourtId='))) {
        const court = courtByPsc(value);
        if (court) params.push(`pscCourtId=${court.psc}`);
      } else if (key === 'appurl' && depth === 0 && !params.some((p) => p.startsWith('appurl='))) {
        const inner = sanitize(value, 1);
        if (inner && courtHost(new URL(inner).hostname)) params.push(`appurl=${encodeURIComponent(inner)}`);
      }
    }
    return params.length ? `${base}?${params.join('&')}` : base;
  }
  if (/^\/csologin\//i.test(path)) return '/csologin/page';
  if (HOME.test(path)) return path.toLowerCase();
  return UNKNOWN_PATH;
}

function sanitize(raw: string, depth: number): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = allowedHost(u.hostname) ?? UNKNOWN_HOST;
  return `${u.protocol}//${host}${u.port ? `:${u.port}` : ''}${pathAndQuery(u, depth)}`;
}

/**
 * The page's own address, as the allow-list keeps it: "about:blank" when it
 * is not an http(s) address at all.
 */
export function sanitizeUrl(raw: string): string {
  return sanitize(raw, 0) ?? 'about:blank';
}

/** A scheme written before the address ("https:", "mailto:"), or "//host": an absolute reference. */
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i;

/**
 * An href or action as the page wrote it, resolved against the page's
 * address: a relative reference stays one (path and query only), an
 * absolute one keeps its allowed host. null: nothing may stay (not http(s),
 * or not an address).
 */
export function sanitizeReference(value: string, base: string): string | null {
  // What the URL parser ignores, it ignores here too: leading and trailing
  // C0 controls and spaces, tabs and newlines anywhere ("java&#9;script:").
  const v = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (v === '' || v.startsWith('#')) return '#';
  let u: URL;
  try {
    u = new URL(v, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (ABSOLUTE.test(v)) return sanitize(u.href, 0);
  return pathAndQuery(u, 0);
}
