// The tester command line, run as testers run it (a child process, through
// npm) for what they see: stdout lines, stderr, exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { recognize, toJson } from '../src/recognize';
import { domOf, FIXTURES_DIR, loadFixtures } from './support/fixtures';

const ROOT = join(import.meta.dirname, '..');
const fixtures = loadFixtures();

function cli(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'recognize', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'recognize-cli-'));
});

describe('recognize --url <url> <file>', () => {
  const f = fixtures.find((x) => x.screen === 'pacer-login' && x.court)!;

  test('prints one JSON object: screen, court, target {selector, label}', () => {
    const r = cli('--url', f.url, f.path);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(Object.keys(out)).toEqual(['screen', 'court', 'target', 'flags']);
    expect(out).toEqual(toJson(recognize(domOf(f), f.url)));
    expect(out.screen).toBe('pacer-login');
    const doc = domOf(f);
    const found = doc.querySelectorAll(out.target.selector);
    expect(found.length).toBe(1);
    expect(found[0]).toBe(doc.querySelector(f.target!.selector));
  });

  test('a page saved by a browser needs no --url: its "saved from url" mark is used', () => {
    const cacb = fixtures.find((x) => x.name === 'real/cmecf_menubar_filer_bankruptcy_cacb_ng1.7.1.1.html')!;
    const saved = join(tmp, 'saved.html');
    const html = (domOf(cacb).documentElement.outerHTML);
    writeFileSync(saved, `<!-- saved from url=(${String(cacb.url.length).padStart(4, '0')})${cacb.url} -->\n${html}`);
    const r = cli(saved);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ screen: 'cmecf-linked', court: 'cacb' });
  });

  test('the URL decides too: the same page on a lookalike host is unknown', () => {
    const r = cli('--url', f.url.replace('uscourts.gov', 'uscourts.gov.example.com'), f.path);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ screen: 'unknown', court: null, target: null, flags: [] });
  });
});

describe('recognize --manifest <list.json>', () => {
  test('one line per entry, in order, each with its file, equal to the recogniser in-process', () => {
    // The fixtures' own pages.json files are manifests too (extra keys are ignored).
    const list = join(tmp, 'all.json');
    writeFileSync(list, JSON.stringify(fixtures.map((x) => ({ file: relative(tmp, x.path), url: x.url }))));
    const r = cli('--manifest', list);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(fixtures.length);
    lines.forEach((line, i) => {
      const x = fixtures[i]!;
      expect(line, x.name).toEqual({ file: relative(tmp, x.path), ...toJson(recognize(domOf(x), x.url)) });
      expect(line.screen, x.name).toBe(x.screen);
    });
  });

  test('paths are relative to the list', () => {
    const r = cli('--manifest', join(FIXTURES_DIR, 'real', 'pages.json'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]!).file).toBe('cmecf_menubar_pacer_only_district_ctd_nextgen.html');
  });
});

describe('bad input: one line on stderr, exit status 2, nothing on stdout', () => {
  const page = fixtures[0]!;
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['--url', 'https://ecf.ctb.uscourts.gov/', join(tmp, 'nope.html')], /nope\.html: no such file/],
    ['a binary file', () => {
      const bin = join(tmp, 'page.pdf');
      writeFileSync(bin, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
      return ['--url', 'https://ecf.ctb.uscourts.gov/', bin];
    }, /not an HTML document/],
    ['a file with no HTML', () => {
      const txt = join(tmp, 'notes.html');
      writeFileSync(txt, 'just some notes, no markup');
      return ['--url', 'https://ecf.ctb.uscourts.gov/', txt];
    }, /not an HTML document/],
    ['a bad URL', () => ['--url', 'ecf.ctb.uscourts.gov/cgi-bin', page.path], /not an absolute URL/],
    ['a URL that is not a web address', () => ['--url', 'javascript:alert(1)', page.path], /not a web address/],
    ['no URL and no saved-from mark', () => [page.path], /no --url given/],
    ['no page at all', () => [], /usage:/],
    ['an unknown option', () => ['--verbose', page.path], /unknown option --verbose/],
    ['a list that is not JSON', () => {
      const list = join(tmp, 'broken.json');
      writeFileSync(list, '[{"file": "a.html",');
      return ['--manifest', list];
    }, /broken\.json: not JSON/],
    ['a list that is not an array', () => {
      const list = join(tmp, 'object.json');
      writeFileSync(list, '{"file": "a.html", "url": "https://ecf.ctb.uscourts.gov/"}');
      return ['--manifest', list];
    }, /must be a JSON array/],
    ['a list entry without url', () => {
      const list = join(tmp, 'nourl.json');
      copyFileSync(page.path, join(tmp, 'p.html'));
      writeFileSync(list, JSON.stringify([{ file: 'p.html', url: 'https://ecf.ctb.uscourts.gov/' }, { file: 'p.html' }]));
      return ['--manifest', list];
    }, /entry 1 "url"/],
    ['a list entry whose file is missing', () => {
      const list = join(tmp, 'missing.json');
      writeFileSync(list, JSON.stringify([{ file: 'gone.html', url: 'https://ecf.ctb.uscourts.gov/' }]));
      return ['--manifest', list];
    }, /gone\.html: no such file/],
    ['a list entry with a bad URL', () => {
      const list = join(tmp, 'badurl.json');
      copyFileSync(page.path, join(tmp, 'q.html'));
      writeFileSync(list, JSON.stringify([{ file: 'q.html', url: 'not a url' }]));
      return ['--manifest', list];
    }, /entry 0: not an absolute URL/],
  ];

  test.each(cases)('%s', (_name, args, message) => {
    const r = cli(...args());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^recognize: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n'), 'one line, no stack trace').toHaveLength(1);
  });
});
