// DOM helpers shared by the screen predicates. They use only what every DOM
// implementation has (jsdom in tests and the command line, the real page in
// the content script) and never compute layout, so that the same page gives
// the same answer everywhere, and a 10,000-row docket costs no more than its
// first few thousand characters.

const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK']);
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/**
 * Whether this element, not counting its ancestors, hides itself. PrimeFaces
 * hides a closed dialog with aria-hidden="true" plus an inline display:none
 * (or visibility:hidden), and keeps native inputs in .ui-helper-hidden-accessible
 * behind its own widgets; either signal alone is taken as hidden.
 */
export function hidesItself(el: Element): boolean {
  if (NEVER_SHOWN.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return true;
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  if (cls && /(?:^|\s)(?:ui-helper-hidden|ui-helper-hidden-accessible)(?:\s|$)/.test(cls)) return true;
  return false;
}

/** Shown to the user: attached, and neither it nor an ancestor hides itself. */
export function isShown(el: Element | null | undefined): el is Element {
  if (!el || !el.isConnected) return false;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (hidesItself(n)) return false;
  }
  return true;
}

export function collapse(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * The visible text of `root`, in document order, up to `cap` characters.
 * Hidden subtrees (closed dialogs, scripts) are skipped. The cap keeps the
 * cost bounded on huge pages: every phrase the flow's screens are known by
 * sits near the top of their content.
 */
export function visibleText(root: Node | null | undefined, cap = 4000): string {
  if (!root) return '';
  if (root.nodeType === 1 && !isShown(root as Element)) return '';
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && hidesItself(n as Element) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  let out = '';
  for (let n = walker.nextNode(); n && out.length < cap; n = walker.nextNode()) {
    if (n.nodeType === 3) out += n.nodeValue;
    else if ((n as Element).tagName === 'BR' || (n as Element).tagName === 'P' || (n as Element).tagName === 'TD' || (n as Element).tagName === 'LI') out += ' ';
  }
  return collapse(out).slice(0, cap);
}

/** The first shown element of `root` matching `selector` and `test`. */
export function firstShown(
  root: ParentNode | null | undefined,
  selector: string,
  test: (el: Element) => boolean = () => true,
): Element | null {
  if (!root) return null;
  for (const el of root.querySelectorAll(selector)) {
    if (test(el) && isShown(el)) return el;
  }
  return null;
}

/** getElementById for ids with colons, without building a selector. */
export function byId(doc: Document, id: string): Element | null {
  return doc.getElementById(id);
}

export function textOf(el: Element | null | undefined): string {
  return collapse(el?.textContent);
}

function cleanLabel(s: string): string {
  return collapse(s).replace(/[\s:*]+$/, '').replace(/^[\s*➔]+/, '').trim();
}

function labelFor(el: Element): string {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  if (id) {
    for (const label of doc.querySelectorAll('label[for]')) {
      if (label.getAttribute('for') === id) {
        const t = cleanLabel(textOf(label));
        if (t) return t;
      }
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) {
    const t = cleanLabel(textOf(wrapping));
    if (t) return t;
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return cleanLabel(aria);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const t = cleanLabel(labelledBy.split(/\s+/).map((i) => textOf(doc.getElementById(i))).join(' '));
    if (t) return t;
  }
  // Old CGI forms put the label in the cell before the field's cell
  // ("CM/ECF login:" | <input>), or in text just before the field.
  const cell = el.closest('td, th');
  if (cell) {
    for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const t = cleanLabel(textOf(prev));
      if (t) return t;
    }
  }
  for (let prev = el.previousSibling; prev; prev = prev.previousSibling) {
    if (prev.nodeType === 1 && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test((prev as Element).tagName)) break;
    const t = cleanLabel(prev.textContent ?? '');
    if (t) return t;
  }
  return cleanLabel(el.getAttribute('placeholder') ?? el.getAttribute('title') ?? el.getAttribute('name') ?? '');
}

/** What a person sees as the name of the element the guide points at. */
export function labelOf(el: Element): string {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (/^(submit|button|reset)$/i.test(input.type)) return cleanLabel(input.value || input.getAttribute('value') || '');
    return labelFor(el);
  }
  if (tag === 'SELECT' || tag === 'TEXTAREA') return labelFor(el);
  // PrimeFaces widgets: the visible box stands for a hidden native input.
  const cls = el.getAttribute('class') ?? '';
  if (/\bui-chkbox-box\b/.test(cls) || /\bui-selectonemenu\b/.test(cls) || /\bui-radiobutton-box\b/.test(cls)) {
    const widget = el.closest('.ui-chkbox, .ui-selectonemenu, .ui-radiobutton') ?? el;
    const native = widget.querySelector('input:not([type="hidden"]), select');
    if (native) {
      const t = labelFor(native);
      if (t) return t;
    }
    const sibling = widget.parentElement?.querySelector('.ui-chkbox-label, label');
    if (sibling) return cleanLabel(textOf(sibling));
  }
  const text = cleanLabel(textOf(el));
  if (text) return text;
  return cleanLabel(el.getAttribute('aria-label') ?? el.querySelector('img[alt]')?.getAttribute('alt') ?? '');
}

// Selectors are written so that nothing in them needs escaping beyond a
// quote and a backslash: CSS engines differ on escapes (jsdom's refuses
// "\3a " as an octal escape), and a selector that does not parse is no
// answer. So a value holding a control character (a carriage return in an
// id, a form feed in a name) is never quoted into one, and a tag name that
// is not a plain identifier (Word's <o:p>) is passed by position instead.
const CONTROL = /[\u0000-\u001f\u007f]/;
const PLAIN_TAG = /^[a-z][a-z0-9-]*$/;

function quote(s: string): string {
  return '"' + s.replace(/[\\"]/g, '\\$&') + '"';
}

function unique(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false; // a selector the engine refuses is no answer
  }
}

function step(el: Element): string {
  const tag = el.tagName.toLowerCase();
  let n = 1;
  if (!PLAIN_TAG.test(tag)) {
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) n++;
    return `:nth-child(${n})`;
  }
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === el.tagName) n++;
  return `${tag}:nth-of-type(${n})`;
}

function idSelector(id: string): string | null {
  if (CONTROL.test(id)) return null;
  return /^[A-Za-z][\w-]*$/.test(id) ? `#${id}` : `[id=${quote(id)}]`;
}

/**
 * A CSS selector that matches exactly `el` in its document, as readable as
 * possible: its id, a distinctive attribute, or a short path from the
 * nearest ancestor with an id. Ids with colons (JSF) are written as
 * [id="…"].
 */
export function selectorFor(el: Element): string {
  const doc = el.ownerDocument;
  const rawTag = el.tagName.toLowerCase();
  const tag = PLAIN_TAG.test(rawTag) ? rawTag : '';
  const id = el.getAttribute('id');
  const own = id ? idSelector(id) : null;
  if (own && unique(doc, own, el)) return own;
  for (const attr of ['name', 'href', 'value']) {
    const v = el.getAttribute(attr);
    if (v && !CONTROL.test(v)) {
      const s = `${tag}[${attr}=${quote(v)}]`;
      if (unique(doc, s, el)) return s;
    }
  }
  const parts: string[] = [];
  for (let n: Element | null = el; n && n !== doc.documentElement; n = n.parentElement) {
    const nid = n !== el ? n.getAttribute('id') : null;
    const anchor = nid ? idSelector(nid) : null;
    if (anchor && unique(doc, anchor, n)) {
      const s = [anchor, ...parts].join(' > ');
      if (unique(doc, s, el)) return s;
    }
    parts.unshift(step(n));
  }
  return ['html', ...parts].join(' > ');
}
