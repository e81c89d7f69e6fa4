// Hardening: lookalike addresses. Every fixture is served again (in jsdom)
// at addresses that look like its court's but are not: the court host under
// another domain, the court host as a path or a user name on another host,
// plain http, another port, a punycode or homograph domain. At each one:
//   - the recogniser answers unknown, no court, no target, no flags;
//   - the content script's match patterns and include globs refuse it: the
//     built manifests' (harness.ts scriptRunsAt, both browsers) when built,
//     and always the ones src/content/hosts.ts gives the build.
// Controls: at the fixtures' real addresses the same pages are recognised
// as their screens and the same matchers accept them, so a refusal is the
// address's doing. (The browsers' own matching is checked in
// test/e2e/support/hardening-suite.ts.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, test } from 'vitest';
import { contentScriptRunsAt, INCLUDE_GLOBS, MATCHES } from '../../src/content/hosts';
import { recognize, toJson } from '../../src/recognize';
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

// The matchers: the built manifests where they exist, and always the source's own.
const scratch = mkdtempSync(join(tmpdir(), 'hardening-manifest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
writeFileSync(
  join(scratch, 'manifest.json'),
  JSON.stringify({ content_scripts: [{ matches: MATCHES, include_globs: INCLUDE_GLOBS }] }),
);
const MATCHERS: Array<[string, string]> = [
  ['src/content/hosts.ts', scratch],
  // npm test builds both before the unit tests: a missing build is a failure, not a skip.
  ['the Chromium build', CHROME_BUILD],
  ['the Firefox build', FIREFOX_BUILD],
];

describe('the built manifests carry the source matchers', () => {
  test.each(MATCHERS.slice(1))('%s', (_name, dir) => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[]; include_globs?: string[] }> };
    expect(m.content_scripts).toHaveLength(1);
    expect(m.content_scripts[0]!.matches).toEqual(MATCHES);
    expect([...(m.content_scripts[0]!.include_globs ?? [])].sort()).toEqual([...INCLUDE_GLOBS].sort());
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
      for (const [matcher, dir] of MATCHERS) {
        if (scriptRunsAt(url, dir)) problems.push(`${name} ${url}: ${matcher} lets the content script run`);
      }
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
    for (const [matcher, dir] of MATCHERS) expect(scriptRunsAt(new URL(f.url).href, dir), matcher).toBe(true);
  });

  test('every kind of lookalike differs from the real address', () => {
    for (const f of known) {
      for (const [name, url] of lookalikes(f.url)) expect(url, name).not.toBe(new URL(f.url).href);
    }
  });
});

describe('the background re-injects (after an update) only where the manifest would inject', () => {
  // src/background/reinject.ts decides with contentScriptRunsAt, not the browser's matcher: they must agree.
  test.each(fixtures.map((f) => [f.name, f] as const))('%s and its lookalikes', (_n, f) => {
    const urls = [new URL(f.url).href, ...lookalikes(f.url).map(([, url]) => url)];
    const disagree = urls.filter((url) => contentScriptRunsAt(url) !== scriptRunsAt(url, CHROME_BUILD));
    expect(disagree).toEqual([]);
  });

  test('not an address at all: no', () => {
    expect(contentScriptRunsAt('not a url')).toBe(false);
    expect(contentScriptRunsAt('')).toBe(false);
  });
});
