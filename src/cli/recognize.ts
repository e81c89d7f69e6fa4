// The tester command line: the recogniser over saved HTML pages.
//
//   npm run --silent recognize -- --url <url> <page.html>
//   npm run --silent recognize -- --manifest <list.json>
//
// Prints one JSON object per page: {"screen", "court", "target"} (with
// "file" first for a list). Bad input (a missing file, no HTML in it, a bad
// URL, a bad list) gets one line on stderr and exit status 2, and nothing on
// stdout: a list is checked whole before any page is answered.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { z } from 'zod';
import { recognize, toJson } from '../recognize';

export class InputError extends Error {}

const USAGE =
  'usage: recognize --url <url> <page.html>  |  recognize --manifest <list.json>  (--url may be left out when the page was saved by a browser with its "saved from url" mark)';

/** Chrome and Edge mark saved pages with `<!-- saved from url=(0040)https://… -->`. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

export function parseUrl(raw: string, where: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(`${where}: not an absolute URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(`${where}: not a web address (http or https): ${JSON.stringify(raw)}`);
  return url.href;
}

export function readPage(file: string): string {
  if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  if (!statSync(file).isFile()) throw new InputError(`${file}: not a file`);
  const bytes = readFileSync(file);
  // Browsers save court pages as UTF-8 or Windows-1252; either decodes well
  // enough to recognise. A NUL byte means it is not a web page at all.
  if (bytes.includes(0)) throw new InputError(`${file}: not an HTML document (binary content)`);
  const text = bytes.toString('utf8');
  if (!/<\s*(?:!doctype|html|head|body|div|form|script|table|a|p|title)\b/i.test(text))
    throw new InputError(`${file}: not an HTML document (no HTML markup found)`);
  return text;
}

export function answer(html: string, url: string): ReturnType<typeof toJson> {
  // No scripts run, nothing is fetched: the page is only read.
  const dom = new JSDOM(html, { url });
  try {
    return toJson(recognize(dom.window.document, url));
  } finally {
    dom.window.close();
  }
}

const ManifestSchema = z.array(
  z.looseObject({
    file: z.string().min(1),
    url: z.string().min(1),
  }),
);

export interface Job {
  file: string;
  path: string;
  html: string;
  url: string;
}

export function loadManifest(listPath: string): Job[] {
  if (!existsSync(listPath)) throw new InputError(`${listPath}: no such file`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(listPath, 'utf8'));
  } catch (e) {
    throw new InputError(`${listPath}: not JSON (${(e as Error).message})`);
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? `entry ${String(issue.path[0])}${issue.path.length > 1 ? ` "${issue.path.slice(1).join('.')}"` : ''}: ` : '';
    throw new InputError(
      `${listPath}: ${at}${issue.path.length ? issue.message : 'must be a JSON array of {"file", "url"}'}`,
    );
  }
  const base = dirname(listPath);
  return parsed.data.map((entry, i) => {
    const path = resolve(base, entry.file);
    const url = parseUrl(entry.url, `${listPath}: entry ${i}`);
    return { file: entry.file, path, url, html: readPage(path) };
  });
}

export function run(argv: string[], out: (line: string) => void): void {
  let url: string | undefined;
  let manifest: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url' || arg === '--manifest') {
      const value = argv[++i];
      if (value === undefined) throw new InputError(`${arg} needs a value; ${USAGE}`);
      if (arg === '--url') url = value;
      else manifest = value;
    } else if (arg === '--help' || arg === '-h') {
      out(USAGE);
      return;
    } else if (arg.startsWith('--')) {
      throw new InputError(`unknown option ${arg}; ${USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (manifest !== undefined) {
    if (files.length || url !== undefined) throw new InputError(`--manifest takes no page or --url; ${USAGE}`);
    const jobs = loadManifest(manifest);
    for (const job of jobs) out(JSON.stringify({ file: job.file, ...answer(job.html, job.url) }));
    return;
  }
  if (files.length !== 1) throw new InputError(files.length ? `one page at a time; ${USAGE}` : USAGE);
  const file = files[0]!;
  const html = readPage(file);
  const given = url ?? SAVED_FROM.exec(html.slice(0, 2048))?.[1];
  if (given === undefined) throw new InputError(`${file}: no --url given and the page has no "saved from url" mark`);
  out(JSON.stringify(answer(html, parseUrl(given, '--url'))));
}

function main(): void {
  try {
    run(process.argv.slice(2), (line) => process.stdout.write(line + '\n'));
  } catch (e) {
    const message = e instanceof InputError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    process.stderr.write(`recognize: ${message}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) main();
