// Hardening: the recogniser on pages nobody recorded. Every fixture is
// mutated, VARIANTS times, each variant 1-5 random mutations (nodes removed,
// moved, duplicated or wrapped; text changed; attributes removed, shuffled or
// altered: class, id, style, hidden, aria-hidden, href, role, type, value;
// the HTML cut at a random offset and parsed again), from a seeded PRNG. On
// every variant:
//   - recognize() and toJson() do not throw;
//   - the screen is one of SCREEN_IDS;
//   - a target is attached, in that document, and shown (dom.ts isShown);
//   - toJson's selector matches exactly the target in that document.
//   - the tester's capture of the variant (src/capture/sanitize.ts) does not
//     throw, and its file, parsed again, gets a safe answer by the same
//     checks (how often that answer is the capture's own is counted and
//     printed; not asserted: a mutated DOM, such as a form wrapped in a
//     form, need not survive being written out and parsed again).
// Whether the answer is still the fixture's screen is not asserted (a
// mutation may really change the page): only that the answer is safe to act
// on. Time is not asserted either: speed belongs to the benchmark.
//
// VARIANTS defaults to 105: with the 96 fixtures, 10,080 mutated pages
// (issue 10 asks for at least 10,000; the first test below checks the
// count).
//
// A failure prints the base seed, the fixture, the variant's index and seed
// and its mutations. Reproduce with FUZZ_SEED=<base seed> and -t <fixture>;
// FUZZ_VARIANTS=<n> runs more (or fewer) variants per fixture.
//
// Two kinds of input once broke selectorFor (a tag name with a colon, such
// as Word's <o:p>, on the target's path; a carriage return or form feed in
// an id, name or href): the cases at the end keep them fixed.
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, test } from 'vitest';
import { capturePage } from '../../src/capture/sanitize';
import { recognize, SCREEN_IDS, toJson } from '../../src/recognize';
import { isShown } from '../../src/recognize/dom';
import { htmlOf, loadFixtures, type Fixture } from '../support/fixtures';
import { mulberry32, type Rng } from '../support/random';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 0x5eed2024) >>> 0;
const VARIANTS = Number(process.env.FUZZ_VARIANTS ?? 105);

// ---- seeded randomness -----------------------------------------------------

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
function pick<T>(rng: Rng, xs: ArrayLike<T>): T | undefined {
  return xs.length ? xs[int(rng, xs.length)] : undefined;
}

// ---- what mutations draw from ------------------------------------------------

/** Phrases the screens are recognised by, to put where they do not belong. */
const PHRASES = [
  'Link a CM/ECF account to my PACER account',
  'NextGen Release 1.1 Menu Items',
  'Utilities',
  'Document Filing System',
  'Connecticut Bankruptcy Court Login',
  'Where would you like to go?',
  '-- Select One --',
  'I understand that, if I file, I must comply with the redaction rules.',
  'Account Linking Instructions',
  'I have an upgraded individual PACER account',
  'Do you want to link these accounts?',
  'Your PACER account has been linked',
  'A registration request is pending',
  'Submit',
  'Continue',
  'Login',
  'CM/ECF login:',
  'PACER Smith & Jones LLP',
  'CM/ECF Jane Attorney',
  'Logged in as: someone',
];
/** Random text: letters, digits, punctuation, quotes, backslashes, spaces, a newline, a tab, non-ASCII. */
const CHARS = 'abcXYZ019 _-:./?&=#"\'\\<>\n\t\u00a0éß→';
function junk(rng: Rng, max = 12): string {
  let s = '';
  for (let i = int(rng, max + 1); i > 0; i--) s += CHARS[int(rng, CHARS.length)];
  return s;
}

const ATTR_VALUES: Record<string, string[]> = {
  class: ['', 'ui-helper-hidden', 'ui-helper-hidden-accessible', 'ui-dialog', 'ui-dialog ui-widget', 'yuimenubar', 'ui-chkbox-box', 'ui-state-active', 'ui-selectonemenu', 'ui-radiobutton-box', 'hardening'],
  id: ['', 'topmenu', 'cmecfMainContent', 'loginForm', 'loginForm:loginName', 'loginForm:password', 'loginForm:fbtnLogin', 'loginForm:courtId', 'regmsg', 'regmsg:chkRedact', 'regmsg:bpmConfirm', '1starts-with-digit', 'with space', 'quo"te', 'back\\slash', 'new\nline', 'colon:id'],
  style: ['display:none', 'visibility:hidden', 'display: none !important', 'DISPLAY:NONE;', 'display:block', 'color:red', ''],
  hidden: [''],
  'aria-hidden': ['true', 'false', 'TRUE'],
  href: ['/cgi-bin/DisplayMenu.pl?Utilities', '/cgi-bin/iquery.pl', '/cgi-bin/login.pl?logout', '/cgi-bin/DisplayMenu.pl?BankruptcyEvents', 'https://ecf.ctb.uscourts.gov/cgi-bin/login.pl', 'https://ecf.ctb.uscourts.gov.evil.example/', 'javascript:void(0)', '', '#', 'a"b\\c', 'line\nbreak'],
  role: ['dialog', 'alertdialog', 'radio', 'presentation'],
  type: ['password', 'text', 'hidden', 'submit', 'button', 'checkbox', 'radio', 'email'],
  value: ['Submit', 'Continue', 'Login', '', 'x"y\\z', 'E_CTBK'],
  name: ['loginForm:loginName', 'login', 'password', ''],
};
const ALTERABLE = Object.keys(ATTR_VALUES);

/** Where mutations matter most: controls, dialogs, menus, forms, labels, ids. */
const INTERESTING =
  'a[href], input, button, select, option, label, form, table, tr, td, h1, h2, h3, legend, ol, li, [id], [class*="ui-"], [role], #topmenu, #cmecfMainContent';

/** Wrapper tags: real-world tags (old markup, custom elements). Tags with a colon: see the known bug below. */
const WRAPPERS = ['div', 'span', 'font', 'center', 'b', 'td', 'li', 'form', 'my-widget'];

// ---- mutations -------------------------------------------------------------

interface Variant {
  doc: Document;
  log: string[];
  /** Element pools, taken once per document (picks skip what a mutation detached). */
  pools?: { any: Element[]; interesting: Element[]; containers: Element[] };
}

/** The pools of a document, by selector (a truncated page parsed again). */
function poolsOf(v: Variant, targetSelector: string | null) {
  if (v.pools) return v.pools;
  const doc = v.doc;
  const interesting: Element[] = [...doc.querySelectorAll(INTERESTING)];
  let t: Element | null = null;
  if (targetSelector) {
    try {
      t = doc.querySelector(targetSelector);
    } catch {
      t = null;
    }
  }
  // The target and its ancestors, weighted up.
  for (let n = t; n && n !== doc.documentElement; n = n.parentElement) interesting.push(n, n, n, n, n);
  const containers = [...doc.querySelectorAll('body, body *')];
  v.pools = { any: [...doc.querySelectorAll('head *'), ...containers], interesting, containers };
  return v.pools;
}

/**
 * The pools of the original page as positions in document order, so that a
 * fresh clone gets its pools from one walk instead of three selector searches.
 */
interface PoolPlan {
  any: number[];
  interesting: number[];
  containers: number[];
}

/** Every element in document order (jsdom's live collections are slow to spread). */
function elementsOf(doc: Document): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    out.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
  };
  if (doc.documentElement) walk(doc.documentElement);
  return out;
}

function planPools(base: Document, targetSelector: string | null): PoolPlan {
  const all = elementsOf(base);
  const index = new Map(all.map((el, i) => [el, i] as const));
  const at = (els: Iterable<Element>) => [...els].map((el) => index.get(el)!);
  const v: Variant = { doc: base, log: [] };
  const pools = poolsOf(v, targetSelector);
  return { any: at(pools.any), interesting: at(pools.interesting), containers: at(pools.containers) };
}

function clonePools(doc: Document, plan: PoolPlan): NonNullable<Variant['pools']> {
  const all = elementsOf(doc);
  const get = (xs: number[]) => xs.map((i) => all[i]!);
  return { any: get(plan.any), interesting: get(plan.interesting), containers: get(plan.containers) };
}

function pickAttached(v: Variant, rng: Rng, pool: Element[]): Element | undefined {
  for (let tries = 0; tries < 8; tries++) {
    const el = pick(rng, pool);
    if (el?.isConnected && el.ownerDocument === v.doc) return el;
  }
  return undefined;
}

function describeEl(el: Element): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class')?.split(/\s+/)[0];
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
  return `<${el.tagName.toLowerCase()}${id ? `#${JSON.stringify(id)}` : ''}${cls ? `.${cls}` : ''}>${text ? ` "${text}"` : ''}`;
}

/** Half the time an element of interest (or the original target's path), half any element. */
function someElement(v: Variant, rng: Rng, targetSelector: string | null): Element | undefined {
  const pools = poolsOf(v, targetSelector);
  return (rng() < 0.5 ? pickAttached(v, rng, pools.interesting) : undefined) ?? pickAttached(v, rng, pools.any);
}

function someContainer(v: Variant, rng: Rng, targetSelector: string | null): Element | undefined {
  return pickAttached(v, rng, poolsOf(v, targetSelector).containers);
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

const MUTATIONS: Record<string, (v: Variant, rng: Rng, target: string | null, parse: (html: string) => Document, source: string) => string | null> = {
  remove(v, rng, t) {
    const el = someElement(v, rng, t);
    if (!el || el === v.doc.documentElement) return null;
    el.remove();
    return `remove ${describeEl(el)}`;
  },
  move(v, rng, t) {
    const el = someElement(v, rng, t);
    const to = someContainer(v, rng, t);
    if (!el || !to || el === v.doc.documentElement || el.contains(to)) return null;
    to.append(el);
    return `move ${describeEl(el)} into ${describeEl(to)}`;
  },
  duplicate(v, rng, t) {
    const el = someElement(v, rng, t);
    if (!el || el === v.doc.documentElement || !el.parentNode) return null;
    const copy = el.cloneNode(true) as Element;
    if (rng() < 0.5) {
      el.after(copy);
      return `duplicate ${describeEl(el)} after itself`;
    }
    const to = someContainer(v, rng, t);
    if (!to || copy.contains(to)) return null;
    to.prepend(copy);
    return `duplicate ${describeEl(el)} into ${describeEl(to)}`;
  },
  wrap(v, rng, t) {
    const el = someElement(v, rng, t);
    if (!el || el === v.doc.documentElement || el === v.doc.body || el === v.doc.head || !el.parentNode) return null;
    const tag = pick(rng, WRAPPERS)!;
    const wrapper = v.doc.createElement(tag);
    const hide = pick(rng, [null, null, ['style', 'display:none'], ['hidden', ''], ['aria-hidden', 'true'], ['class', 'ui-dialog'], ['role', 'dialog']] as const);
    if (hide) wrapper.setAttribute(hide[0], hide[1]);
    el.replaceWith(wrapper);
    wrapper.append(el);
    return `wrap ${describeEl(el)} in <${tag}${hide ? ` ${hide[0]}="${hide[1]}"` : ''}>`;
  },
  text(v, rng, t) {
    const el = someElement(v, rng, t) ?? v.doc.body;
    const node = el ? pick(rng, textNodes(el)) : undefined;
    if (!node) return null;
    const before = node.data.replace(/\s+/g, ' ').trim().slice(0, 24);
    const how = int(rng, 6);
    node.data =
      how === 0 ? '' : how === 1 ? junk(rng) : how === 2 ? pick(rng, PHRASES)! : how === 3 ? node.data.toUpperCase() : how === 4 ? `${node.data} ${pick(rng, PHRASES)}` : node.data.slice(0, node.data.length >> 1);
    return `text "${before}" -> ${JSON.stringify(node.data.slice(0, 40))}`;
  },
  removeAttribute(v, rng, t) {
    const el = someElement(v, rng, t);
    const attr = el ? pick(rng, [...el.attributes].map((a) => a.name)) : undefined;
    if (!el || !attr) return null;
    el.removeAttribute(attr);
    return `remove ${attr} of ${describeEl(el)}`;
  },
  shuffleAttributes(v, rng, t) {
    const el = someElement(v, rng, t);
    if (!el || el.attributes.length < 2) return null;
    const attrs = [...el.attributes].map((a) => [a.name, a.value] as const);
    for (const [name] of attrs) el.removeAttribute(name);
    for (let i = attrs.length - 1; i > 0; i--) {
      const j = int(rng, i + 1);
      [attrs[i], attrs[j]] = [attrs[j]!, attrs[i]!];
    }
    for (const [name, value] of attrs) el.setAttribute(name, value);
    return `shuffle attributes of ${describeEl(el)}`;
  },
  alterAttribute(v, rng, t) {
    const el = someElement(v, rng, t);
    if (!el) return null;
    const attr = pick(rng, ALTERABLE)!;
    let value: string;
    const r = rng();
    if (attr === 'id' && r < 0.3) {
      // Another element's id: duplicate ids, as broken pages have.
      value = pick(rng, v.doc.querySelectorAll('[id]'))?.getAttribute('id') ?? 'dup';
    } else if (r < 0.85) value = pick(rng, ATTR_VALUES[attr]!)!;
    else value = junk(rng);
    if (attr === 'hidden' && el.hasAttribute('hidden') && rng() < 0.5) {
      el.removeAttribute('hidden');
      return `remove hidden of ${describeEl(el)}`;
    }
    el.setAttribute(attr, value);
    return `set ${attr}=${JSON.stringify(value)} on ${describeEl(el)}`;
  },
  truncate(v, rng, _t, parse, source) {
    // First mutation: the saved source itself; later: the page as mutated so far.
    const html = v.log.length === 0 ? source : `${v.doc.doctype ? '<!DOCTYPE html>' : ''}${v.doc.documentElement.outerHTML}`;
    const at = int(rng, html.length + 1);
    v.doc = parse(html.slice(0, at));
    v.pools = undefined;
    return `truncate at ${at} of ${html.length} characters and parse again`;
  },
};
/** Weights: structural and attribute changes most, truncation (a full parse) least. */
const KINDS: Array<keyof typeof MUTATIONS> = [
  'remove', 'remove', 'move', 'duplicate', 'duplicate', 'wrap', 'text', 'text',
  'removeAttribute', 'shuffleAttributes', 'alterAttribute', 'alterAttribute', 'alterAttribute', 'truncate',
];

// ---- the checks ------------------------------------------------------------

/** What is wrong with the recogniser's answer on `doc`, or null. */
function problemWith(doc: Document, url: string): string | null {
  let r: ReturnType<typeof recognize>;
  let json: ReturnType<typeof toJson>;
  try {
    r = recognize(doc, url);
  } catch (e) {
    return `recognize threw ${String(e)}`;
  }
  try {
    json = toJson(r);
  } catch (e) {
    return `toJson threw ${String(e)} (screen ${r.screen}, target ${r.target ? describeEl(r.target) : null})`;
  }
  if (!(SCREEN_IDS as readonly string[]).includes(json.screen)) return `screen ${JSON.stringify(json.screen)} is not a screen id`;
  const t = r.target;
  if (!t) return json.target === null ? null : 'a selector without a target';
  if (!t.isConnected || t.ownerDocument !== doc || !doc.contains(t)) return `${r.screen}: target ${describeEl(t)} is not in the document`;
  if (!isShown(t)) return `${r.screen}: target ${describeEl(t)} is hidden`;
  if (!json.target) return `${r.screen}: a target without a selector`;
  let found: Element[];
  try {
    found = [...doc.querySelectorAll(json.target.selector)];
  } catch (e) {
    return `${r.screen}: selector ${JSON.stringify(json.target.selector)} is not valid CSS: ${String(e)}`;
  }
  if (found.length !== 1 || found[0] !== t)
    return `${r.screen}: selector ${JSON.stringify(json.target.selector)} matches ${found.length} element(s)${found.length ? `, first ${describeEl(found[0]!)}` : ''}, not only the target ${describeEl(t)}`;
  if (typeof json.target.label !== 'string') return `${r.screen}: label is not a string`;
  return null;
}

const fuzzed = { pages: 0, captures: 0, sameAnswer: 0 };

/** What is wrong with the capture of `doc`: it throws, or its file, parsed again, gets an unsafe answer. */
function captureProblem(doc: Document, url: string, parse: (html: string) => Document): string | null {
  let c: ReturnType<typeof capturePage>;
  try {
    c = capturePage(doc, url);
  } catch (e) {
    return `capturePage threw ${String(e)}`;
  }
  if (!(SCREEN_IDS as readonly string[]).includes(c.screen)) return `capture: screen ${JSON.stringify(c.screen)} is not a screen id`;
  const out = parse(c.html);
  const problem = problemWith(out, c.url);
  if (problem) return `the capture's file, parsed again: ${problem}`;
  fuzzed.captures++;
  const again = recognize(out, c.url);
  if (again.screen === c.screen && again.court === c.court) fuzzed.sameAnswer++;
  return null;
}

async function fuzzFixture(f: Fixture): Promise<string[]> {
  const source = htmlOf(f);
  const dom = new JSDOM(source, { url: f.url });
  const win = dom.window;
  const base = win.document;
  const parse = (html: string) => new win.DOMParser().parseFromString(html, 'text/html');
  const originalSelector = toJson(recognize(base, f.url)).target?.selector ?? null;
  const plan = planPools(base, originalSelector);
  const fixtureSeed = (hash(f.name) ^ BASE_SEED) >>> 0;
  const failures: string[] = [];
  for (let i = 0; i < VARIANTS; i++) {
    // Let the test runner's messages through between variants.
    if (i % 8 === 7) await new Promise((r) => setTimeout(r, 0));
    const seed = (fixtureSeed + Math.imul(i + 1, 0x9e3779b9)) >>> 0;
    const rng = mulberry32(seed);
    const doc = base.cloneNode(true) as Document;
    const v: Variant = { doc, log: [], pools: clonePools(doc, plan) };
    const count = 1 + int(rng, 5);
    let problem: string | null = null;
    try {
      for (let m = 0; m < count; m++) {
        const kind = pick(rng, KINDS)!;
        const did = MUTATIONS[kind]!(v, rng, originalSelector, parse, source);
        v.log.push(did ?? `${kind}: nothing to do`);
      }
    } catch (e) {
      // A mutation the DOM refused (a hierarchy error): the page as it is now is still checked.
      v.log.push(`(mutation refused: ${String(e)})`);
    }
    problem = problemWith(v.doc, f.url) ?? captureProblem(v.doc, f.url, parse);
    fuzzed.pages++;
    if (problem) {
      failures.push(
        `${f.name} variant ${i} (FUZZ_SEED=${BASE_SEED}, variant seed ${seed}): ${problem}\n    mutations:\n      ${v.log.join('\n      ')}`,
      );
      if (failures.length >= 5) break;
    }
  }
  win.close();
  return failures;
}

const fixtures = loadFixtures();

afterAll(() => {
  console.log(
    `fuzz: ${fuzzed.pages} mutated pages recognised and captured, ${fuzzed.captures} captures re-recognised, ` +
      `${fuzzed.sameAnswer} with the capture's own screen and court (FUZZ_SEED=${BASE_SEED})`,
  );
});

describe(`recogniser fuzz: ${VARIANTS} mutated variants of every fixture (FUZZ_SEED=${BASE_SEED})`, () => {
  test('at least 10,000 mutated pages by default', () => {
    if (process.env.FUZZ_VARIANTS === undefined) expect(VARIANTS * fixtures.length).toBeGreaterThanOrEqual(10_000);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_n, f) => {
    const failures = await fuzzFixture(f);
    expect(failures, failures.join('\n\n')).toEqual([]);
    // 105 variants of a PrimeFaces login page, each recognised, captured and
    // its capture parsed and recognised again: over a minute on a loaded
    // machine. Not a speed goal (that is the benchmark's): room to finish.
  }, 600_000);

  test('the mutations change the pages: many variants are recognised differently', () => {
    // A fuzz whose mutations never mattered would prove nothing: on a sample
    // of variants, the answer must differ from the original often enough.
    let changed = 0;
    let total = 0;
    for (const f of fixtures.filter((_, i) => i % 8 === 0)) {
      const dom = new JSDOM(htmlOf(f), { url: f.url });
      const base = dom.window.document;
      const original = JSON.stringify(toJson(recognize(base, f.url)));
      const sel = toJson(recognize(base, f.url)).target?.selector ?? null;
      for (let i = 0; i < 8; i++) {
        const rng = mulberry32((hash(f.name) ^ BASE_SEED ^ (i * 7919)) >>> 0);
        const v: Variant = { doc: base.cloneNode(true) as Document, log: [] };
        for (let m = 0; m < 3; m++) {
          try {
            MUTATIONS[pick(rng, KINDS)!]!(v, rng, sel, (h) => new dom.window.DOMParser().parseFromString(h, 'text/html'), htmlOf(f));
          } catch {
            /* refused */
          }
        }
        total++;
        if (JSON.stringify(toJson(recognize(v.doc, f.url))) !== original) changed++;
      }
      dom.window.close();
    }
    expect(changed / total).toBeGreaterThan(0.15);
  });
});

describe('selectorFor writes names CSS cannot take literally, escaped', () => {
  // Once a bug: a tag name with a colon on the target's path (Word's <o:p>,
  // <st1:place>: pages pasted from Word) gave "o:p:nth-of-type(1)", read as
  // a pseudo-class; a carriage return or form feed in an id, name or href
  // ended CSS's quoted string. toJson threw: the content script recorded and
  // guided nothing on that page, and the command line failed on it.
  const website = fixtures.find((f) => f.name === 'ctb/01-court-website.html')!;
  const linkForm = fixtures.find((f) => f.name === 'ctb/09-link-form.html')!;

  test('a target inside a Word <o:p> under an element with an id', () => {
    const doc = new JSDOM(htmlOf(website), { url: website.url }).window.document;
    const target = recognize(doc, website.url).target!;
    const holder = doc.createElement('div');
    holder.id = 'content';
    const op = doc.createElement('o:p');
    target.replaceWith(holder);
    holder.append(op);
    op.append(target);
    // Not unique by its own attributes: the selector needs the path.
    target.parentNode!.append(target.cloneNode(true));
    expect(problemWith(doc, website.url)).toBeNull();
  });

  test('a form feed in the name of the target, as written in the saved HTML', () => {
    // <input name="log&#12;in">: the HTML parser keeps the form feed.
    const html = htmlOf(linkForm).replace('<input type="text" name="login"', '<input type="text" name="log&#12;in"');
    const doc = new JSDOM(html, { url: linkForm.url }).window.document;
    const target = recognize(doc, linkForm.url).target;
    expect(target?.getAttribute('name')).toBe('log\fin');
    expect(problemWith(doc, linkForm.url)).toBeNull();
  });

  test('a carriage return in an ancestor id', () => {
    const doc = new JSDOM(htmlOf(linkForm), { url: linkForm.url }).window.document;
    const target = recognize(doc, linkForm.url).target!;
    target.removeAttribute('id');
    target.removeAttribute('name');
    target.parentElement!.setAttribute('id', 'row\r1');
    expect(problemWith(doc, linkForm.url)).toBeNull();
  });
});
