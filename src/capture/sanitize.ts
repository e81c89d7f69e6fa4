// A sanitised copy of the court page in front of the tester, to save as a
// fixture (test/fixtures/README.md). An allow-list: the copy is built anew,
// element by element, from what the recogniser (src/recognize/) reads and
// nothing else; whatever is not on a list below is dropped or replaced.
//
// Kept: the tag structure (known HTML tags; any other tag becomes a span;
// script, style, template, noscript, frames, objects, SVG, MathML, links,
// meta except a charset: dropped whole); the ids, names and classes the
// recogniser reads (other ids and names become neutral ones, consistently,
// so <label for> still finds its field); type, hidden, aria-hidden, role,
// dialog's open; a style only as "display:none" where it hid the element;
// addresses as src/capture/urls.ts allows them; the value of a submit or
// button input (its label) and of a court chooser's option (E_CTBK).
// Replaced: every word of text and of the wording attributes (title,
// aria-label, alt, placeholder, label) that is not in the flow's vocabulary
// (src/capture/vocabulary.ts) or a court's name as PACER writes it, masked
// to its shape ("Quuxford" -> "Xxxxxxxx"); every number of two or more
// digits, zeroed; the confirmation screen's two account names and
// "logged in as" names, by placeholders that keep whether the names matched
// (and whether the PACER one is a firm), so the capture raises the flags
// the page did. Never read: any input's value but a button's (no password,
// nothing typed), a textarea's text, a shadow root.
//
// The live page is read only, through the prototypes' getters (safe-dom.ts):
// a page's <form> with fields named "attributes" or "firstChild" cannot
// hand the capture something else. The page is never cloned (a clone of an
// input carries its typed value) and never changed.
import type { CaptureReply } from '../messages';
import { HOST_TAG } from '../overlay/host';
import { allCourts, courtByPsc } from '../courts/courts';
import { recognize } from '../recognize';
import { collapse, hidesItself } from '../recognize/dom';
import { looksLikeOrganisation, sameName } from '../recognize/flags';
import { safeDom, type SafeDom } from './safe-dom';
import { sanitizeReference, sanitizeUrl, UNKNOWN_HOST } from './urls';
import { VOCABULARY } from './vocabulary';

export { sanitizeUrl, sanitizeReference } from './urls';

export const PERSON = 'Jane Q. Placeholder';
export const OTHER_PERSON = 'John R. Placeholder';
export const FIRM = 'Firm Placeholder LLP';
export const OTHER_FIRM = 'Other Firm Placeholder LLP';
const NOTE =
  '<!-- captured and sanitised by CM/ECF Link Guide: an allow-list copy; structure, the ids and names the recogniser reads and the flow\'s fixed wording kept; every other word, number, value and address replaced -->';

// ---- text ------------------------------------------------------------------

/** A word (letters and their combining marks) or a number (any script's digits). */
const TOKEN = /([\p{L}\p{M}]+)|(\p{N}+)/gu;
/** Letter by letter, length kept (a run of text nodes is cleaned as one string, then cut back). */
const mask = (w: string) => w.replace(/[\p{L}\p{M}]/gu, (c) => (c !== c.toLowerCase() ? 'X' : 'x').repeat(c.length));

/**
 * The flow's fixed sentences the recogniser matches whose words are not all
 * in the vocabulary (src/recognize/screens/link-confirm.ts,
 * link-pending-error.ts): kept whole wherever they appear.
 */
const PHRASES = ['will be permanently linked to your upgraded PACER account', 'may not be linked using this utility'];

let kept: RegExp | undefined;
/**
 * What text keeps verbatim: the phrases above, and a court's name as PACER
 * brands its login with it ("Connecticut Bankruptcy Court": the recogniser
 * reads the court from it there).
 */
function keptRe(): RegExp {
  if (!kept) {
    const names = [...PHRASES, ...allCourts().map((c) => c.pacerName)]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    kept = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }
  return kept;
}

function cleanWords(s: string): string {
  return s.replace(TOKEN, (m, word?: string, num?: string) => {
    if (word) return word.length > 1 && !VOCABULARY.has(word.toLowerCase()) ? mask(word) : word;
    return num && num.length >= 2 ? num.replace(/\p{N}/gu, (d) => '0'.repeat(d.length)) : m;
  });
}

/**
 * Text as the capture keeps it: the vocabulary's words, the flow's fixed
 * phrases and the courts' names stay, every other word is masked to its shape, numbers of two or
 * more digits become zeros ("NextGen Release 1.1" stays).
 */
export function cleanText(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(keptRe())) {
    out += cleanWords(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + cleanWords(s.slice(last));
}

// ---- the account names -----------------------------------------------------

/**
 * Placeholders for the confirmation screen's two names that say what the
 * names said: the same person (by the recogniser's own comparison) or not,
 * a firm or a person, so that a capture raises the same flags.
 */
export function accountPlaceholders(cmecf: string, pacer: string): { cmecf: string; pacer: string } {
  const pacerFirm = looksLikeOrganisation(pacer, cmecf);
  if (sameName(cmecf, pacer)) {
    const both = pacerFirm ? FIRM : PERSON;
    return { cmecf: both, pacer: both };
  }
  const first = looksLikeOrganisation(cmecf, pacer) ? FIRM : PERSON;
  return { cmecf: first, pacer: pacerFirm ? (first === FIRM ? OTHER_FIRM : FIRM) : first === PERSON ? OTHER_PERSON : PERSON };
}

function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Puts `text` in the first non-blank text node under `el`, empties the others. */
function replaceText(el: Node, text: string, done: Set<Node>): void {
  let placed = false;
  for (const t of textNodes(el)) {
    if (!t.data.trim()) continue;
    t.data = placed ? '' : t.data.replace(/\S[\s\S]*\S|\S/, text);
    placed = true;
    done.add(t);
  }
}

/** Rows "CM/ECF <name>" and "PACER <name>" of the confirmation screen (as src/recognize/flags.ts reads them). */
const ACCOUNT_ROW = /^\s*(CM\s*\/?\s*ECF|PACER)\b[:\s]*/i;

function replaceAccountNames(main: Element, done: Set<Node>): void {
  const rows: Array<{ pacer: boolean; name: string; first: Element; offset: number }> = [];
  for (const row of main.querySelectorAll('tr')) {
    const first = row.firstElementChild;
    if (!first || row.querySelector('tr')) continue;
    // The label's own cell ("CM/ECF" | name), or the label and the name in one.
    const label = first.textContent ?? '';
    const m = ACCOUNT_ROW.exec(label);
    if (!m) continue;
    const offset = m[0].length;
    const name = collapse([label.slice(offset), ...[...row.children].slice(1).map((c) => c.textContent)].join(' '));
    if (name && name.length <= 120) rows.push({ pacer: /^PACER$/i.test(m[1]!), name, first, offset });
  }
  const cmecf = rows.find((r) => !r.pacer)?.name;
  const pacer = rows.find((r) => r.pacer)?.name;
  if (!cmecf && !pacer) return replaceUnreadableNames(main, done);
  const ph = accountPlaceholders(cmecf ?? pacer!, pacer ?? cmecf!);
  for (const row of rows) {
    let pos = 0;
    let placed = false;
    for (const t of textNodes(row.first.parentNode!)) {
      // the label's cell up to `offset`; whatever precedes it is layout
      let keep = 0;
      if (row.first.contains(t)) {
        keep = Math.max(0, Math.min(t.data.length, row.offset - pos));
        pos += t.data.length;
      } else if (row.first.compareDocumentPosition(t) & 2 /* PRECEDING */) continue;
      const rest = t.data.slice(keep);
      if (!rest.trim()) continue;
      t.data = t.data.slice(0, keep) + (placed ? '' : rest.replace(/\S[\s\S]*\S|\S/, row.pacer ? ph.pacer : ph.cmecf));
      placed = true;
      done.add(t);
    }
  }
}

/**
 * The confirmation screen's names laid out without table rows ("CM/ECF: <b>name</b>"
 * lines): the recogniser cannot read them (it raises 'names-unreadable'), and
 * the capture must not keep them either. Only on that screen's wording.
 */
function replaceUnreadableNames(main: Element, done: Set<Node>): void {
  if (!/Do you want to link these accounts/i.test(main.textContent ?? '')) return;
  const lines = [...main.querySelectorAll('div, p, li, dd, dt, span, td')].filter(
    (el) => ACCOUNT_ROW.test(el.textContent ?? '') && collapse(el.textContent).length <= 140,
  );
  // The innermost element of each line.
  for (const el of lines.filter((el) => !lines.some((o) => o !== el && el.contains(o)))) {
    let labelled = false;
    let placed = false;
    for (const t of textNodes(el) as Text[]) {
      let keep = 0;
      if (!labelled) {
        const m = ACCOUNT_ROW.exec(t.data);
        if (!m) continue;
        labelled = true;
        keep = m.index + m[0].length;
      }
      const rest = t.data.slice(keep);
      if (!rest.trim()) continue;
      t.data = t.data.slice(0, keep) + (placed ? '' : rest.replace(/\S[\s\S]*\S|\S/, PERSON));
      placed = true;
      done.add(t);
    }
  }
}

const LOGGED_IN = /\b(?:logged\s+in\s+as|welcome,)\s*:?\s*/i;
/** A username or a name of up to five words: "jqattorney2014", "Jane Q. Attorney". */
const NAME_START = /^[\p{L}\d][\p{L}\d._@'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,4}/u;

/** Replaces the name at the start of `t`; the text after it is split off, to be cleaned as usual. */
function replaceLeadingName(t: Text, from: number, done: Set<Node>): void {
  const m = NAME_START.exec(t.data.slice(from));
  if (!m) return;
  t.data = t.data.slice(0, from) + PERSON + t.data.slice(from + m[0].length);
  t.splitText(from + PERSON.length);
  done.add(t);
}

function replaceLoggedIn(root: Element, done: Set<Node>): void {
  for (const t of textNodes(root)) {
    const m = LOGGED_IN.exec(t.data);
    if (!m) continue;
    const at = m.index + m[0].length;
    if (t.data.slice(at).trim()) {
      replaceLeadingName(t, at, done);
      continue;
    }
    // "Logged in as: <b>name</b>", or "<span>Logged in as</span> name"
    let next: Node | null = t.nextSibling ?? t.parentNode?.nextSibling ?? null;
    while (next && next.nodeType === 3 && !(next as Text).data.trim()) next = next.nextSibling;
    if (next?.nodeType === 1) replaceText(next, PERSON, done);
    else if (next?.nodeType === 3) replaceLeadingName(next as Text, (next as Text).data.search(/\S/), done);
  }
}

// ---- the allow-lists ---------------------------------------------------------

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Tags kept as they are. Any other HTML tag (custom elements, Word's o:p) becomes a span. */
const TAGS = new Set(
  `html head body title div span p a b i u s em strong small big font center br hr h1 h2 h3 h4 h5 h6 ul ol li dl dt dd
  table thead tbody tfoot tr td th caption colgroup col form fieldset legend label input select option optgroup textarea
  button img pre code blockquote nav header footer main section article aside address sup sub strike tt abbr cite dfn
  kbd samp var q ins del mark time wbr figure figcaption details summary dialog menu nobr`.split(/\s+/),
);
/** Dropped with everything in them: code, styles, other documents, hidden markup, foreign content, the overlay. */
const DROPPED = new Set(
  `script style template noscript noembed noframes iframe frame frameset object embed applet param link base meta
  source track audio video canvas picture map area svg math portal fencedframe xmp plaintext slot ${HOST_TAG}`.split(/\s+/),
);

/** The ids the recogniser reads (context.ts, login.ts, screens/*; SCREENS.md). Any other id is renamed. */
const IDS = new Set([
  'topmenu', 'cmecfMainContent', 'loginForm', 'loginForm:loginName', 'loginForm:password', 'loginForm:clientCode',
  'loginForm:fbtnLogin', 'loginForm:courtId', 'loginForm:courtId_input', 'loginForm:pclLoginMessages', 'regmsg',
  'regmsg:redactionConfirmation', 'redactionConfirmation', 'regmsg:chkRedact', 'regmsg:chkRedact_input', 'regmsg:bpmConfirm',
  // The login application's prompts since 2025 (screens/login-failed, mfa-code, mfa-enroll, password-update).
  'mfaDlg', 'mfaForm', 'mfaForm:mfaInput', 'mfaForm:btnOk', 'mfaForm:btnCancel', 'mfaForm:mfaMessages', 'userUpdateDlg',
  'frmUserUpdate', 'frmUserUpdate:bpmSkip', 'popupMsgId', 'popupMsgForm', 'popupMsgForm:popupMessages',
]);
/** Names the recogniser reads, and the JSF state field's (a name, its value blanked). */
const NAMES = new Set([
  'loginForm', 'loginForm:loginName', 'loginForm:password', 'loginForm:clientCode', 'javax.faces.ViewState',
  'mfaForm', 'mfaForm:mfaInput', 'mfaForm:btnOk',
]);
/** Suffixes the recogniser matches ([id$=":password"], [name$=":loginName"]): kept on a renamed id or name. */
const SUFFIX = /:(?:loginName|password|pclLoginMessages)$|loginErrorMessages$/;
/** Class tokens the recogniser reads (dom.ts, context.ts, screens/*). */
const CLASSES = new Set([
  'ui-helper-hidden', 'ui-helper-hidden-accessible', 'yuimenubar', 'ui-dialog', 'ui-dialog-content', 'ui-dialog-titlebar',
  'ui-dialog-footer', 'ui-dialog-buttonpane', 'ui-chkbox', 'ui-chkbox-box', 'ui-chkbox-label', 'ui-state-active',
  'ui-selectonemenu', 'ui-radiobutton', 'ui-radiobutton-box', 'ui-panel-title',
  // The login application's messages (screens/login-failed.ts).
  'ui-messages', 'ui-messages-error', 'ui-message-error', 'ui-messages-error-detail', 'ui-messages-error-summary',
  'ui-growl-message-error', 'usa-alert--error', 'ui-messages-info', 'ui-messages-warn',
]);
/** Autofill tokens the recogniser reads (the passcode field: autocomplete="one-time-code"); fixed words, kept. */
const AUTOCOMPLETE = new Set(['one-time-code', 'username', 'current-password', 'new-password', 'off']);
const INPUT_TYPES = new Set(
  'text password hidden submit button reset checkbox radio email tel number search url image file date time datetime-local month week color range'.split(' '),
);
const BUTTON_TYPES = new Set(['submit', 'button', 'reset']);
const ROLES = new Set(
  `dialog alertdialog radio radiogroup checkbox button link menu menubar menuitem navigation main banner contentinfo
  presentation none region form heading list listitem table row cell columnheader rowheader grid alert status tab
  tablist tabpanel textbox combobox listbox option group img separator toolbar tooltip`.split(/\s+/),
);
/** Attributes whose value is wording: kept cleaned, like text. */
const WORDING = ['title', 'aria-label', 'placeholder'];
/** A court chooser's option value: E_CTBK (court-chooser.ts). */
const COURT_OPTION = /^[A-Z]_[A-Z]{3,5}(?:BK|DC)$/;

interface Build {
  dom: SafeDom;
  out: Document;
  base: string;
  ids: Map<string, string>;
  names: Map<string, string>;
  /** A scratch element: does a style hide, by the recogniser's own rule? */
  scratch: Element;
}

function renamed(map: Map<string, string>, keep: ReadonlySet<string>, prefix: string, value: string): string {
  if (keep.has(value)) return value;
  let to = map.get(value);
  if (!to) {
    const suffix = SUFFIX.exec(value)?.[0] ?? '';
    map.set(value, (to = `${prefix}${map.size + 1}${suffix}`));
  }
  return to;
}

/** The attributes of `src` that the allow-list keeps, set on `el`. */
function copyAttributes(b: Build, src: Element, el: Element, tag: string): void {
  const { dom } = b;
  const attr = (name: string) => dom.getAttribute(src, name);
  const set = (name: string, value: string) => el.setAttribute(name, value);

  const id = attr('id');
  if (id) set('id', renamed(b.ids, IDS, 'id-', id));
  const cls = attr('class');
  if (cls) {
    const kept = cls.split(/[\t\n\f\r ]+/).filter((c) => CLASSES.has(c));
    if (kept.length) set('class', kept.join(' '));
  }
  if (dom.hasAttribute(src, 'hidden')) set('hidden', '');
  const ariaHidden = attr('aria-hidden');
  if (ariaHidden === 'true' || ariaHidden === 'false') set('aria-hidden', ariaHidden);
  const role = attr('role');
  if (role && ROLES.has(role)) set('role', role);
  const style = attr('style');
  if (style) {
    b.scratch.setAttribute('style', style);
    if (hidesItself(b.scratch)) set('style', 'display:none');
  }
  for (const name of WORDING) {
    const v = attr(name);
    if (v !== null) set(name, cleanText(v));
  }
  const labelledBy = attr('aria-labelledby');
  if (labelledBy) set('aria-labelledby', labelledBy.split(/\s+/).filter(Boolean).map((i) => renamed(b.ids, IDS, 'id-', i)).join(' '));

  switch (tag) {
    case 'a': {
      const href = attr('href');
      if (href !== null) set('href', sanitizeReference(href, b.base) ?? '#');
      break;
    }
    case 'form': {
      const action = attr('action');
      const clean = action === null ? null : sanitizeReference(action, b.base);
      if (clean && clean !== '#') set('action', clean);
      const method = attr('method');
      if (method && /^(?:get|post)$/i.test(method)) set('method', method.toLowerCase());
      const name = attr('name');
      if (name) set('name', renamed(b.names, NAMES, 'field-', name));
      break;
    }
    case 'input': {
      const rawType = attr('type');
      const type = rawType === null ? 'text' : rawType.trim().toLowerCase();
      if (rawType !== null && INPUT_TYPES.has(type)) set('type', rawType.trim());
      const name = attr('name');
      if (name) set('name', renamed(b.names, NAMES, 'field-', name));
      // A button's value is its label, written by the court (labelOf reads
      // it: "Submit", "Continue"): kept cleaned. A hidden field's value is
      // blanked, its name kept. Any other input's value is never read.
      if (BUTTON_TYPES.has(type)) {
        const v = attr('value');
        if (v !== null) set('value', cleanText(v));
      } else if (type === 'hidden') set('value', '');
      const alt = attr('alt');
      if (alt !== null && type === 'image') set('alt', cleanText(alt));
      for (const flag of ['disabled', 'readonly']) if (dom.hasAttribute(src, flag)) set(flag, '');
      const autocomplete = attr('autocomplete')?.trim().toLowerCase();
      if (autocomplete && AUTOCOMPLETE.has(autocomplete)) set('autocomplete', autocomplete);
      break;
    }
    case 'button': {
      const type = attr('type')?.trim().toLowerCase();
      if (type && BUTTON_TYPES.has(type)) set('type', type);
      const name = attr('name');
      if (name) set('name', renamed(b.names, NAMES, 'field-', name));
      break;
    }
    case 'select':
    case 'textarea': {
      const name = attr('name');
      if (name) set('name', renamed(b.names, NAMES, 'field-', name));
      if (tag === 'select' && dom.hasAttribute(src, 'multiple')) set('multiple', '');
      break;
    }
    case 'option': {
      const v = attr('value');
      if (v !== null) set('value', COURT_OPTION.test(v) && courtByPsc(v) ? v : '');
      const label = attr('label');
      if (label !== null) set('label', cleanText(label));
      break;
    }
    case 'label': {
      const f = attr('for');
      if (f) set('for', renamed(b.ids, IDS, 'id-', f));
      break;
    }
    case 'img': {
      const alt = attr('alt');
      if (alt !== null) set('alt', cleanText(alt));
      break;
    }
    case 'td':
    case 'th':
      for (const span of ['colspan', 'rowspan']) {
        const v = attr(span);
        if (v && /^\d{1,2}$/.test(v.trim())) set(span, v.trim());
      }
      break;
    case 'dialog':
    case 'details':
      if (dom.hasAttribute(src, 'open')) set('open', '');
      break;
  }
}

/** The copy of `srcRoot`'s subtree under `outRoot`; text as it is (cleaned afterwards). */
function copyTree(b: Build, srcRoot: Element, outRoot: Element): { charset: boolean } {
  const { dom, out } = b;
  let charset = false;
  const stack: Array<{ next: Node | null; out: Element }> = [{ next: dom.firstChild(srcRoot), out: outRoot }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const n = top.next;
    if (!n) {
      stack.pop();
      continue;
    }
    top.next = dom.nextSibling(n);
    const type = dom.nodeType(n);
    if (type === 3 /* TEXT */) {
      top.out.append(out.createTextNode(dom.text(n)));
      continue;
    }
    if (type !== 1 /* ELEMENT */) continue; // comments, processing instructions, CDATA
    const src = n as Element;
    if (dom.namespaceURI(src) !== HTML_NS) continue; // SVG, MathML: foreign content, nothing the recogniser reads
    const name = dom.localName(src).toLowerCase();
    if (DROPPED.has(name)) {
      if (name === 'meta' && (dom.hasAttribute(src, 'charset') || /^content-type$/i.test(dom.getAttribute(src, 'http-equiv') ?? ''))) charset = true;
      continue;
    }
    const tag = TAGS.has(name) ? name : 'span';
    const el = out.createElement(tag);
    copyAttributes(b, src, el, tag);
    top.out.append(el);
    // A textarea's text is its value as the page gave it: never read.
    if (tag !== 'textarea') stack.push({ next: dom.firstChild(src), out: el });
  }
  return { charset };
}

/**
 * Inline tags: a word may run on through them ("U<u>t</u>ilities" is one
 * word). Not through a link's or a label's edge: their text is a label the
 * recogniser reads on its own ("Menu Items</a><span>x" is two words).
 */
const INLINE = new Set('b i u s em strong small big font span sup sub strike tt abbr cite dfn kbd samp var q ins del mark time nobr code'.split(' '));

/**
 * Every text node under `root` but those in `done`, cleaned by runs: the
 * text nodes between two block boundaries are cleaned as one string, so a
 * word split by inline markup is judged whole (and kept or masked whole).
 */
function cleanRuns(root: Element, done: Set<Node>): void {
  let run: Text[] = [];
  const flush = () => {
    if (!run.length) return;
    const joined = run.map((t) => t.data).join('');
    const clean = cleanText(joined);
    if (clean !== joined) {
      let at = 0;
      for (const t of run) {
        const next = clean.slice(at, at + t.data.length);
        at += t.data.length;
        if (next !== t.data) t.data = next;
      }
    }
    run = [];
  };
  const stack: Array<{ next: Node | null; inline: boolean }> = [{ next: root.firstChild, inline: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const n = top.next;
    if (!n) {
      stack.pop();
      if (!top.inline) flush();
      continue;
    }
    top.next = n.nextSibling;
    if (n.nodeType === 3) {
      if (done.has(n)) flush();
      else run.push(n as Text);
    } else if (n.nodeType === 1) {
      const inline = INLINE.has((n as Element).localName);
      if (!inline) flush();
      stack.push({ next: n.firstChild, inline });
    }
  }
  flush();
}

/** A sanitised, self-describing copy of `doc` (the live page at `url`): never modifies `doc`. */
export function capturePage(doc: Document, url: string): CaptureReply {
  const dom = safeDom();
  const out = dom.implementation(doc).createHTMLDocument('');
  let base = 'https://unknown.invalid/';
  try {
    base = new URL(url).href;
  } catch {
    /* not an address: references resolve against nothing of the page's */
  }
  const b: Build = { dom, out, base, ids: new Map(), names: new Map(), scratch: out.createElement('div') };

  const root = out.createElement('html');
  const srcRoot = dom.documentElement(doc);
  const { charset } = srcRoot ? copyTree(b, srcRoot, root) : { charset: false };
  out.replaceChild(root, out.documentElement);
  if (charset) {
    const meta = out.createElement('meta');
    meta.setAttribute('charset', 'utf-8');
    (root.querySelector('head') ?? root).prepend(meta);
  }

  // What the recogniser makes of the copy, before its text is cleaned: it
  // holds all the recogniser reads, and no page script's property can
  // stand in for a DOM one there (the live page is never asked).
  const { screen, court } = recognize(out, url);

  // Names, before the text is cleaned.
  const done = new Set<Node>();
  if (screen === 'link-confirm') replaceAccountNames(root.querySelector('#cmecfMainContent') ?? root.querySelector('body') ?? root, done);
  replaceLoggedIn(root, done);
  cleanRuns(root, done);

  const safeUrl = sanitizeUrl(url);
  const mark = `<!-- saved from url=(${String(safeUrl.length).padStart(4, '0')})${safeUrl} -->`;
  const html = [mark, NOTE, ...(dom.doctype(doc) ? ['<!DOCTYPE html>'] : []), root.outerHTML].join('\n') + '\n';
  return { html, url: safeUrl, screen, court, filename: `${court ?? 'page'}-${screen}.html` };
}

export { UNKNOWN_HOST };
