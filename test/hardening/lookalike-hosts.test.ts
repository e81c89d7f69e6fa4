// Hardening: lookalike addresses. Every fixture is served again (in jsdom)
// at addresses that look like its court's but are not: the court host under
// another domain, the court host as a path or a user name on another host,
// plain http, another port, a punycode or homograph domain. At each one:
//   - the recogniser answers unknown, no court, no target, no flags;
//   - the match patterns the background registers (src/content/hosts.ts,
//     exact court hosts; harness.ts scriptRunsAt reads them as the browsers
//     do) refuse it, during a session and while idle (another port aside:
//     match patterns do not check ports, so there the background's own check
//     of the sender's address refuses, test/trust.test.ts);
//   - the background classifies it as no court page (trust.ts pageHostOf).
// Controls: at the fixtures' real addresses the same pages are recognised
// as their screens and accepted. The built manifests carry no content
// script at all (it is registered at run time) and no host permission but
// uscourts.gov's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { contentScriptRunsAt, courtHosts, idleMatches, LINK_UTILITY_PATHS, sessionMatches } from '../../src/content/hosts';
import { allCourts } from '../../src/courts/courts';
import { recognize, toJson } from '../../src/recognize';
import { classifyHost } from '../../src/recognize/context';
import { pageHostOf } from '../../src/background/trust';
import { CHROME_BUILD, FIREFOX_BUILD, scriptRunsAt } from '../e2e/support/harness';
import { htmlOf, loadFixtures } from '../support/fixtures';

/** Lookalikes of `real`: name and address (as the browser would hold it, normalised). */
function lookalikes(real: string): Array<[string, string]> {
  const u = new URL(real);
  const rest = `${u.pathname}${u.search}`;
  const host = u.hostname;
  const raw: Array<[string, string]> = [
    ['under another domain', `https://${host}.evil.example${rest}`],
    ['as a path on another host', `https://evil.example/${host}${rest}`],
    ['plain http', `http://${host}${rest}`],
    ['another port', `https://${host}:8443${rest}`],
    ['as a user name on another host', `https://${host}@evil.example${rest}`],
    ['under a punycode domain', `https://${host}.xn--80ak6aa92e.com${rest}`],
    ['joined by a hyphen to another domain', `https://${host}-evil.example${rest}`],
    ['with a Cyrillic o in uscourts', `https://${host.replace('uscourts', 'usc\u043eurts')}${rest}`],
    ['as a subdomain label on another host', `https://${host.replace(/\./g, '-')}.evil.example${rest}`],
  ];
  return raw.map(([name, href]) => [name, new URL(href).href]);
}

const fixtures = loadFixtures();

describe('the built manifests: no content script in the manifest, uscourts.gov alone as host permission', () => {
  // npm test builds both before the unit tests: a missing build is a failure, not a skip.
  test.each([
    ['the Chromium build', CHROME_BUILD],
    ['the Firefox build', FIREFOX_BUILD],
  ])('%s', (_name, dir) => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: unknown[]; host_permissions: string[] };
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.host_permissions).toEqual(['https://*.uscourts.gov/*']);
  });
});

describe('the registered match patterns: exact hosts of the directory courts', () => {
  const courts = allCourts().map((c) => c.id);
  test('during a session: ecf., ecf-train., www. of each of the 188 courts, and the two PACER login hosts', () => {
    expect(courts).toHaveLength(188);
    const want = ['pacer.login.uscourts.gov', 'train-login.uscourts.gov', ...courts.flatMap((id) => [`ecf.${id}.uscourts.gov`, `ecf-train.${id}.uscourts.gov`, `www.${id}.uscourts.gov`])];
    expect([...sessionMatches()].sort()).toEqual(want.map((h) => `https://${h}/*`).sort());
    expect(courtHosts()).toHaveLength(3 * 188);
  });

  test('while idle: the login hosts, and only the link utility on each court’s CM/ECF hosts', () => {
    const want = [
      'https://pacer.login.uscourts.gov/*',
      'https://train-login.uscourts.gov/*',
      ...courts.flatMap((id) => ['ecf', 'ecf-train'].flatMap((p) => LINK_UTILITY_PATHS.map((path) => `https://${p}.${id}.uscourts.gov${path}`))),
    ];
    expect([...idleMatches()].sort()).toEqual(want.sort());
  });

  test('no wildcard in any host, every pattern well formed', () => {
    for (const p of [...sessionMatches(), ...idleMatches()]) expect(p).toMatch(/^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.uscourts\.gov\/[^*]*\*?$/);
  });

  test.each([
    'https://www.uscourts.gov/search?q=ecf.ctb.uscourts.gov/',
    'https://www.uscourts.gov/',
    'https://ecf.ca1.uscourts.gov/n/beam/servlet/TransportRoom',
    'https://www.jpml.uscourts.gov/',
    'https://ecf.jpml.uscourts.gov/cgi-bin/LinkAccount.pl',
    'https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf',
    'https://pcl.uscourts.gov/pcl/pages/search/findCase.jsf',
    'https://ecf.xxb.uscourts.gov/cgi-bin/LinkAccount.pl',
    'https://ecf.ctb.uscourts.gov.evil.example/',
  ])('not a directory court page, session or not: %s', (url) => {
    expect(scriptRunsAt(url)).toBe(false);
    expect(scriptRunsAt(url, { idle: true })).toBe(false);
    expect(contentScriptRunsAt(url)).toBe(false);
    expect(pageHostOf(url)).toBeNull();
  });

  test.each([
    ['https://ecf.ctb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1', true],
    ['https://ecf-train.orb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenRelease11MenuItems&id=-1', true],
    ['https://ecf.ksb.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenMenuItems', true],
    ['https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl?904417353268115-L_1_0-1', true],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf', true],
    ['https://ecf.ctb.uscourts.gov/cgi-bin/DisplayMenu.pl?Reports', false],
    ['https://ecf.ctb.uscourts.gov/cgi-bin/showpage.pl?16', false],
    ['https://ecf.ctb.uscourts.gov/cgi-bin/DktRpt.pl?225625', false],
    ['https://ecf.ctb.uscourts.gov/cgi-bin/iquery.pl?Utilities', false],
    ['https://www.ctb.uscourts.gov/cgi-bin/LinkAccount.pl', false],
    ['https://ecf.ctb.uscourts.gov/', false],
  ])('idle: %s -> %s', (url, idle) => {
    expect(scriptRunsAt(url, { idle: true })).toBe(idle);
    expect(contentScriptRunsAt(url, { idle: true })).toBe(idle);
    expect(contentScriptRunsAt(url)).toBe(true);
  });
});

describe('lookalike addresses: nothing recognised, the content script refused', () => {
  test.each(fixtures.map((f) => [f.name, f] as const))('%s', (_n, f) => {
    const html = htmlOf(f);
    const problems: string[] = [];
    const all = lookalikes(f.url);
    // The recogniser reads the address it is given, never the document's own
    // (src/recognize has no location, URL or resolved href): one parse serves all.
    const dom = new JSDOM(html, { url: all[0]![1] });
    for (const [name, url] of all) {
      const json = toJson(recognize(dom.window.document, url));
      if (json.screen !== 'unknown' || json.court !== null || json.target !== null || json.flags.length)
        problems.push(`${name} ${url}: recognised ${JSON.stringify(json)}`);
      // Match patterns ignore the port: the court's own host on another port is the court's, and the background refuses it.
      if (name !== 'another port') {
        if (scriptRunsAt(url)) problems.push(`${name} ${url}: the session patterns let the content script run`);
        if (scriptRunsAt(url, { idle: true })) problems.push(`${name} ${url}: the idle patterns let the content script run`);
      }
      if (contentScriptRunsAt(url)) problems.push(`${name} ${url}: contentScriptRunsAt says yes`);
      if (pageHostOf(url)) problems.push(`${name} ${url}: the background takes it for a court page`);
    }
    dom.window.close();
    expect(problems).toEqual([]);
  });
});

describe('controls: the real addresses are recognised and accepted', () => {
  const known = fixtures.filter((f) => f.screen !== 'unknown');

  test.each(known.map((f) => [f.name, f] as const))('%s', (_n, f) => {
    const r = recognize(new JSDOM(htmlOf(f), { url: f.url }).window.document, f.url);
    expect(r.screen).toBe(f.screen);
    expect(scriptRunsAt(new URL(f.url).href)).toBe(true);
    expect(contentScriptRunsAt(f.url)).toBe(true);
    expect(pageHostOf(f.url)).not.toBeNull();
  });

  test('every kind of lookalike differs from the real address', () => {
    for (const f of known) {
      for (const [name, url] of lookalikes(f.url)) expect(url, name).not.toBe(new URL(f.url).href);
    }
  });
});

describe('the background’s own checks agree with the patterns', () => {
  // src/background/reinject.ts and trust.ts decide with contentScriptRunsAt,
  // not the browser's matcher: they must agree (the port aside, where they are stricter).
  test.each(fixtures.map((f) => [f.name, f] as const))('%s and its lookalikes', (_n, f) => {
    const urls = [new URL(f.url).href, ...lookalikes(f.url).filter(([n]) => n !== 'another port').map(([, url]) => url)];
    expect(urls.filter((url) => contentScriptRunsAt(url) !== scriptRunsAt(url))).toEqual([]);
    expect(urls.filter((url) => contentScriptRunsAt(url, { idle: true }) !== scriptRunsAt(url, { idle: true }))).toEqual([]);
    // And with the recogniser's own classification of hosts.
    expect(urls.filter((url) => contentScriptRunsAt(url) !== (classifyHost(new URL(url))[0] !== 'other'))).toEqual([]);
  });

  test('not an address at all: no', () => {
    expect(contentScriptRunsAt('not a url')).toBe(false);
    expect(contentScriptRunsAt('')).toBe(false);
    expect(pageHostOf(undefined)).toBeNull();
  });
});
