// The tester's capture (src/capture/sanitize.ts), over every fixture: a
// sanitised copy that the recogniser and the command line accept as is,
// in which nothing typed, planted, personal or case-identifying survives,
// taken without touching the live page or reading a password.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  accountPlaceholders,
  capturePage,
  cleanText,
  FIRM,
  OTHER_FIRM,
  OTHER_PERSON,
  PERSON,
  sanitizeReference,
  sanitizeUrl,
} from '../src/capture/sanitize';
import { run } from '../src/cli/recognize';
import { recognize, toJson } from '../src/recognize';
import { collapse } from '../src/recognize/dom';
import { domOf, htmlOf, loadFixtures, type Fixture } from './support/fixtures';

const ROOT = join(import.meta.dirname, '..');
const fixtures = loadFixtures();
/** The command line's own pattern (src/cli/recognize.ts), checked below to be the same text. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;
const CASE_DATA_SCREENS = new Set(['cmecf-unlinked', 'cmecf-linked', 'unknown']);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'capture-'));
});

/** What must survive a capture: the answer, not the selector (ids and hrefs may be zeroed). */
function answerOf(doc: Document, url: string) {
  const j = toJson(recognize(doc, url)) as ReturnType<typeof toJson> & { flags?: unknown };
  return { screen: j.screen, court: j.court, label: j.target?.label ?? null, flags: j.flags ?? [] };
}

function mainOf(doc: Document): Element {
  return doc.getElementById('cmecfMainContent') ?? doc.body;
}

function isButton(input: Element): boolean {
  return /^(?:submit|button|reset|image)$/i.test(input.getAttribute('type') ?? '');
}

/** The fixture with a secret in every place a person types or a page hides one. */
function planted(f: Fixture): { doc: Document; markers: string[] } {
  const doc = domOf(f);
  const markers: string[] = [];
  const next = () => {
    const m = `SECRET-${markers.length}-xyzzy`;
    markers.push(m);
    return m;
  };
  for (const el of doc.querySelectorAll('input')) {
    // A button's value is its label, written by the court, not typed: the
    // recogniser reads "Submit" and "Continue" there.
    if (isButton(el)) continue;
    const m = next();
    el.setAttribute('value', m);
    el.value = m;
    if (/^(?:checkbox|radio)$/i.test(el.type)) {
      el.setAttribute('checked', 'checked');
      el.checked = true;
    }
  }
  for (const el of doc.querySelectorAll('textarea')) {
    const m = next();
    el.textContent = m;
    el.value = m;
  }
  const body = doc.body ?? doc.documentElement;
  const script = doc.createElement('script');
  script.textContent = `setcookie("CASE_NUM","${next()}",default_base_path);`;
  const noscript = doc.createElement('noscript');
  noscript.textContent = next();
  const clickable = doc.createElement('span');
  clickable.setAttribute('onclick', `goDLS('${next()}')`);
  body.append(script, noscript, clickable, doc.createComment(` debug: user ${next()} `));
  return { doc, markers };
}

const captures = new Map<string, ReturnType<typeof capturePage>>();
function captureOf(f: Fixture) {
  let c = captures.get(f.name);
  if (!c) {
    c = capturePage(domOf(f), f.url);
    captures.set(f.name, c);
  }
  return c;
}

describe('1. nothing typed or hidden survives', () => {
  test.each(fixtures)('$name', (f) => {
    const { doc, markers } = planted(f);
    expect(markers.length).toBeGreaterThan(0);
    const c = capturePage(doc, f.url);
    for (const m of markers) {
      expect(c.html, `${f.name}: ${m}`).not.toContain(m);
      expect(c.url).not.toContain(m);
    }
    expect(c.html).not.toContain('xyzzy');
    const out = new JSDOM(c.html).window.document;
    for (const input of out.querySelectorAll('input')) {
      expect(input.hasAttribute('checked')).toBe(false);
      if (input.getAttribute('type')?.toLowerCase() === 'hidden') expect(input.getAttribute('value')).toBe('');
      else if (!isButton(input)) expect(input.hasAttribute('value')).toBe(false);
    }
    for (const el of out.querySelectorAll('textarea, noscript')) expect(el.textContent).toBe('');
    for (const s of out.querySelectorAll('script')) expect(s.textContent).toBe('');
    for (const el of out.querySelectorAll('*'))
      for (const a of el.attributes) expect(a.name.startsWith('on'), `${f.name}: ${a.name}`).toBe(false);
    expect(out.querySelector('option[selected]')).toBeNull();
  });

  test('hidden tokens keep their name, blanked: javax.faces.ViewState', () => {
    const f = fixtures.find((x) => htmlOf(x).includes('javax.faces.ViewState'))!;
    const out = new JSDOM(captureOf(f).html).window.document;
    const state = out.querySelector('input[name="javax.faces.ViewState"]');
    expect(state).not.toBeNull();
    expect(state!.getAttribute('value')).toBe('');
  });
});

/** Every account name the fixtures hold: confirmation rows, logged-in lines, usernames. */
function fixtureNames(): string[] {
  const names = new Set(['Jane Q. Attorney', 'John Q. Attorney', 'Sam Q. Attorney', 'Alex Q. Filer', 'jqattorney2014']);
  for (const f of fixtures) {
    const doc = domOf(f);
    for (const row of doc.querySelectorAll('tr')) {
      const cells = [...row.children].map((c) => collapse(c.textContent));
      if (cells.length > 1 && /^(?:CM\s*\/?\s*ECF|PACER)$/i.test(cells[0]!)) names.add(collapse(cells.slice(1).join(' ')));
    }
    for (const m of htmlOf(f).matchAll(/logged in as:?\s*(?:<[^>]+>)*\s*([^<(|]+)/gi)) names.add(collapse(m[1]));
  }
  return [...names].filter((n) => n.length > 3);
}

const PLANTED_PARTIES = `
<table class="planted"><tr><td><b>Zebulon Quartermaine</b><br>Debtor<br>1234 Marigold Parkway<br>Springfield, IL 62704<br>SSN / ITIN: xxx-xx-4821</td>
<td>represented by</td><td><b>Philippa Xanthopoulos</b><br>Quagmire &amp; Bellweather LLP<br>(312) 555-0199<br>Email: pxanthopoulos@quagmirelaw.example</td></tr></table>
<p>Motion to Dismiss Case filed by Zebulon Quartermaine. (Xanthopoulos, Philippa) (Entered: 03/14/2019)
<a href="/cgi-bin/qryParties.pl?last_name=Quartermaine&amp;caseid=4821#entry4821" data-party="Zebulon Quartermaine" title="Philippa Xanthopoulos">parties</a></p>`;
const PLANTED_SECRETS = ['Zebulon', 'Quartermaine', 'Philippa', 'Xanthopoulos', 'Quagmire', 'Bellweather', 'Marigold', 'Springfield', '62704', '4821', '555-0199', 'quagmirelaw'];
const PLANTED_LOGIN = `<p class="planted-user">Logged in as <b>zquartermaine77</b> | Welcome, Philippa Xanthopoulos</p>`;

describe('2. no account name, party or attorney survives', () => {
  const names = fixtureNames();

  test('the fixtures\' names are found (the check below means something)', () => {
    for (const n of ['Jane Q. Attorney', 'John Q. Attorney', 'Sam Q. Attorney', 'Alex Q. Filer']) expect(names).toContain(n);
    // the confirmation rows are read from the pages, not only from this list
    expect(names.length).toBeGreaterThan(5);
  });

  test.each(fixtures)('$name', (f) => {
    const html = captureOf(f).html.toLowerCase();
    for (const n of names) expect(html, `${f.name}: ${n}`).not.toContain(n.toLowerCase());
  });

  test.each(fixtures)('$name, with a logged-in line and, on case-data pages, a party block planted', (f) => {
    const doc = domOf(f);
    if (CASE_DATA_SCREENS.has(f.screen)) mainOf(doc).insertAdjacentHTML('beforeend', PLANTED_PARTIES);
    (doc.body ?? doc.documentElement).insertAdjacentHTML('beforeend', PLANTED_LOGIN);
    const before = answerOf(doc, f.url);
    const c = capturePage(doc, f.url);
    for (const s of [...PLANTED_SECRETS, 'zquartermaine77']) {
      if (!CASE_DATA_SCREENS.has(f.screen) && PLANTED_SECRETS.includes(s) && s !== 'Philippa' && s !== 'Xanthopoulos') continue;
      expect(c.html, `${f.name}: ${s}`).not.toContain(s);
    }
    expect(c.html).toContain(PERSON);
    expect(answerOf(new JSDOM(c.html, { url: c.url }).window.document, c.url)).toEqual(before);
  });

  test('the confirmation screen: placeholders that keep a match a match and a mismatch a mismatch', () => {
    const ctb = fixtures.find((x) => x.name === 'ctb/10-link-confirm.html')!;
    const same = captureOf(ctb).html;
    expect(same.split(PERSON).length - 1).toBe(2);
    const mismatch = fixtures.find((x) => x.name === 'traps/confirm-mismatch.html');
    if (mismatch) {
      const html = captureOf(mismatch).html;
      expect(html).toContain(PERSON);
      expect(html).toContain(OTHER_PERSON);
    }
    const firm = fixtures.find((x) => x.name === 'traps/confirm-firm-llp.html');
    if (firm) {
      const c = captureOf(firm);
      expect(c.html).toContain(FIRM);
      // the capture raises the page's own flags (test 4 checks this for every fixture)
      const flags = answerOf(new JSDOM(c.html, { url: c.url }).window.document, c.url).flags;
      expect(flags).toEqual(answerOf(domOf(firm), firm.url).flags);
      expect(flags).toContain('name-mismatch');
    }
  });
});

describe('3. no case number or case id survives', () => {
  const CASE_DATA = ['3:18-cv-01094', '3-18-cv-1094', '10-50273', '09-12515', '2:24-bk-16169', '2:21-ap-01197', '2:21-bk-11188', '126534', '225625', '299057', '16-1756', '06-1400954', '878-0661'];

  test('they are in the real fixtures to begin with', () => {
    const all = fixtures.map((f) => htmlOf(f) + f.url).join('\n');
    for (const s of CASE_DATA) expect(all, s).toContain(s);
  });

  test.each(fixtures)('$name', (f) => {
    const c = captureOf(f);
    for (const s of CASE_DATA) {
      expect(c.html, `${f.name}: ${s}`).not.toContain(s);
      expect(c.url).not.toContain(s);
    }
  });

  test('shapes stay: the judges\' initials, the docket\'s layout; the address keeps only its script', () => {
    const ctd = captureOf(fixtures.find((x) => x.name === 'real/cmecf_menubar_pacer_only_district_ctd_nextgen.html')!);
    expect(ctd.html).toContain('3:00-cv-00000-XXX-XXX-XXX');
    expect(ctd.url).toBe('https://ecf.ctd.uscourts.gov/cgi-bin/qrySummary.pl');
    const ctb = captureOf(fixtures.find((x) => x.name === 'real/cmecf_menubar_pacer_only_bankruptcy_ctb_legacy.html')!);
    expect(ctb.html).toContain('Bankruptcy Petition #: 00-00000');
    expect(ctb.html).toContain('"/cgi-bin/qryAscCases.pl"');
  });
});

describe('4. the capture is accepted as is', () => {
  test('the test reads the mark with the command line\'s own pattern', () => {
    expect(readFileSync(join(ROOT, 'src/cli/recognize.ts'), 'utf8')).toContain(SAVED_FROM.source);
  });

  test.each(fixtures)('$name', (f) => {
    const c = captureOf(f);
    const original = answerOf(domOf(f), f.url);
    expect({ screen: c.screen, court: c.court }).toEqual({ screen: original.screen, court: original.court });
    expect(c.filename).toBe(`${f.court ?? 'page'}-${f.screen}.html`);

    const lines = c.html.split('\n');
    const m = SAVED_FROM.exec(c.html.slice(0, 2048));
    expect(m, `${f.name}: no saved-from mark`).not.toBeNull();
    expect(lines[0]).toBe(`<!-- saved from url=(${String(c.url.length).padStart(4, '0')})${c.url} -->`);
    expect(lines[1]).toMatch(/^<!-- captured and sanitised by CM\/ECF Link Guide: .* -->$/);
    expect(lines[2]!.startsWith('<!DOCTYPE html>')).toBe(!!domOf(f).doctype);
    const url = m![1]!;
    expect(url).toBe(c.url);

    // As a test would: the file parsed at the URL from its own mark.
    expect(answerOf(new JSDOM(c.html, { url }).window.document, url), f.name).toEqual(original);

    // As the command line does, in process: the file, no --url.
    const file = join(tmp, f.name.replace('/', '__'));
    writeFileSync(file, c.html);
    const out: string[] = [];
    run([file], (line) => out.push(line));
    expect(out).toHaveLength(1);
    const printed = JSON.parse(out[0]!);
    expect({ screen: printed.screen, court: printed.court, label: printed.target?.label ?? null, flags: printed.flags ?? [] }).toEqual(original);
  });

  test('the command line, run as testers run it, takes a written capture without --url', () => {
    const f = fixtures.find((x) => x.name === 'real/cmecf_menubar_filer_bankruptcy_cacb_ng1.7.1.1.html')!;
    const file = join(tmp, 'cacb-cmecf-linked.html');
    writeFileSync(file, captureOf(f).html);
    const r = spawnSync('npm', ['run', '--silent', 'recognize', '--', file], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ screen: 'cmecf-linked', court: 'cacb', target: null });
  }, 60_000);
});

describe('5. the live page is untouched and no password is read', () => {
  test.each(fixtures)('$name', (f) => {
    const { doc } = planted(f);
    // The extension's own traces on the live page: the recorder's attribute, the overlay host.
    doc.documentElement.setAttribute('data-link-guide', '{"screen":"x"}');
    doc.documentElement.append(doc.createElement('cmecf-link-guide'));
    const win = doc.defaultView!;
    const proto = win.HTMLInputElement.prototype;
    const own = Object.getOwnPropertyDescriptor(proto, 'value')!;
    let passwordReads = 0;
    Object.defineProperty(proto, 'value', {
      configurable: true,
      get(this: HTMLInputElement) {
        if ((this.getAttribute('type') ?? '').toLowerCase() === 'password') passwordReads++;
        return own.get!.call(this);
      },
      set(this: HTMLInputElement, v: string) {
        own.set!.call(this, v);
      },
    });
    try {
      const before = doc.documentElement.outerHTML;
      const values = [...doc.querySelectorAll('input:not([type="password" i])')].map((i) => (i as HTMLInputElement).value);
      const c = capturePage(doc, f.url);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect([...doc.querySelectorAll('input:not([type="password" i])')].map((i) => (i as HTMLInputElement).value)).toEqual(values);
      expect(passwordReads, `${f.name}: a password field's value was read`).toBe(0);
      expect(c.html).not.toContain('data-link-guide');
      expect(c.html).not.toContain('<cmecf-link-guide');
      expect(doc.querySelector('cmecf-link-guide')).not.toBeNull();
    } finally {
      Object.defineProperty(proto, 'value', own);
    }
  });

  test('the spy does see a read (it would catch one)', () => {
    const f = fixtures.find((x) => x.screen === 'pacer-login')!;
    const doc = domOf(f);
    const proto = doc.defaultView!.HTMLInputElement.prototype;
    const own = Object.getOwnPropertyDescriptor(proto, 'value')!;
    let reads = 0;
    Object.defineProperty(proto, 'value', { configurable: true, get(this: HTMLInputElement) { reads++; return own.get!.call(this); } });
    try {
      void (doc.querySelector('input[type="password"]') as HTMLInputElement).value;
    } finally {
      Object.defineProperty(proto, 'value', own);
    }
    expect(reads).toBe(1);
  });
});

describe('6. units', () => {
  test('sanitizeUrl keeps what recognition needs, from fixed values', () => {
    const login =
      'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=CTBK&appurl=https%3A%2F%2Fecf.ctb.uscourts.gov%2Fcgi-bin%2Fshowpage.pl';
    expect(sanitizeUrl(login)).toBe(login);
    expect(sanitizeUrl(`${login}%3F16`)).toBe(login);
    expect(sanitizeUrl('https://ecf.ctb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities')).toBe('https://ecf.ctb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities');
    expect(sanitizeUrl('https://ecf.ksb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenMenuItems')).toBe('https://ecf.ksb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenMenuItems');
    expect(sanitizeUrl('https://ecf.ksb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenQuuxford')).toBe('https://ecf.ksb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGen');
    expect(sanitizeUrl('http://ecf.ctb.uscourts.gov/cgi-bin/showpage.pl?16')).toBe('http://ecf.ctb.uscourts.gov/cgi-bin/showpage.pl');
    expect(sanitizeUrl('https://www.ctb.uscourts.gov/')).toBe('https://www.ctb.uscourts.gov/');
    expect(sanitizeUrl('https://ecf.ctb.uscourts.gov/cgi-bin/login.pl?logout')).toBe('https://ecf.ctb.uscourts.gov/cgi-bin/login.pl?logout');
  });

  test('sanitizeUrl drops every other query, the fragment, credentials, unknown paths and hosts', () => {
    expect(sanitizeUrl('https://ecf.ctb.uscourts.gov/cgi-bin/DktRpt.pl?225625#top')).toBe('https://ecf.ctb.uscourts.gov/cgi-bin/DktRpt.pl');
    expect(sanitizeUrl('https://ecf.cacb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=2159336')).toBe('https://ecf.cacb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities');
    expect(sanitizeUrl('https://ecf.cacb.uscourts.gov/cgi-bin/qryParties.pl?Quuxford')).toBe('https://ecf.cacb.uscourts.gov/cgi-bin/qryParties.pl');
    expect(sanitizeUrl('https://ecf.cacb.uscourts.gov/cgi-bin/DktRpt.pl;jsessionid=ZQ0A1B2C3')).toBe('https://ecf.cacb.uscourts.gov/page');
    expect(sanitizeUrl('https://ecf.cacb.uscourts.gov/cgi-bin/ZqQuuxford.pl')).toBe('https://ecf.cacb.uscourts.gov/cgi-bin/page.pl');
    expect(sanitizeUrl('https://jqa:hunter2@ecf.mnd.uscourts.gov/doc1/10111409561')).toBe('https://ecf.mnd.uscourts.gov/page');
    expect(sanitizeUrl('https://pcl.uscourts.gov/pcl/find?lastName=Quartermaine&court=ctb')).toBe('https://pcl.uscourts.gov/page');
    expect(sanitizeUrl('https://zq-quuxford.example/cgi-bin/iquery.pl')).toBe('https://unknown.invalid/cgi-bin/iquery.pl');
    expect(sanitizeUrl('https://ecf.zqquuxford.uscourts.gov/')).toBe('https://unknown.invalid/');
    expect(sanitizeUrl('https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ZQQX&user=aty12345')).toBe('https://pacer.login.uscourts.gov/csologin/login.jsf');
    expect(sanitizeUrl('not a url')).toBe('about:blank');
    expect(sanitizeUrl('file:///C:/Users/jqattorney/Desktop/page.html')).toBe('about:blank');
  });

  test('sanitizeUrl sanitises the return address inside (appurl), and keeps it only for a court', () => {
    const ca1 =
      'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=01CA&appurl=https%3A%2F%2Fecf.ca1.uscourts.gov%2Fn%2Fbeam%2Fservlet%2FTransportRoom%3Fservlet%3DCaseSummary.jsp%26caseNum%3D16-1756';
    expect(sanitizeUrl(ca1)).toBe('https://pacer.login.uscourts.gov/csologin/login.jsf');
    const ctb =
      'https://pacer.login.uscourts.gov/csologin/login.jsf?appurl=https%3A%2F%2Fecf.ctb.uscourts.gov%2Fcgi-bin%2FDktRpt.pl%3Fatty%3DZelda%2BQuuxford&pscCourtId=CTBK';
    const out = sanitizeUrl(ctb);
    expect(out).not.toMatch(/Quuxford|Zelda|atty/);
    expect(new URL(out).searchParams.get('appurl')).toBe('https://ecf.ctb.uscourts.gov/cgi-bin/DktRpt.pl');
    expect(new URL(out).searchParams.get('pscCourtId')).toBe('CTBK');
  });

  test('sanitizeReference: relative stays relative, absolute keeps an allowed host, no other scheme', () => {
    const base = 'https://ecf.ctb.uscourts.gov/cgi-bin/DktRpt.pl?225625';
    expect(sanitizeReference('DisplayMenu.pl?Utilities&id=-1', base)).toBe('/cgi-bin/DisplayMenu.pl?Utilities');
    expect(sanitizeReference('/cgi-bin/iquery.pl?Quuxford', base)).toBe('/cgi-bin/iquery.pl');
    expect(sanitizeReference('https://ecf.ctb.uscourts.gov/', base)).toBe('https://ecf.ctb.uscourts.gov/');
    expect(sanitizeReference('//zq.example/x', base)).toBe('https://unknown.invalid/page');
    expect(sanitizeReference('#entry4821', base)).toBe('#');
    for (const bad of ['mailto:zelda@quuxford.example', 'java\tscript:alert(1)', ' javascript:zq()', 'JaVaScRiPt:zq()', 'data:text/html,zq', 'vbscript:zq'])
      expect(sanitizeReference(bad, base), bad).toBeNull();
  });

  test('account placeholders: the same person, another person, a firm', () => {
    expect(accountPlaceholders('Jane Q. Attorney', 'Jane Q. Attorney')).toEqual({ cmecf: PERSON, pacer: PERSON });
    // the recogniser's own comparison: middle initials and "Esq." do not make another person
    expect(accountPlaceholders('Robert J. Anderson', 'Robert Anderson, Esq.')).toEqual({ cmecf: PERSON, pacer: PERSON });
    expect(accountPlaceholders('Jane Q. Attorney', 'John R. Paralegal')).toEqual({ cmecf: PERSON, pacer: OTHER_PERSON });
    for (const firm of ['Smith & Jones LLP', 'Acme Law LLC', 'Filer Legal Group, P.C.', 'Doe PLLC', 'Roe, P.A.', 'The Doe Law Firm', 'Law Offices of Jane Q. Attorney', 'Doe & Associates', 'Doe Group', 'Doe & Roe'])
      expect(accountPlaceholders('Jane Q. Attorney', firm), firm).toEqual({ cmecf: PERSON, pacer: FIRM });
    expect(accountPlaceholders('Smith & Jones LLP', 'Doe & Roe LLP')).toEqual({ cmecf: FIRM, pacer: OTHER_FIRM });
    expect(accountPlaceholders('Smith & Jones LLP', 'Smith & Jones LLP')).toEqual({ cmecf: FIRM, pacer: FIRM });
    expect(accountPlaceholders('Smith & Jones LLP', 'Jane Q. Attorney')).toEqual({ cmecf: FIRM, pacer: PERSON });
  });

  test('text: the vocabulary, the flow\'s phrases and the courts\' names stay; every other word is masked, numbers zeroed', () => {
    expect(cleanText('Link a CM/ECF account to my PACER account')).toBe('Link a CM/ECF account to my PACER account');
    expect(cleanText('NextGen Release 1.1 Menu Items')).toBe('NextGen Release 1.1 Menu Items');
    expect(cleanText('Connecticut Bankruptcy Court Login')).toBe('Connecticut Bankruptcy Court Login');
    expect(cleanText('will be permanently linked to your upgraded PACER account')).toBe('will be permanently linked to your upgraded PACER account');
    expect(cleanText('Welcome Zelda Quuxford')).toBe('Welcome Xxxxx Xxxxxxxx');
    expect(cleanText('write to jane.filer@lawfirm.example.org')).toBe('xxxxx to xxxx.filer@xxxxxxx.xxxxxxx.org');
    expect(cleanText('call (415) 555-0123')).toBe('xxxx (000) 000-0000');
    expect(cleanText('Case 2:24-bk-16169-BB, 3:18cv1094, 2018-cv-1094, Case No. 12345')).toBe('Case 2:00-bk-00000-XX, 3:00cv0000, 0000-cv-0000, Case No. 00000');
    expect(cleanText('aty12345 ct12345 will may')).toBe('aty00000 xx00000 xxxx xxx');
    expect(cleanText('Debtor Zebulon Quartermaine, 150 Court Street')).toBe('Debtor Xxxxxxx Xxxxxxxxxxxx, 000 Court Xxxxxx');
    // length kept, letter by letter, in any script
    for (const s of ['Zélda Quüxförd', 'Ze\u0301lda', '𝐙𝐞𝐥𝐝𝐚 𝟏𝟐𝟑', 'Жанна', '山田太郎 ٣٤٥'])
      expect(cleanText(s).length, s).toBe(s.length);
    expect(cleanText('山田太郎 ٣٤٥')).toBe('xxxx 000');
  });

  test('a court help desk line on a linking page: no number, address or stranger survives; the screen stays', () => {
    const f = fixtures.find((x) => x.name === 'ctb/09-link-form.html')!;
    const doc = domOf(f);
    mainOf(doc).insertAdjacentHTML(
      'beforeend',
      '<p>Clerk\'s Office help desk: (860) 240-3675, <a href="mailto:ecf_help@ctb.uscourts.gov">ecf_help@ctb.uscourts.gov</a></p><p>My cell: 415-555-0123, jane@firm.example</p>',
    );
    const c = capturePage(doc, f.url);
    expect(c.html).toContain('(000) 000-0000');
    expect(c.html).not.toContain('240-3675');
    expect(c.html).not.toContain('mailto:');
    expect(c.html).not.toContain('555-0123');
    expect(c.html).not.toContain('jane@firm.example');
    expect(c.screen).toBe('link-form');
  });
});
