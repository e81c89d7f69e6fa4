// What every screen predicate asks of a page, computed at most once per
// recognition: which kind of host it is on, which court, the CM/ECF menu bar,
// the shown dialog of the PACER login application, the login fields.
import { courtById, courtByPacerName, courtByPsc, COURT_HOST_RE } from '../courts/courts';
import { collapse, firstShown, isShown, textOf, visibleText } from './dom';

/**
 * ecf      CM/ECF of a district or bankruptcy court (ecf. or ecf-train.)
 * login    the PACER login application (pacer.login. or train-login.)
 * website  a court's public website (www.<court>.uscourts.gov)
 * other    anything else: nothing is recognised there
 */
export type HostKind = 'ecf' | 'login' | 'website' | 'other';

const LOGIN_HOSTS = new Set(['pacer.login.uscourts.gov', 'train-login.uscourts.gov']);

export interface MenuBar {
  root: Element;
  utilities: Element | null;
  /** How many of Query, Reports, Utilities, Log Out it has. */
  baseItems: number;
  /** Bankruptcy/Adversary or Civil/Criminal: the account can file. */
  filing: boolean;
}

export interface LoginFields {
  username: Element;
  password: Element;
}

/** The court-branded heading of the login page: "Connecticut Bankruptcy Court Login". */
const BRANDED_LOGIN_RE = /^(?:➔\s*)?(.*?\bCourt)(?:\s*\((?:test|train|training)\))?\s+Login$/i;

export class PageContext {
  readonly doc: Document;
  readonly url: URL | null;
  readonly hostKind: HostKind;
  /** Court from the host name (ecf./www. hosts only). */
  readonly hostCourt: string | null;
  private memo = new Map<string, unknown>();

  constructor(doc: Document, url: string | URL) {
    this.doc = doc;
    let parsed: URL | null = null;
    try {
      parsed = typeof url === 'string' ? new URL(url) : url;
    } catch {
      parsed = null;
    }
    this.url = parsed;
    const [kind, court] = classifyHost(parsed);
    this.hostKind = kind;
    this.hostCourt = court;
  }

  /** Memoise a computation for the lifetime of this recognition. */
  once<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  get path(): string {
    return this.url?.pathname ?? '';
  }

  /** The query string without its `?`, e.g. `Utilities&id=123`. */
  get query(): string {
    return this.url?.search.replace(/^\?/, '') ?? '';
  }

  get menuBar(): MenuBar | null {
    return this.once('menuBar', () => findMenuBar(this.doc));
  }

  /** CM/ECF page body: #cmecfMainContent, or the whole body if a court changed it. */
  get main(): Element | null {
    return this.once('main', () => this.doc.getElementById('cmecfMainContent') ?? this.doc.body);
  }

  get mainText(): string {
    return this.once('mainText', () => visibleText(this.main, 4000));
  }

  /** The PrimeFaces dialog (or other modal) currently shown, if any. */
  get shownDialog(): Element | null {
    return this.once('shownDialog', () =>
      firstShown(this.doc, '.ui-dialog, [role="dialog"], [role="alertdialog"], dialog[open]'),
    );
  }

  get shownDialogText(): string {
    return this.once('shownDialogText', () => visibleText(this.shownDialog, 4000));
  }

  /** Username and password fields shown on the page (never their values). */
  get loginFields(): LoginFields | null {
    return this.once('loginFields', () => findLoginFields(this.doc));
  }

  /** "Connecticut Bankruptcy Court" when the login page is court-branded. */
  get brandedCourtName(): string | null {
    return this.once('brandedCourtName', () => findBrandedName(this.doc));
  }

  /**
   * The court the PACER login application is working for: its pscCourtId,
   * else the host of its return URL (appurl), else the court-branded name.
   */
  get loginCourt(): string | null {
    return this.once('loginCourt', () => {
      const params = this.url?.searchParams;
      const psc = courtByPsc(params?.get('pscCourtId'));
      if (psc) return psc.id;
      const appurl = params?.get('appurl');
      if (appurl) {
        try {
          const [kind, court] = classifyHost(new URL(appurl));
          if (kind === 'ecf' && court) return court;
        } catch {
          /* not a URL: no court from it */
        }
      }
      const name = this.brandedCourtName;
      return (name && courtByPacerName(name)?.id) || null;
    });
  }
}

export function classifyHost(url: URL | null): [HostKind, string | null] {
  if (!url || url.protocol !== 'https:' || url.port !== '') return ['other', null];
  const host = url.hostname.toLowerCase();
  if (LOGIN_HOSTS.has(host)) return ['login', null];
  const m = COURT_HOST_RE.exec(host);
  // Anchored: ecf.ctb.uscourts.gov.evil.example is not a court; neither is
  // an id outside the directory (appellate courts, the national site).
  if (!m || !courtById(m[2])) return ['other', null];
  return [m[1] === 'www' ? 'website' : 'ecf', m[2]!];
}

const MENU_BASE = [
  /\/iquery\.pl$/i,
  /\/DisplayMenu\.pl\?Reports\b/i,
  /\/DisplayMenu\.pl\?Utilities\b/i,
  /\/login\.pl\?logout\b/i,
];
const MENU_FILING = /\/DisplayMenu\.pl\?(?:Bankruptcy|Adversary|Civil|Criminal)Events\b/i;
const UTILITIES = MENU_BASE[2]!;

function hrefPath(a: Element): string {
  // The attribute, not the resolved .href: relative and absolute forms both
  // end in the same path, and no URL resolution is needed in Node.
  return (a.getAttribute('href') ?? '').trim();
}

function findMenuBar(doc: Document): MenuBar | null {
  // Menu items are matched by href: labels vary ("C<u>i</u>vil", "Logout" /
  // "Log Out"). The menu bar is #topmenu; should a court rename it, the
  // anchors of the YUI menu bar class, or the menu hrefs anywhere, still do.
  const root = doc.getElementById('topmenu') ?? doc.querySelector('.yuimenubar');
  const anchors = root
    ? root.querySelectorAll('a[href]')
    : doc.querySelectorAll('a[href*="DisplayMenu.pl"], a[href*="iquery.pl"], a[href*="login.pl"]');
  let base = 0;
  const seen = new Set<number>();
  let utilities: Element | null = null;
  let filing = false;
  for (const a of anchors) {
    const href = hrefPath(a);
    MENU_BASE.forEach((re, i) => {
      if (!seen.has(i) && re.test(href)) {
        seen.add(i);
        base++;
      }
    });
    if (!utilities && UTILITIES.test(href) && isShown(a)) utilities = a;
    if (MENU_FILING.test(href)) filing = true;
  }
  if (base < 2) return null;
  return { root: root ?? doc.body, utilities, baseItems: base, filing };
}

function findLoginFields(doc: Document): LoginFields | null {
  // By the JSF ids of SCREENS.md first; by field types if they change.
  const password =
    firstShown(doc, '[id$=":password"], input[type="password"]', (el) => el.tagName === 'INPUT') ?? null;
  if (!password) return null;
  const form = password.closest('form') ?? doc;
  const username =
    firstShown(form, '[id$=":loginName"], input[name$=":loginName"]') ??
    firstShown(form, 'input[type="text"], input[type="email"], input:not([type])', (el) => {
      // the field before the password one, not the client code after it
      return !!(el.compareDocumentPosition(password) & 4 /* FOLLOWING */);
    });
  return username ? { username, password } : null;
}

function findBrandedName(doc: Document): string | null {
  const candidates = doc.querySelectorAll('h1, h2, h3, h4, h5, legend, a, span, label, p, div.ui-panel-title');
  for (const el of candidates) {
    // Short elements only: the court's heading, not a paragraph quoting it.
    const raw = el.textContent ?? '';
    if (raw.length > 160 || !/Login\s*$/i.test(raw)) continue;
    const m = BRANDED_LOGIN_RE.exec(collapse(raw));
    if (m && !/^PACER\b/i.test(m[1]!) && isShown(el)) return collapse(m[1]);
  }
  return null;
}

export { textOf };
