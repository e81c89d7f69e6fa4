// The shared-firm-account flag and the username hints (issue 4, issue 12
// items 6-8 and 9's legacy account), as rules. The same rules over whole
// pages: test/fixtures/traps (cross-matrix); over a labelled corpus, with
// precision and recall: test/names/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { Flag } from '../src/messages';
import { recognize } from '../src/recognize';
import { GUIDES, PACER_UPGRADE_URL, flagWarnings } from '../src/guide/flag-words';
import {
  COURT_USERNAME_SHAPES,
  confirmationFlags,
  looksLikeOrganisation,
  nameFlags,
  sameName,
  usernameFlags,
} from '../src/recognize/flags';

describe('a PACER account name that reads as an organisation', () => {
  test.each([
    'Smith & Jones LLP',
    'Smith &amp Jones',
    'Doe LLC',
    'Doe, L.L.C.',
    'Roe Law, P.C.',
    'Roe, PLLC',
    'Roe & Roe, P.A.',
    'The Roe Law Firm',
    'Law Offices of Jane Roe',
    'Law Office of Jane Roe',
    'Roe & Associates',
    'Roe and Associates',
    'Roe Legal Group',
    'Roe Group',
    'Smith and Jones',
    'Acme Corp.',
    'Roe Partners',
  ])('%s is flagged', (name) => {
    expect(looksLikeOrganisation(name)).toBe(true);
    expect(nameFlags({ cmecf: name, pacer: name })).toContain('shared-firm-account');
  });

  test.each(['Andrea Sandoval', 'Alexander Anderson', 'Brandon Landry', 'Rolanda Andrews', 'Jane Q. Attorney', 'Mary Ann Grant', 'Pa Vang', 'Corinne Cole'])(
    '%s, an individual whose name merely contains "and" or such letters, is not',
    (name) => {
      expect(looksLikeOrganisation(name)).toBe(false);
      expect(nameFlags({ cmecf: name, pacer: name })).toEqual([]);
    },
  );

  test('a name firm IT listed as shared is flagged whatever it looks like', () => {
    expect(nameFlags({ cmecf: 'Jane Roe', pacer: 'Jane Roe' }, ['  jane roe '])).toEqual(['shared-firm-account']);
  });
});

describe('the CM/ECF and PACER names of one person', () => {
  test.each([
    ['John Q. Attorney', 'John Attorney'],
    ['Robert J. Anderson', 'Robert Anderson, Esq.'],
    ['ROBERT ANDERSON', 'robert anderson'],
    ['R. Anderson', 'Robert Anderson'],
    ['Jane Roe Jr.', 'Jane Roe'],
  ])('%s = %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(nameFlags({ cmecf: a, pacer: b })).not.toContain('name-mismatch');
  });

  test.each([
    ['Jane Q. Attorney', 'John R. Paralegal'],
    ['Jane Roe', 'Jane Doe'],
    ['Jane Roe', 'Mary Roe'],
  ])('%s ≠ %s: name-mismatch', (a, b) => {
    expect(nameFlags({ cmecf: a, pacer: b })).toEqual(['name-mismatch']);
  });
});

describe('usernames typed at a login (read in memory, compared, forgotten)', () => {
  test.each(['ct12345', 'CT00042', 'user12345', 'aty12345', 'phv12345'])('%s on the PACER login: a CM/ECF username, hinted', (u) => {
    expect(usernameFlags(u, 'pacer', 'ctb')).toEqual(['cmecf-username-on-pacer-login']);
    expect(usernameFlags(u, 'cmecf', 'ctb'), 'right on a CM/ECF login').toEqual([]);
  });

  test.each(['1234567', ' 7654321 '])('%s on the court-branded login that wants CM/ECF: a PACER username, hinted', (u) => {
    expect(usernameFlags(u, 'cmecf', 'ctb')).toEqual(['pacer-username-on-cmecf-login']);
    expect(usernameFlags(u, 'pacer', 'ctb'), 'right on the PACER login').toEqual([]);
  });

  test.each(['jqattorney', '123456', '12345678', 'ct1', 'jane.roe@example.com', ''])('%s: no hint', (u) => {
    expect(usernameFlags(u, 'pacer', 'ctb')).toEqual([]);
    expect(usernameFlags(u, 'cmecf', 'ctb')).toEqual([]);
  });

  test('a username firm IT listed as shared, any case: the shared-account flag', () => {
    expect(usernameFlags('FirmPacer1', 'pacer', 'ctb', { sharedUsernames: ['firmpacer1'] })).toEqual(['shared-firm-account']);
    expect(usernameFlags('firmpacer2', 'pacer', 'ctb', { sharedUsernames: ['firmpacer1'] })).toEqual([]);
  });

  test('with the hint turned off, shapes are not judged; a listed shared username still is', () => {
    expect(usernameFlags('ct12345', 'pacer', 'ctb', { hint: false })).toEqual([]);
    expect(usernameFlags('ct12345', 'pacer', 'ctb', { hint: false, sharedUsernames: ['ct12345'] })).toEqual(['shared-firm-account']);
  });

  test('no hint where the page does not say which credentials it wants', () => {
    expect(usernameFlags('ct12345', undefined, 'ctb')).toEqual([]);
  });
});

describe('issue 12 item 6: firms in every form, people whose names only look like one', () => {
  test.each(['SMITH AND JONES', 'smith and jones', 'Doe, Smith, and Jones', 'Jane Doe PC', 'Jane Doe PA', 'Jane Doe APC', 'Jane Doe PLC', 'Jane Doe, S.C.', 'Doe Law', 'Doe Legal', 'Smith + Jones'])(
    '%s beside the attorney\'s own name: shared-firm-account',
    (name) => {
      expect(nameFlags({ cmecf: 'Jane Doe', pacer: name })).toContain('shared-firm-account');
    },
  );

  test.each(['Jane Co', 'Co Nguyen', 'Andrew Coleman', 'Candace Anderson', 'Amanda Coe', 'Pa Vang', 'P.A. Smith', 'Jude Law'])('%s, the same on both sides: no flag', (name) => {
    expect(nameFlags({ cmecf: name, pacer: name })).toEqual([]);
  });

  test("a firm word that is the person's own surname counts when the CM/ECF name does not hold it", () => {
    expect(nameFlags({ cmecf: 'Jude Law', pacer: 'Jude Law' })).toEqual([]);
    expect(nameFlags({ cmecf: 'Jane Doe', pacer: 'Doe Law' })).toEqual(['shared-firm-account', 'name-mismatch']);
    // an entity suffix stays one on both sides
    expect(nameFlags({ cmecf: 'Roe Law, P.C.', pacer: 'Roe Law, P.C.' })).toContain('shared-firm-account');
  });
});

describe("issue 12 item 6: the confirmation page's names cannot be read", () => {
  const page = (body: string) =>
    new JSDOM(
      `<div id="topmenu" class="yuimenubar"><a href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a><a href="/cgi-bin/login.pl?logout">Log Out</a></div>
       <div id="cmecfMainContent"><h3>Link a CM/ECF account to my PACER account</h3><form><p>Do you want to link these accounts?</p>${body}
       <p>After you submit this screen, your old e-filing credentials for the CM/ECF account will be permanently linked to your upgraded PACER account.</p>
       <input type="submit" value="Submit"> <input type="reset" value="Clear"></form></div>`,
      { url: 'https://ecf.njd.uscourts.gov/cgi-bin/LinkAccount.pl?1-L_1_0-1' },
    ).window.document;

  test.each([
    ['names in <div> lines', '<div>CM/ECF: <b>Jane Doe</b></div><div>PACER: <b>Doe Law</b></div>'],
    ['one line, as seed 004 prints it', '<p>CMECF John Attorney PACER John Attorney</p>'],
    ['the PACER name empty', '<table><tr><td>CM/ECF</td><td>Jane Doe</td></tr><tr><td>PACER</td><td> </td></tr></table>'],
    ['the CM/ECF name empty', '<table><tr><td>CM/ECF</td><td></td></tr><tr><td>PACER</td><td>Jane Doe</td></tr></table>'],
    ['no names at all', ''],
  ])('%s: names-unreadable, and the page says so', (_, body) => {
    const r = recognize(page(body), 'https://ecf.njd.uscourts.gov/cgi-bin/LinkAccount.pl?1-L_1_0-1');
    expect(r.screen).toBe('link-confirm');
    expect(r.flags).toEqual(['names-unreadable']);
    expect(flagWarnings('names-unreadable', 'njd').map((t) => t.text).join(' ')).toMatch(/could not read the two account names.*Compare them yourself/);
  });

  test('names in rows: read and compared, no names-unreadable', () => {
    const r = recognize(page('<table><tr><td>CM/ECF</td><td>Jane Doe</td></tr><tr><td>PACER</td><td>Doe, Jane</td></tr></table>'), 'https://ecf.njd.uscourts.gov/cgi-bin/LinkAccount.pl?1-L_1_0-1');
    expect(r.flags).toEqual([]);
    expect(confirmationFlags(null)).toEqual(['names-unreadable']);
  });
});

describe('issue 12 item 7: the name-mismatch check', () => {
  test.each([
    ['Doe, Jane', 'Jane Doe'],
    ['Jane Doe-Smith', 'Jane Doe'],
    ['Mary Jane Doe', 'Mary-Jane Doe'],
    ['José Núñez', 'Jose Nunez'],
    ['José Núñez'.normalize('NFD'), 'José Núñez'.normalize('NFC')],
    ['山田太郎', '山田太郎'],
    ['Иван Петров', 'Иван Петров'],
    ['D’Angelo Rossi', "D'Angelo Rossi"],
    ['Dr. Jane Doe', 'Jane Doe'],
    ['Mr. Jane Doe', 'Jane Doe'],
    ['Hon. Jane Doe', 'Jane Doe'],
    ['Jane Doe, Esq.', 'Jane Doe'],
  ])('%s = %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(sameName(b, a)).toBe(true);
  });

  test.each([
    ['John Doe Jr.', 'John Doe Sr.'],
    ['John Doe II', 'John Doe III'],
    ['José Núñez', 'José Yáñez'],
    ['山田太郎', '山田花子'],
    ['John A. Smith', 'John B. Smith'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameName(a, b)).toBe(false);
    expect(sameName(b, a)).toBe(false);
  });

  test('non-Latin letters are compared, not stripped: two different Chinese names are not "the same empty name"', () => {
    expect(sameName('王伟', '王芳')).toBe(false);
    expect(sameName('王伟', '王伟')).toBe(true);
  });
});

describe("issue 12 item 8: each court's own username shapes, and none where its guide gives none", () => {
  test.each(['ct12345', 'CT00042', 'user12345', 'aty12345', 'phv12345'])('%s on a ctb PACER login: hinted; on any other court: not', (u) => {
    expect(usernameFlags(u, 'pacer', 'ctb')).toEqual(['cmecf-username-on-pacer-login']);
    for (const court of ['nynb', 'gasb', 'mnd', 'cacb', 'njd', null]) expect(usernameFlags(u, 'pacer', court), String(court)).toEqual([]);
  });

  test.each(['ab12345', 'xy123', 'ct123', 'ct1234567', 'user123', 'phv1234567'])('%s: no longer "any two letters and 3-6 digits"', (u) => {
    expect(usernameFlags(u, 'pacer', 'ctb')).toEqual([]);
  });

  test("a 7-digit PACER username is ctb's shape only", () => {
    expect(usernameFlags('1234567', 'cmecf', 'ctb')).toEqual(['pacer-username-on-cmecf-login']);
    expect(usernameFlags('1234567', 'cmecf', 'nynb')).toEqual([]);
    expect(usernameFlags('1234567', 'cmecf', null)).toEqual([]);
  });

  test('only ctb has shapes: every other seed guide gives none', () => {
    expect(Object.keys(COURT_USERNAME_SHAPES)).toEqual(['ctb']);
    const seeds = Object.fromEntries(Object.entries(GUIDES).map(([c, g]) => [c, readFileSync(resolve('/work/shared', g), 'utf8')]));
    expect(seeds.ctb).toMatch(/“ct#####”/);
    for (const c of ['nynb', 'gasb', 'mnd', 'cacb']) expect(seeds[c], c).not.toMatch(/#####|digits long/);
  });
});

describe('issue 12 item 9: a legacy (not upgraded) PACER username', () => {
  test.each(['ab1234', 'jq0042', 'AB1234'])('%s on a PACER login, any court: legacy-pacer-username', (u) => {
    for (const court of ['ctb', 'nynb', 'cacb', 'njd', null]) expect(usernameFlags(u, 'pacer', court), String(court)).toEqual(['legacy-pacer-username']);
  });

  test.each(['abc123', 'a12345', 'ab12345', 'ab123', 'jqattorney', '1234567', 'ab1234x'])('%s: not the legacy shape', (u) => {
    expect(usernameFlags(u, 'pacer', 'nynb')).toEqual([]);
  });

  test('not judged on a login that wants CM/ECF credentials, nor with the hint off', () => {
    expect(usernameFlags('ab1234', 'cmecf', 'ctb')).toEqual([]);
    expect(usernameFlags('ab1234', 'pacer', 'nynb', { hint: false })).toEqual([]);
  });

  test('the warning says so, with the national upgrade page', () => {
    const [first] = flagWarnings('legacy-pacer-username', 'njd');
    expect(first!.text).toMatch(/legacy PACER username/);
    expect(first!.text).toMatch(/before August 2014/);
    expect(first!.text).toContain(PACER_UPGRADE_URL);
    expect(PACER_UPGRADE_URL).toMatch(/^https:\/\/pacer\.uscourts\.gov\//);
    expect(first!.source.kind).toBe('general');
  });
});

describe('every warning names its source; a court\'s words are its guide\'s, and only for it', () => {
  const FLAGS: Flag[] = ['shared-firm-account', 'name-mismatch', 'names-unreadable', 'cmecf-username-on-pacer-login', 'pacer-username-on-cmecf-login', 'legacy-pacer-username'];
  const COURTS = ['ctb', 'nynb', 'gasb', 'mnd', 'cacb', 'njd', null];
  /** A seed's text as a reader sees it: markdown emphasis, escapes and link targets gone, whitespace collapsed. */
  const plain = (s: string) =>
    s
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<\/?u>|\*\*|\*|\\/g, '')
      .replace(/\s+/g, ' ');
  const seed = (guide: string) => plain(readFileSync(resolve('/work/shared', guide), 'utf8'));
  /** The step each line of a guide is in: "STEP 5" (seeds 001-004), "10." / "10(a)" (seed 000); before the first, 'introduction'. */
  const stepOf = (guide: string, text: string): string | null => {
    let step = 'introduction';
    for (const line of readFileSync(resolve('/work/shared', guide), 'utf8').split('\n')) {
      const p = plain(line);
      const m = /\bSTEP (\d+)\b/i.exec(p) ?? /^\s*-?\s*(\d+)(?:\.|\(a\))\s/.exec(p);
      if (m) step = m[1]!;
      if (p.includes(plain(text))) return step;
    }
    return null;
  };

  test.each(COURTS.flatMap((c) => FLAGS.map((f) => [f, c] as const)))('%s on %s', (flag, court) => {
    for (const t of flagWarnings(flag, court)) {
      expect(t.text.trim()).not.toBe('');
      if (t.source.kind === 'court') {
        expect(t.source.court, 'a court\'s words on its own pages only').toBe(court);
        expect(t.source.guide).toBe(GUIDES[t.source.court]);
        expect(seed(t.source.guide), `${t.text} in ${t.source.guide}`).toContain(plain(t.text));
        // the step named is the step the words are in ('FORGOT YOUR USERNAMES? …' and 'introduction' precede step 1)
        const step = stepOf(t.source.guide, t.text);
        expect(/^\d/.test(t.source.step) ? t.source.step : 'introduction', `${t.text}: step`).toBe(step);
      } else {
        expect(t.source.basis.length).toBeGreaterThan(10);
      }
    }
  });

  test('the page-raised flags say something on every court; the ctb-only hints say nothing elsewhere', () => {
    for (const c of COURTS) {
      for (const f of ['shared-firm-account', 'name-mismatch', 'names-unreadable', 'legacy-pacer-username'] as const) {
        expect(flagWarnings(f, c)[0]?.source.kind, `${f} ${c}`).toBe('general');
      }
    }
    for (const c of COURTS.filter((x) => x !== 'ctb')) {
      expect(flagWarnings('cmecf-username-on-pacer-login', c)).toEqual([]);
      expect(flagWarnings('pacer-username-on-cmecf-login', c)).toEqual([]);
    }
    expect(flagWarnings('cmecf-username-on-pacer-login', 'ctb').filter((t) => t.source.kind === 'court').map((t) => t.text).join(' ')).toMatch(/ct#####.*user#####.*aty#####.*phv#####/);
    expect(flagWarnings('pacer-username-on-cmecf-login', 'ctb').map((t) => t.text)).toContain('Upgraded PACER usernames are usually 7 digits long.');
  });

  test("the seed guides' own words back the shared-account warning where they say it", () => {
    for (const c of ['nynb', 'gasb', 'mnd', 'cacb']) {
      expect(flagWarnings('shared-firm-account', c).map((t) => t.text)).toContain('Do not log on using a shared firm PACER account.');
    }
    expect(flagWarnings('shared-firm-account', 'ctb').filter((t) => t.source.kind === 'court')).toEqual([]);
  });
});
