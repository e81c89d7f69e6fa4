// What the extension injects into a court page, and what it is made of.
//  - Injected bytes: every file the built manifest's content_scripts inject
//    (js and css), plus any other file under content-scripts/, and apart
//    (`how`), what is injected only when a page needs it: the scripts the
//    background injects with scripting.executeScript (the overlay, the
//    capture) and any web-accessible resource; raw and gzip (zlib level 9),
//    file by file.
//  - Composition: WXT's build keeps no per-module map, so the content
//    script is rebuilt here with esbuild the way WXT assembles it
//    (entrypoints/content.ts wrapped in the extension's own content-script context, `wxt/browser`
//    aliased to src/content/native-browser.ts as wxt.config.ts does for
//    scripts in court pages, production mode, minified IIFE) and its source map assigns
//    each output byte to a source file. The rebuilt bundle is within a few
//    percent of the real one (both sizes are printed). For each group of
//    sources: its minified bytes, and its gzip share = gzip(whole bundle) −
//    gzip(bundle with that group's bytes cut out), i.e. what the gzip size
//    would lose without it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CHROME_BUILD, ROOT } from '../../test/e2e/support/harness';

export const gzipSize = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).length;

export interface InjectedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  how: string;
}

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  web_accessible_resources?: Array<string | { resources: string[] }>;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** How a file injected only when needed is marked. */
export const ON_DEMAND = 'scripting.executeScript (on demand)';

export function injectedFiles(buildDir = CHROME_BUILD): InjectedFile[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as Manifest;
  const files = new Map<string, string>();
  for (const cs of manifest.content_scripts ?? []) {
    for (const f of cs.js ?? []) files.set(f, 'content_scripts.js');
    for (const f of cs.css ?? []) files.set(f, 'content_scripts.css');
  }
  for (const p of walk(join(buildDir, 'content-scripts'))) {
    const f = relative(buildDir, p);
    if (!files.has(f)) files.set(f, 'content-scripts/ (loaded by the script)');
  }
  // Scripts the background injects with scripting.executeScript when a page
  // needs them (the overlay, the tester's capture): WXT's unlisted scripts,
  // at the build's top level. Counted apart: not on every court page.
  for (const n of readdirSync(buildDir)) {
    if (n.endsWith('.js') && n !== 'background.js' && !files.has(n)) files.set(n, ON_DEMAND);
  }
  for (const w of manifest.web_accessible_resources ?? []) {
    for (const f of typeof w === 'string' ? [w] : w.resources) {
      if (!f.includes('*') && existsSync(join(buildDir, f)) && !files.has(f)) files.set(f, 'web_accessible_resources');
    }
  }
  return [...files].map(([file, how]) => {
    const body = readFileSync(join(buildDir, file));
    return { file, bytes: body.length, gzipBytes: gzipSize(body), how };
  });
}

export interface Contributor {
  name: string;
  bytes: number;
  gzipShare: number;
  files: Array<{ file: string; bytes: number }>;
}

export interface Composition {
  rebuiltBytes: number;
  rebuiltGzipBytes: number;
  groups: Contributor[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map mappings line into [generatedColumn, sourceIndex] pairs. */
function decodeLine(line: string, state: { source: number }): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let col = 0;
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of seg) {
      const d = B64.indexOf(ch);
      value += (d & 31) << shift;
      if (d & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    col += fields[0]!;
    if (fields.length >= 4) {
      state.source += fields[1]!;
      out.push([col, state.source]);
    } else out.push([col, -1]);
  }
  return out;
}

function groupOf(file: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (nm) {
    const pkg = nm[1]!;
    if (pkg.startsWith('@floating-ui/')) return 'npm: @floating-ui/* (dom, core, utils)';
    if (pkg === 'wxt' || pkg.startsWith('@wxt-dev/')) return 'npm: wxt runtime';
    return `npm: ${pkg}`;
  }
  if (file === '(bundler glue)') return file;
  const m = /^(src\/[^/]+|entrypoints)\//.exec(file);
  if (file === 'src/overlay/styles.ts') return 'src/overlay/styles.ts (overlay CSS)';
  if (file.startsWith('src/courts/')) return 'src/courts (court table)';
  return m ? m[1]! : file;
}

export async function contentScriptComposition(): Promise<Composition> {
  const entry = [
    "import definition from './entrypoints/content.ts';",
    "import { ContentScriptContext } from 'wxt/utils/content-script-context';",
    'const { main, ...options } = definition;',
    "(async () => main(new ContentScriptContext('content', options)))();",
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: '(bundler glue)' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    sourcemap: 'external',
    outfile: join(ROOT, '.output/bench-content.js'),
    // As wxt.config.ts does for the scripts in court pages: the browser's own
    // API, the extension's own content-script context, the tested build's hooks.
    alias: { 'wxt/browser': './src/content/native-browser.ts', 'wxt/utils/content-script-context': './src/content/context.ts' },
    define: {
      __LINK_GUIDE_TEST_HOOKS__: 'true',
      'import.meta.env.MODE': '"production"',
      'import.meta.env.ENTRYPOINT': '"content"',
      'import.meta.env.BROWSER': '"chrome"',
      'import.meta.env.MANIFEST_VERSION': '3',
      defineContentScript: 'globalThis.__benchDefineContentScript',
    },
    banner: { js: 'globalThis.__benchDefineContentScript=(d)=>d;' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as { sources: string[]; mappings: string };
  const sources = map.sources.map((s) => relative(ROOT, join(ROOT, '.output', decodeURIComponent(s))).replace(/\\/g, '/'));
  // Output offsets per source.
  const lines = js.split('\n');
  const mapLines = map.mappings.split(';');
  const owner = new Int32Array(js.length).fill(-1);
  const state = { source: 0 };
  let offset = 0;
  lines.forEach((line, i) => {
    const segs = decodeLine(mapLines[i] ?? '', state);
    segs.forEach(([col, src], k) => {
      const end = k + 1 < segs.length ? segs[k + 1]![0] : line.length;
      owner.fill(src, offset + col, offset + end);
    });
    offset += line.length + 1;
  });
  const byFile = new Map<string, number>();
  const nameOf = (src: number) => (src < 0 ? '(bundler glue)' : sources[src]!.startsWith('.output/') || sources[src]!.includes('(bundler glue)') ? '(bundler glue)' : sources[src]!);
  for (let i = 0; i < js.length; i++) {
    const f = nameOf(owner[i]!);
    byFile.set(f, (byFile.get(f) ?? 0) + 1);
  }
  const total = gzipSize(js);
  const groups = new Map<string, Contributor>();
  for (const [file, bytes] of byFile) {
    const g = groupOf(file);
    const c = groups.get(g) ?? { name: g, bytes: 0, gzipShare: 0, files: [] };
    c.bytes += bytes;
    c.files.push({ file, bytes });
    groups.set(g, c);
  }
  for (const c of groups.values()) {
    const members = new Set(c.files.map((f) => f.file));
    let without = '';
    let start = 0;
    for (let i = 0; i <= js.length; i++) {
      const inside = i < js.length && members.has(nameOf(owner[i]!));
      if (inside || i === js.length) {
        if (i > start) without += js.slice(start, i);
        start = i + 1;
      }
    }
    c.gzipShare = total - gzipSize(without);
    c.files.sort((a, b) => b.bytes - a.bytes);
  }
  return { rebuiltBytes: Buffer.byteLength(js), rebuiltGzipBytes: total, groups: [...groups.values()].sort((a, b) => b.gzipShare - a.gzipShare) };
}

/** The recogniser alone, as an IIFE for the page's main world: window[globalName] = { recognize, toJson, … }. */
export async function recognizerBundle(globalName: string): Promise<{ code: string; bytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/recognize/index.ts')],
    bundle: true,
    format: 'iife',
    globalName,
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, bytes: Buffer.byteLength(code), gzipBytes: gzipSize(code) };
}
