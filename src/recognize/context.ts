// What every screen predicate asks of a page, computed at most once per
// recognition: which kind of host it is on, which court, the CM/ECF menu bar,
// the shown dialog of the PACER login application, the login fields.
import { courtById, courtByPacerName, courtByPsc, COURT_HOST_RE } from '../courts/courts';
import { collapse, firstShown, hidesItself, isShown, textOf, visibleText } from './dom';

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

// Where the branded heading is looked for, and how much of the page that may
// cost. The login page's court name sits in its header, above the fields
// (about the 70th element of the recorded and reconstructed login pages), so
// the search reads the page in document order and stops early: after
// BRAND_MAX_ELEMENTS elements, or BRAND_MAX_CHARS characters of candidate
// text. Each candidate's text is read only up to BRAND_MAX_HEADING + 1
// characters (a longer element is a paragraph quoting the name, not the
// heading). The content script recognises again at most every 150 ms while a
// page changes, so this bounds what a huge, busy page on the login host costs
// on every recheck: whatever grows below the header is never read.
export const BRAND_MAX_ELEMENTS = 2000;
export const BRAND_MAX_CHARS = 20_000;
const BRAND_MAX_HEADING = 160;
const BRAND_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'legend', 'a', 'span', 'label', 'p']);
const PANEL_TITLE = /(?:^|\s)ui-panel-title(?:\s|$)/;

function isBrandCandidate(el: Element): boolean {
  // The type selectors h1…p, and div.ui-panel-title, as querySelectorAll
  // matched them: by local name (HTML names are lower case).
  const name = el.localName;
  return BRAND_TAGS.has(name) || (name === 'div' && PANEL_TITLE.test(el.getAttribute('class') ?? ''));
}

/**
 * The element's textContent if it is at most `cap` characters long, else
 * null; never reads more than cap + 1 characters of it. `spent` counts what
 * was read.
 */
function shortTextOf(el: Element, cap: number, spent: { chars: number }): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 | 0x8 /* SHOW_TEXT | SHOW_CDATA_SECTION */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out += (n.nodeValue ?? '').slice(0, cap + 1 - out.length);
    if (out.length > cap) break;
  }
  spent.chars += out.length;
  return out.length > cap ? null : out;
}

/** The walker on the next node after the current one's subtree, or null. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

function findBrandedName(doc: Document): string | null {
  const root = doc.documentElement;
  if (!root || hidesItself(root)) return null;
  // Shown elements only, in document order: a hidden subtree is skipped whole.
  const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
  const spent = { chars: 0 };
  let visited = 0;
  for (let n = walker.nextNode(); n && visited < BRAND_MAX_ELEMENTS && spent.chars < BRAND_MAX_CHARS; ) {
    visited++;
    const el = n as Element;
    if (hidesItself(el)) {
      n = skipSubtree(walker);
      continue;
    }
    if (isBrandCandidate(el)) {
      // Short elements only: the court's heading, not a paragraph quoting it.
      const raw = shortTextOf(el, BRAND_MAX_HEADING, spent);
      if (raw !== null && /Login\s*$/i.test(raw)) {
        const m = BRANDED_LOGIN_RE.exec(collapse(raw));
        if (m && !/^PACER\b/i.test(m[1]!)) return collapse(m[1]);
      }
    }
    n = walker.nextNode();
  }
  return null;
}

export { textOf };
