// Issue 10 item 7: what looking for the court-branded login heading costs on
// a huge page of the login host. The content script recognises the page
// again at most every 150 ms while it changes (src/content/record.ts), so
// whatever one recognition reads is paid again on every change.
//
// Counted, not timed (timings belong to `npm run bench`): spies on the
// page's own prototypes count the characters handed to the recogniser
// (`textContent`, `nodeValue`, `data`) and the nodes handed to it
// (`querySelectorAll` results, TreeWalker steps). The page is a fixture of the
// login host with 30,000 table rows of links, spans and paragraphs added
// below the login form, and the same with 300 rows.
//
// Proves: the search for the branded name reads a bounded amount of the page
// (BRAND_MAX_ELEMENTS / BRAND_MAX_CHARS, src/recognize/context.ts), the same
// on 30,000 rows as on 300, whether the heading is there (found, court from
// the name alone) or not (the worst case: nothing to find); and a whole
// recognition of such a page costs the same at 30,000 rows as at 300.
// Does not prove: how long that takes in a browser (npm run bench: `mutatingLoginPageExtensionScriptSeconds`).
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { recognize } from '../src/recognize';
import { BRAND_MAX_CHARS, BRAND_MAX_ELEMENTS, PageContext } from '../src/recognize/context';
import { isShown } from '../src/recognize/dom';
import { htmlOf, loadFixtures } from './support/fixtures';

const fixtures = loadFixtures();
const byName = (name: string) => {
  const f = fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};

/** Rows of a docket-like table: links, spans and paragraphs, none of them a heading. */
function rows(n: number): string {
  const out: string[] = ['<table id="bigTable"><tbody>'];
  for (let i = 0; i < n; i++) {
    out.push(
      `<tr><td><a href="#e${i}">${i + 1}</a></td><td><span>03/${(i % 28) + 1}/2026</span></td>` +
        `<td><p>ORDER granting motion ${i}. Signed by the judge on the date shown. <span>(entry ${i})</span></p></td></tr>`,
    );
  }
  out.push('</tbody></table>');
  return out.join('');
}

function bigPage(fixtureName: string, n: number): Document {
  const html = htmlOf(byName(fixtureName)).replace(/<\/body>/i, `${rows(n)}</body>`);
  return new JSDOM(html, { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf' }).window.document;
}

interface Reads {
  chars: number;
  nodes: number;
}

/** Runs `fn` with every read of text and every node handed out by a query or a walker counted. */
function counted<T>(doc: Document, fn: () => T): [T, Reads] {
  const win = doc.defaultView as unknown as typeof globalThis;
  const reads: Reads = { chars: 0, nodes: 0 };
  const restore: Array<() => void> = [];
  const wrapGetter = (proto: object, prop: string) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop)!;
    Object.defineProperty(proto, prop, {
      ...d,
      get(this: unknown) {
        const v = d.get!.call(this) as string | null;
        reads.chars += v?.length ?? 0;
        return v;
      },
    });
    restore.push(() => Object.defineProperty(proto, prop, d));
  };
  const wrapMethod = (proto: Record<string, unknown>, prop: string, count: (r: unknown) => number) => {
    const orig = proto[prop] as (...a: unknown[]) => unknown;
    proto[prop] = function (this: unknown, ...a: unknown[]) {
      const r = orig.apply(this, a);
      reads.nodes += count(r);
      return r;
    };
    restore.push(() => (proto[prop] = orig));
  };
  wrapGetter(win.Node.prototype, 'textContent');
  wrapGetter(win.Node.prototype, 'nodeValue');
  wrapGetter(win.CharacterData.prototype, 'data');
  const list = (r: unknown) => (r as NodeList).length;
  const one = (r: unknown) => (r ? 1 : 0);
  wrapMethod(win.Document.prototype as never, 'querySelectorAll', list);
  wrapMethod(win.Element.prototype as never, 'querySelectorAll', list);
  for (const m of ['nextNode', 'previousNode', 'nextSibling', 'previousSibling', 'parentNode', 'firstChild', 'lastChild']) {
    wrapMethod(win.TreeWalker.prototype as never, m, one);
  }
  try {
    return [fn(), reads];
  } finally {
    for (const r of restore.reverse()) r();
  }
}

const URL_NO_COURT = 'https://pacer.login.uscourts.gov/csologin/login.jsf';
// One 30,000-row page of each kind, parsed once (jsdom takes seconds).
const pages = {
  branded: { small: bigPage('ctb/02-court-login.html', 300), large: bigPage('ctb/02-court-login.html', 30_000) },
  plain: { small: bigPage('generic/nocourt-pacer-login.html', 300), large: bigPage('generic/nocourt-pacer-login.html', 30_000) },
};

describe('the branded-name search on a 30,000-row page of the login host', () => {
  test('the pages are what they say: 30,000 rows, and still the same screens', () => {
    expect(pages.branded.large.querySelectorAll('#bigTable tr').length).toBe(30_000);
    expect(recognize(pages.branded.large, URL_NO_COURT)).toMatchObject({ screen: 'court-login', court: 'ctb' });
    expect(recognize(pages.plain.large, URL_NO_COURT)).toMatchObject({ screen: 'pacer-login', court: null });
  });

  test.each(['branded', 'plain'] as const)('%s: bounded reads, the same as on 300 rows', (kind) => {
    const [nameSmall, small] = counted(pages[kind].small, () => new PageContext(pages[kind].small, URL_NO_COURT).brandedCourtName);
    const [nameLarge, large] = counted(pages[kind].large, () => new PageContext(pages[kind].large, URL_NO_COURT).brandedCourtName);
    expect(nameLarge).toBe(kind === 'branded' ? 'Connecticut Bankruptcy Court' : null);
    expect(nameSmall).toBe(nameLarge);
    // Today's code read the text of every link, span and paragraph: over
    // 2 million characters and 120,000 nodes here when there is no heading,
    // and a 120,000-node list even when the heading is the 65th element.
    expect(large.chars, 'characters read').toBeLessThanOrEqual(BRAND_MAX_CHARS + 161);
    expect(large.nodes, 'nodes handed to the search').toBeLessThanOrEqual(4 * BRAND_MAX_ELEMENTS);
    expect(large, 'what grows below the header is never read').toEqual(small);
  });

  test.each(['branded', 'plain'] as const)('%s: a whole recognition costs the same at 30,000 rows as at 300', (kind) => {
    const [a, small] = counted(pages[kind].small, () => recognize(pages[kind].small, URL_NO_COURT));
    const [b, large] = counted(pages[kind].large, () => recognize(pages[kind].large, URL_NO_COURT));
    expect([b.screen, b.court]).toEqual([a.screen, a.court]);
    expect(large).toEqual(small);
  });
});

describe('the bound keeps the heading where login pages have it', () => {
  // The search before the bound (issue 10 item 7), kept here as the oracle:
  // the text of every heading, span, link and paragraph of the page.
  const BRANDED_LOGIN_RE = /^(?:➔\s*)?(.*?\bCourt)(?:\s*\((?:test|train|training)\))?\s+Login$/i;
  const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  function unbounded(doc: Document): string | null {
    for (const el of doc.querySelectorAll('h1, h2, h3, h4, h5, legend, a, span, label, p, div.ui-panel-title')) {
      const raw = el.textContent ?? '';
      if (raw.length > 160 || !/Login\s*$/i.test(raw)) continue;
      const m = BRANDED_LOGIN_RE.exec(collapse(raw));
      if (m && !/^PACER\b/i.test(m[1]!) && isShown(el)) return collapse(m[1]!);
    }
    return null;
  }
  const onLoginHost = fixtures.filter((f) => /(?:^|\.)(?:pacer\.login|train-login)\.uscourts\.gov$/.test(new URL(f.url).hostname));

  test('there are branded login fixtures', () => {
    const branded = onLoginHost.filter((f) => unbounded(new JSDOM(htmlOf(f), { url: f.url }).window.document));
    expect(branded.length).toBeGreaterThanOrEqual(5);
  });

  // Every login-host fixture with a branded heading has it at about the
  // 65th-70th element, well inside the bound: a page would need thousands of
  // elements above its login form to lose it.
  test.each(onLoginHost.map((f) => [f.name, f] as const))('%s: the same name as reading every candidate, found early', (_n, f) => {
    const doc = new JSDOM(htmlOf(f), { url: f.url }).window.document;
    const [name, reads] = counted(doc, () => new PageContext(doc, f.url).brandedCourtName);
    expect(name).toBe(unbounded(doc));
    if (name === null) return;
    expect(reads.chars, 'characters read before the heading').toBeLessThan(BRAND_MAX_CHARS / 4);
    expect(reads.nodes, 'nodes visited before the heading').toBeLessThan(BRAND_MAX_ELEMENTS / 4);
  });
});
