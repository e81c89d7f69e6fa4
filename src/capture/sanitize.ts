// A sanitised copy of the court page in front of the tester, to save as a
// fixture (test/fixtures/README.md): the page's structure and everything the
// recogniser reads stay; what names or identifies anyone goes.
//
// Works on a deep clone of <html>, from attributes only: the live page is
// never changed and no field's typed value (least of all a password) is
// ever read. What goes:
// - input values and checks, textareas, selected options; hidden tokens
//   keep their name, their value is blanked;
// - inline scripts, event handler attributes, <noscript>, comments;
// - the confirmation screen's two account names and "logged in as" names,
//   for placeholders that keep whether the names matched (and whether the
//   PACER one is a firm), so the capture raises the flags the page did;
// - e-mail addresses (not the courts' own), phone numbers (not the courts'
//   or the PACER Service Center's), case numbers, long numeric ids;
// - on dockets and every unknown page: each word outside the UI vocabulary
//   (parties, attorneys, addresses, docket text), masked to its shape.
import type { CaptureReply } from '../messages';
import { ATTRIBUTE } from '../content/record';
import { HOST_TAG } from '../overlay/host';
import { recognize, type ScreenId } from '../recognize';
import { collapse } from '../recognize/dom';
import { looksLikeOrganisation, sameName } from '../recognize/flags';
import { VOCABULARY } from './vocabulary';

export const PERSON = 'Jane Q. Placeholder';
export const OTHER_PERSON = 'John R. Placeholder';
export const FIRM = 'Firm Placeholder LLP';
export const OTHER_FIRM = 'Other Firm Placeholder LLP';
const EMAIL = 'placeholder@example.com';
const PHONE = '(000) 000-0000';
const PSC_PHONE = '8006766856';
const NOTE =
  '<!-- captured and sanitised by CM/ECF Link Guide: input values, hidden tokens, names, usernames, case numbers and party names replaced -->';

/** Pages of case data (dockets, queries) and pages of no known screen: only UI words are kept. */
const SCRUBBED: ReadonlySet<ScreenId> = new Set(['cmecf-unlinked', 'cmecf-linked', 'unknown']);

/**
 * attr: attribute values and URLs (numbers of 4+ digits zeroed); text:
 * public page text (6+ digits zeroed, court phone numbers kept); scrub: case
 * data (every word outside the vocabulary masked, 3+ digits zeroed).
 */
export type Mode = 'attr' | 'text' | 'scrub';

// One pass, first alternative wins: e-mail, case number ("3:18-cv-01094",
// "10-50273"), US phone, a %-escape (left whole, so "%2012345" stays a
// space), a word, a number.
const TOKEN =
  /([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)|(\b\d{1,2}[:-]\d{2}-[A-Za-z]{2,4}-\d{2,6}\b|\b\d{2}-\d{4,7}\b)|((?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b)|(%[\dA-Fa-f]{2})|(\p{L}+)|(\d+)/gu;
const MIN_DIGITS: Record<Mode, number> = { attr: 4, text: 6, scrub: 3 };

const zero = (s: string) => s.replace(/\d/g, '0');
const mask = (w: string) => w.replace(/\p{L}/gu, (c) => (c !== c.toLowerCase() ? 'X' : 'x'));

export function cleanText(s: string, mode: Mode, courtPhone: () => boolean = () => false): string {
  return s.replace(TOKEN, (m, email?: string, kase?: string, phone?: string, _pct?: string, word?: string, num?: string) => {
    if (email) return /@(?:[\w-]+\.)*uscourts\.gov$/i.test(email) ? email : EMAIL;
    if (kase) return zero(kase);
    if (phone) {
      if (m.replace(/\D/g, '') === PSC_PHONE || (mode === 'text' && courtPhone())) return m;
      return mode === 'attr' ? zero(m) : PHONE;
    }
    if (word) return mode === 'scrub' && word.length > 1 && !VOCABULARY.has(word.toLowerCase()) ? mask(word) : word;
    if (num) return num.length >= MIN_DIGITS[mode] ? zero(num) : num;
    return m;
  });
}

/** Query values that are someone's data whatever they look like. */
const PERSONAL_PARAM = /^(?:q|s|term|query|search)$|name|party|user|login|mail|phone|ssn|tax|addr/i;

/** A query string, parameter by parameter: names stay, values are cleaned; a URL inside is sanitised whole. */
function cleanQuery(query: string): string {
  return query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return cleanText(part, 'attr');
      const name = part.slice(0, eq);
      let value = part.slice(eq + 1);
      let decoded = value;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        /* a stray %: taken as it is */
      }
      if (/^https?:\/\//i.test(decoded)) {
        const inner = sanitizeUrl(decoded);
        if (inner !== decoded) value = encodeURIComponent(inner);
      } else if (PERSONAL_PARAM.test(name)) {
        value = value && 'x';
      } else {
        value = cleanText(value, 'attr');
      }
      return `${cleanText(name, 'attr')}=${value}`;
    })
    .join('&');
}

/**
 * Scheme, host, path and query parameter names stay; long numbers (case
 * ids, document and session numbers) become zeros, also in the path; a
 * return address (appurl) is sanitised the same way; the fragment and any
 * user:password@ go. Not an http(s) address: "about:blank".
 */
export function sanitizeUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'about:blank';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'about:blank';
  const query = cleanQuery(u.search.slice(1));
  return `${u.protocol}//${u.host}${cleanText(u.pathname, 'attr')}${query ? `?${query}` : ''}`;
}

/** An href, src or action as written (relative or not): cleaned like a URL, its form kept. */
function cleanLink(value: string): string {
  if (/^\s*javascript:/i.test(value)) return 'javascript:void(0)';
  const [, path, query, hash] = /^([^?#]*)(?:\?([^#]*))?(#[\s\S]*)?$/.exec(value)!;
  return cleanText(path!, 'attr') + (query === undefined ? '' : `?${cleanQuery(query)}`) + (hash ? cleanText(hash, 'attr') : '');
}

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

function textNodes(root: Node, what = 4 /* SHOW_TEXT */): Node[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, what);
  const out: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

/** Puts `text` in the first non-blank text node under `el`, empties the others. */
function replaceText(el: Node, text: string, done: Set<Node>): void {
  let placed = false;
  for (const t of textNodes(el) as Text[]) {
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
    for (const t of textNodes(row.first.parentNode!) as Text[]) {
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
  for (const t of textNodes(root) as Text[]) {
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

const BUTTON = /^(?:submit|button|reset|image)$/;
const URL_ATTR = /^(?:href|src|action|formaction)$/;
const WORDY_ATTR = /^(?:title|alt|aria-label|placeholder|label|summary|data-.*)$/;
/** A court's help desk or clerk's office: their numbers are public and useful. */
const COURT_CONTEXT = /uscourts\.gov|\bclerk|\bcourts?\b|help\s*desk|service\s*center|\bPACER\b/i;

function courtContext(t: Node): boolean {
  const block = t.parentElement?.closest('p, li, td, th, dd, address, footer, div, section, form, body');
  return !!block && (COURT_CONTEXT.test((block.textContent ?? '').slice(0, 2000)) || !!block.querySelector('a[href*="uscourts.gov"]'));
}

/** A sanitised, self-describing copy of `doc` (the live page at `url`): never modifies `doc`. */
export function capturePage(doc: Document, url: string): CaptureReply {
  const { screen, court } = recognize(doc, url);
  const scrub = SCRUBBED.has(screen);
  const root = doc.documentElement.cloneNode(true) as Element;
  const done = new Set<Node>();

  // The extension's own traces.
  root.removeAttribute(ATTRIBUTE);
  for (const el of root.querySelectorAll(HOST_TAG)) el.remove();

  // What was typed, chosen or handed out: from attributes only.
  for (const input of root.querySelectorAll('input')) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    input.removeAttribute('checked');
    if (type === 'hidden') input.setAttribute('value', '');
    else if (!BUTTON.test(type)) input.removeAttribute('value');
  }
  for (const el of root.querySelectorAll('textarea, script, noscript')) el.textContent = '';
  for (const el of root.querySelectorAll('template')) (el as HTMLTemplateElement).content.replaceChildren();
  for (const el of root.querySelectorAll('option[selected]')) el.removeAttribute('selected');
  for (const c of textNodes(root, 128 /* SHOW_COMMENT */)) c.parentNode?.removeChild(c);

  // Names, before the text is cleaned.
  if (screen === 'link-confirm') {
    replaceAccountNames(root.querySelector('#cmecfMainContent') ?? root.querySelector('body') ?? root, done);
  }
  replaceLoggedIn(root, done);

  const menu = root.querySelector('#topmenu') ?? root.querySelector('.yuimenubar');
  const modeOf = (n: Node): Mode => (scrub && !menu?.contains(n) ? 'scrub' : 'text');
  for (const t of textNodes(root) as Text[]) {
    if (done.has(t) || t.parentElement?.tagName === 'STYLE') continue;
    const clean = cleanText(t.data, modeOf(t), () => courtContext(t));
    if (clean !== t.data) t.data = clean;
  }

  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      if (/^on/i.test(name) || name === 'srcdoc') {
        el.removeAttribute(name);
        continue;
      }
      if (name === 'class' || name === 'style' || name.startsWith('xmlns')) continue;
      const clean = URL_ATTR.test(name)
        ? cleanLink(value)
        : cleanText(value, WORDY_ATTR.test(name) && modeOf(el) === 'scrub' ? 'scrub' : 'attr');
      if (clean !== value) el.setAttribute(name, clean);
    }
  }

  const safeUrl = sanitizeUrl(url);
  const mark = `<!-- saved from url=(${String(safeUrl.length).padStart(4, '0')})${safeUrl} -->`;
  const html = [mark, NOTE, ...(doc.doctype ? ['<!DOCTYPE html>'] : []), root.outerHTML].join('\n') + '\n';
  return { html, url: safeUrl, screen, court, filename: `${court ?? 'page'}-${screen}.html` };
}
