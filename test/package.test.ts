// The store packages, as the stores and AMO's reviewers get them. Runs
// `npm run zip` (wxt zip --mode store, Chrome and Firefox) and checks:
//   - web-ext lint, AMO's own linter, on the tested Firefox build and on the
//     Firefox zip: no errors, and every warning explained below;
//   - each store zip: the manifest (name, version, exactly the permissions
//     SECURITY.md explains, no development key), every file it names is
//     there, nothing else is (no source maps, sources, tests, fixtures), and
//     the code is the build the browser tests load, byte for byte (but for
//     the two in-page scripts, which differ by the test hooks alone:
//     test/test-hooks-build.test.ts);
//   - the icons at every declared size, with that many pixels, and the privacy page;
//   - the shipped code: no eval, no remote code, no cookies, no HTML from strings;
//   - the sources zip AMO asks for: what the build reads and
//     SOURCE_CODE_REVIEW.md, nothing private; and rebuilt as that file says,
//     in an empty folder, it gives the Firefox zip's files byte for byte
//     (AMO requires a reproducible build).
// npm test builds .output/{chrome,firefox}-mv3 (the tested builds) first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import JSZip from 'jszip';
import webExt, { type LintMessage } from 'web-ext';
import { beforeAll, describe, expect, test } from 'vitest';
import { pngHeader } from './support/png';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const BROWSERS = ['chrome', 'firefox'] as const;
type Browser = (typeof BROWSERS)[number];
const zipPath = (kind: Browser | 'sources') => join(OUT, `${PKG.name}-${PKG.version}-${kind}.zip`);
const testedBuild = (b: Browser) => join(OUT, `${b}-mv3`);
const storeBuild = (b: Browser) => join(OUT, `${b}-mv3-store`);
/** The files that carry the test hooks in the tested builds only (src/content/test-hooks.ts). */
const HOOKED = new Set(['content-scripts/content.js', 'guide-overlay.js']);

type Files = Map<string, Buffer>;

/** Every file under `dir`, by its path relative to `dir` with forward slashes. */
function readTree(dir: string, base = ''): Files {
  const files: Files = new Map();
  for (const e of readdirSync(join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of readTree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(dir, rel)));
  }
  return files;
}

async function readZip(path: string): Promise<Files> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files: Files = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

/**
 * Run as a person would from a shell: no vitest NODE_ENV (=test), which Vite
 * would build with. Asynchronous: a build takes tens of seconds on a busy
 * machine, and a blocked worker misses vitest's own calls.
 */
function run(cmd: string, args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  delete env.NODE_ENV;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const zips = {} as Record<Browser | 'sources', Files>;

beforeAll(async () => {
  for (const b of BROWSERS) {
    if (!existsSync(join(testedBuild(b), 'manifest.json'))) {
      throw new Error(`no ${testedBuild(b)}: npm test builds it first (npm run build:all)`);
    }
  }
  const r = await run('npm', ['run', 'zip'], ROOT);
  if (r.status !== 0) throw new Error(`npm run zip failed:\n${r.stdout}\n${r.stderr}`);
  for (const kind of [...BROWSERS, 'sources'] as const) zips[kind] = await readZip(zipPath(kind));
}, 180_000);

// ---- web-ext lint ------------------------------------------------------------

/**
 * Warnings web-ext lint may give, each with the reason it is not a problem
 * and a check that the warning is that case and no other: any other warning,
 * or this code elsewhere, fails the test.
 */
const EXPLAINED: Array<{ code: string; why: string; isThisCase: (m: LintMessage, code: string) => boolean }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why:
      "Preact's renderer: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`. The popup's and settings " +
      "page's shared chunk holds Preact, and the overlay injected into court pages bundles its own copy. No source file uses " +
      'dangerouslySetInnerHTML (checked in "the shipped code" below), so that branch never runs.',
    isThisCase: (m, code) => {
      if (!m.file || !/^(?:chunks\/[\w-]+\.js|guide-overlay\.js)$/.test(m.file)) return false;
      const line = code.split('\n')[(m.line ?? 1) - 1] ?? '';
      const at = line.slice(Math.max(0, (m.column ?? 0) - 4), (m.column ?? 0) + 40);
      return /\b\w+\.innerHTML=\w+\.__html\b/.test(at);
    },
  },
];

const format = (m: LintMessage) => `${m._type} ${m.code} ${m.file ?? '-'}${m.line ? `:${m.line}:${m.column}` : ''}: ${m.message}`;

describe("web-ext lint (AMO's rules)", () => {
  // Not --self-hosted: the add-on is published on AMO, so the rules that only
  // listed add-ons must follow (data_collection_permissions among them) apply.
  test.each([
    ['the tested build, .output/firefox-mv3', 'dir'],
    ['the Firefox store zip', 'zip'],
  ] as const)('%s: no errors, every warning explained', async (_name, what) => {
    const sourceDir = what === 'dir' ? testedBuild('firefox') : zipPath('firefox');
    const files = what === 'dir' ? readTree(testedBuild('firefox')) : zips.firefox;
    const r = await webExt.cmd.lint({ sourceDir, output: 'none', boring: true }, { shouldExitProgram: false });
    const all = [...r.errors, ...r.warnings, ...r.notices];
    console.log(`web-ext lint ${sourceDir}:\n${all.map((m) => `  ${format(m)}`).join('\n') || '  nothing reported'}`);
    expect(r.errors.map(format), 'lint errors').toEqual([]);
    const unexplained = r.warnings.filter((w) => {
      const known = EXPLAINED.find((e) => e.code === w.code);
      return !known || !known.isThisCase(w, files.get(w.file ?? '')?.toString('utf8') ?? '');
    });
    expect(unexplained.map(format), 'warnings not explained in test/package.test.ts EXPLAINED').toEqual([]);
  }, 60_000);
});

// ---- the store zips ------------------------------------------------------------

interface Manifest {
  name: string;
  version: string;
  key?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[] }>;
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown } };
  [key: string]: unknown;
}

const manifestOf = (files: Files) => JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;

/** SECURITY.md's permission table: the permission (first cell, in backticks) and why. */
function explainedPermissions(): Map<string, string> {
  const md = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
  const section = md.split(/^## /m).find((s) => s.startsWith('Permissions'));
  expect(section, 'SECURITY.md has a "## Permissions" section').toBeDefined();
  const rows = new Map<string, string>();
  for (const m of section!.matchAll(/^\|\s*`([^`]+)`[^|]*\|\s*(.*?)\s*\|\s*$/gm)) rows.set(m[1]!, m[2]!);
  return rows;
}

/** Every file a manifest names (paths as in the zip). */
function namedFiles(m: Manifest): string[] {
  const out: string[] = [];
  const add = (p: unknown) => {
    if (typeof p === 'string' && p) out.push(p.replace(/^\//, ''));
  };
  const icons = (v: unknown) => (typeof v === 'string' ? add(v) : v && typeof v === 'object' && Object.values(v).forEach(add));
  const get = (...path: string[]) => path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), m);
  add(get('background', 'service_worker'));
  add(get('background', 'page'));
  ((get('background', 'scripts') as unknown[]) ?? []).forEach(add);
  for (const key of ['action', 'browser_action', 'page_action']) {
    add(get(key, 'default_popup'));
    icons(get(key, 'default_icon'));
  }
  icons(m.icons);
  add(get('options_ui', 'page'));
  add(m.options_page);
  add(m.devtools_page);
  add(get('side_panel', 'default_path'));
  add(get('sidebar_action', 'default_panel'));
  add(get('storage', 'managed_schema'));
  for (const cs of m.content_scripts ?? []) [...(cs.js ?? []), ...(cs.css ?? [])].forEach(add);
  for (const w of (m.web_accessible_resources as Array<{ resources?: string[] } | string>) ?? []) {
    const resources = typeof w === 'string' ? [w] : (w.resources ?? []);
    resources.filter((r) => !r.includes('*')).forEach(add);
  }
  for (const r of (get('declarative_net_request', 'rule_resources') as Array<{ path: string }>) ?? []) add(r.path);
  if (typeof m.default_locale === 'string') add(`_locales/${m.default_locale}/messages.json`);
  return out;
}

/** The scripts and styles an extension page loads, resolved to zip paths; remote ones as they are. */
function pageResources(html: string, page: string): string[] {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  return refs.map((r) => (/^[a-z][\w+.-]*:/i.test(r) ? r : r.startsWith('/') ? r.slice(1) : posix.join(posix.dirname(page), r)));
}

describe.each(BROWSERS)('the %s store zip', (browser) => {
  test('the manifest: name, version, the permissions SECURITY.md explains, no development key', () => {
    const m = manifestOf(zips[browser]);
    expect(m.name).toBe('CM/ECF Link Guide');
    expect(m.version).toBe(PKG.version);
    expect(m.key, 'a development key in a store package').toBeUndefined();

    const explained = explainedPermissions();
    expect(m.permissions).toContain('storage');
    for (const p of [...(m.permissions ?? []), ...(m.host_permissions ?? [])]) {
      expect(explained.get(p) ?? '', `SECURITY.md's Permissions table explains ${p}`).toMatch(/\w{3,}.{20,}/);
    }
    expect(m.host_permissions, 'host access: the court pages only').toEqual(['https://*.uscourts.gov/*']);
    expect(m.optional_permissions ?? [], 'optional permissions').toEqual([]);
    expect(m.optional_host_permissions ?? [], 'optional host permissions').toEqual([]);
    // No content script in the manifest: the background registers it on exact court hosts (SECURITY.md).
    expect(m.content_scripts ?? []).toEqual([]);
    // The browser's default CSP for extension pages (no remote scripts, no eval) stays.
    expect(m.content_security_policy).toBeUndefined();

    if (browser === 'firefox') {
      const gecko = m.browser_specific_settings?.gecko;
      expect(gecko?.id).toBe('cmecf-link-guide@link-guide.dev');
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      // Firefox reads data_collection_permissions from 140 (Android: 142); web-ext lint warns below that.
      expect(gecko?.strict_min_version).toBe('140.0');
    } else {
      expect(m.browser_specific_settings, 'no Firefox settings in the Chrome manifest').toBeUndefined();
    }
  });

  test('every file the manifest and its pages name is in the zip', () => {
    const files = zips[browser];
    const m = manifestOf(files);
    // The content script is registered at run time (src/background/registration.ts), not named by the manifest.
    const named = [...namedFiles(m), 'content-scripts/content.js'];
    expect(named.length, 'files named by the manifest').toBeGreaterThanOrEqual(4);
    for (const f of named) expect(files.has(f), `${f}, named by manifest.json`).toBe(true);
    for (const page of [...files.keys()].filter((f) => f.endsWith('.html'))) {
      for (const r of pageResources(files.get(page)!.toString('utf8'), page)) {
        expect(files.has(r), `${r}, loaded by ${page}`).toBe(true);
      }
    }
  });

  test('the icons: declared at 16, 32, 48 and 128 px for the extensions page and the toolbar, each a PNG of its size', () => {
    const files = zips[browser];
    const m = manifestOf(files);
    const action = (m.action as { default_icon?: Record<string, string> } | undefined)?.default_icon ?? {};
    const icons = (m.icons as Record<string, string> | undefined) ?? {};
    // The stores require the 128 px one; the toolbar takes 16 and 32, the extensions pages 32 and 48.
    for (const declared of [icons, action]) expect(Object.keys(declared).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of [...Object.entries(icons), ...Object.entries(action)]) {
      const bytes = files.get(file);
      expect(bytes, `${file}, declared at ${size} px, in the zip`).toBeDefined();
      const h = pngHeader(bytes!);
      expect([h.width, h.height], `${file}'s pixels`).toEqual([Number(size), Number(size)]);
    }
    expect(files.has('privacy.html'), 'the privacy statement the listing points to').toBe(true);
  });

  test('nothing but the built extension: no source maps, sources, tests or fixtures', () => {
    const names = [...zips[browser].keys()].sort();
    expect(names, `the files of ${storeBuild(browser)}`).toEqual([...readTree(storeBuild(browser)).keys()].sort());
    for (const n of names) {
      expect(n, 'a source map').not.toMatch(/\.map$/);
      expect(n, 'a source file').not.toMatch(/\.(?:tsx?|mjs|cjs|md)$/);
      expect(n, 'a test, fixture or dependency').not.toMatch(/(?:^|\/)(?:test|tests|fixtures|node_modules|\.git|\.wxt)\//);
      expect(n, 'only what an extension is made of').toMatch(/\.(?:js|css|html|json|png|svg)$/);
      if (/\.(?:js|css)$/.test(n)) expect(zips[browser].get(n)!.toString('utf8'), `${n} points to a source map`).not.toMatch(/sourceMappingURL/);
    }
  });

  test("the code is the tested build's, byte for byte, but for the test hooks; the manifest too, but for the development key", () => {
    const store = zips[browser];
    const tested = readTree(testedBuild(browser));
    expect([...store.keys()].sort()).toEqual([...tested.keys()].sort());
    for (const [name, bytes] of store) {
      if (name === 'manifest.json') continue;
      // The two in-page scripts differ by the test hooks alone: test/test-hooks-build.test.ts.
      if (HOOKED.has(name)) continue;
      expect(bytes.equals(tested.get(name)!), `${name} differs from ${testedBuild(browser)}/${name}: rebuild with npm run build:all, or the store mode builds other code`).toBe(true);
    }
    const { key: _key, ...testedManifest } = manifestOf(tested);
    expect(manifestOf(store)).toEqual(testedManifest);
  });
});

test('the shipped code: no eval, no remote code, no cookies, no HTML written from strings', () => {
  // Our sources never ask Preact for raw HTML, the one innerHTML the bundles hold (see EXPLAINED).
  const sources = [...readTree(join(ROOT, 'src'))].map(([n, b]) => [`src/${n}`, b] as const);
  const entries = [...readTree(join(ROOT, 'entrypoints'))].map(([n, b]) => [`entrypoints/${n}`, b] as const);
  for (const [name, bytes] of [...sources, ...entries]) {
    if (!/\.tsx?$/.test(name)) continue;
    expect(bytes.toString('utf8'), name).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=[^=]|\.outerHTML\s*=[^=]|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\b/);
  }
  for (const browser of BROWSERS) {
    for (const [name, bytes] of zips[browser]) {
      const text = bytes.toString('utf8');
      const where = `${browser}: ${name}`;
      if (name.endsWith('.html')) {
        for (const r of pageResources(text, name)) expect(r, `${where} loads a remote resource`).not.toMatch(/^[a-z][\w+.-]*:/i);
        expect(text, `${where}: an inline script`).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);
      }
      if (!name.endsWith('.js')) continue;
      expect(text, `${where}: eval or new Function`).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|set(?:Timeout|Interval)\s*\(\s*["'`]/);
      expect(text, `${where}: remote code`).not.toMatch(/\bimportScripts\s*\(|\bimport\s*\(\s*["'`]https?:/);
      expect(text, `${where}: cookies`).not.toMatch(/document\.cookie/);
      expect(text, `${where}: HTML from a string`).not.toMatch(/insertAdjacentHTML|document\.write|createContextualFragment|\.outerHTML\s*=[^=]/);
      // innerHTML is assigned only in Preact's dangerouslySetInnerHTML branch.
      for (const m of text.matchAll(/.{0,3}\.innerHTML\s*=[^=].{0,20}/g)) {
        expect(m[0], `${where}: innerHTML assigned`).toMatch(/^.{0,3}\b\w+\.innerHTML=\w+\.__html\b/);
      }
    }
    // What runs in court pages acts on no page element: no click, no submit.
    for (const file of ['content-scripts/content.js', 'guide-overlay.js', 'page-capture.js']) {
      const code = zips[browser].get(file)?.toString('utf8');
      expect(code, `${browser}: ${file} in the package`).toBeDefined();
      expect(code, `${browser}: ${file}`).not.toMatch(/\.click\(\)|\.submit\(\)|\.requestSubmit\(|\.reset\(\)/);
    }
  }
});

// ---- the sources zip ------------------------------------------------------------

const BUILD_INPUTS = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'];
const DOCS = ['SOURCE_CODE_REVIEW.md', 'README.md', 'SECURITY.md'];
const SOURCE_DIRS = ['src', 'entrypoints', 'public'];

describe("the Firefox sources zip (for AMO's reviewers)", () => {
  test('holds what the build reads, as in the working tree, and SOURCE_CODE_REVIEW.md', () => {
    const files = zips.sources;
    for (const f of [...BUILD_INPUTS, ...DOCS]) {
      expect(files.get(f)?.equals(readFileSync(join(ROOT, f))), `${f}, as in the working tree`).toBe(true);
    }
    for (const dir of SOURCE_DIRS) {
      if (!existsSync(join(ROOT, dir))) continue;
      for (const [name, bytes] of readTree(join(ROOT, dir))) {
        expect(files.get(`${dir}/${name}`)?.equals(bytes), `${dir}/${name}`).toBe(true);
      }
    }
    expect(files.has('src/courts/table.generated.ts') && files.has('scripts/gen-courts.mjs'), 'the generated table and its generator').toBe(true);
  });

  test('holds nothing else: no node_modules, build output, tests, fixtures, demo, git or keys', () => {
    const tops = new Set([...BUILD_INPUTS, ...DOCS, ...SOURCE_DIRS, 'scripts']);
    for (const name of zips.sources.keys()) {
      expect(tops.has(name.split('/')[0]!), `${name}: not a build input`).toBe(true);
      expect(name, name).not.toMatch(/(?:^|\/)(?:node_modules|\.output|\.wxt|\.git|test|tests|test-results|playwright-report|demo|bench|fixtures)(?:\/|$)/);
      expect(name, `${name}: a dotfile`).not.toMatch(/(?:^|\/)\./);
      expect(name, `${name}: a key, a package or a log`).not.toMatch(/\.(?:pem|key|crx|xpi|zip|p12|pfx|log|env)$/i);
      expect(name, `${name}: a test`).not.toMatch(/\.(?:test|spec)\.[cm]?[jt]sx?$/);
      expect(zips.sources.get(name)!.toString('utf8'), `${name}: a private key`).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    }
    // What the sources zip is for: the same build inputs, so a few hundred KB, not the project.
    expect(statSync(zipPath('sources')).size, 'sources zip size').toBeLessThan(1024 * 1024);
  });

  test("rebuilt as SOURCE_CODE_REVIEW.md says, in an empty folder: the Firefox zip's files, byte for byte", async () => {
    const doc = zips.sources.get('SOURCE_CODE_REVIEW.md')!.toString('utf8');
    for (const said of ['npm install', 'npm run build:firefox:store', '.output/firefox-mv3-store/']) expect(doc).toContain(said);

    const dir = mkdtempSync(join(tmpdir(), 'link-guide-sources-'));
    try {
      for (const [name, bytes] of zips.sources) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), bytes);
      }
      // `npm install` would give these same packages (package-lock.json); linked instead, to stay offline and quick.
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      const r = await run('npm', ['run', 'build:firefox:store'], dir);
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      const rebuilt = readTree(join(dir, '.output/firefox-mv3-store'));
      expect([...rebuilt.keys()].sort()).toEqual([...zips.firefox.keys()].sort());
      for (const [name, bytes] of zips.firefox) {
        expect(rebuilt.get(name)!.equals(bytes), `${name} rebuilt from the sources differs`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
