// Loads every fixture folder's pages.json (see test/fixtures/README.md),
// checked with zod so that a malformed entry fails with its folder and index.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { z } from 'zod';
import { SCREEN_IDS } from '../../src/recognize';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
export const SEED_COURTS = ['ctb', 'nynb', 'gasb', 'mnd', 'cacb'] as const;

const Entry = z.strictObject({
  file: z.string().min(1),
  url: z.url(),
  screen: z.enum(SCREEN_IDS),
  court: z.string().regex(/^[a-z]+$/).nullable(),
  target: z.strictObject({ selector: z.string().min(1), label: z.string().min(1) }).nullable(),
  /** The flags the page itself raises (src/recognize/flags.ts); none if left out. */
  flags: z.array(z.enum(['shared-firm-account', 'name-mismatch', 'cmecf-username-on-pacer-login', 'pacer-username-on-cmecf-login', 'names-unreadable', 'legacy-pacer-username'])).default([]),
  source: z.string().regex(/^(real: |reconstructed from )/),
});

export type Fixture = z.infer<typeof Entry> & {
  /** folder under test/fixtures: a seed court, generic, real, negative */
  group: string;
  /** group/file, the name failure messages use */
  name: string;
  path: string;
};

let cache: Fixture[] | undefined;

export function loadFixtures(): Fixture[] {
  if (cache) return cache;
  const all: Fixture[] = [];
  for (const group of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    const list = join(FIXTURES_DIR, group.name, 'pages.json');
    if (!existsSync(list)) continue;
    const entries = z.array(Entry).safeParse(JSON.parse(readFileSync(list, 'utf8')));
    if (!entries.success) {
      const issue = entries.error.issues[0]!;
      throw new Error(`test/fixtures/${group.name}/pages.json: entry ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const e of entries.data) {
      all.push({ ...e, group: group.name, name: `${group.name}/${e.file}`, path: join(FIXTURES_DIR, group.name, e.file) });
    }
  }
  cache = all;
  return all;
}

export function htmlOf(f: Fixture): string {
  return readFileSync(f.path, 'utf8');
}

/** The fixture as a document at its URL; no scripts run, nothing is fetched. */
export function domOf(f: Fixture, html = htmlOf(f)): Document {
  return new JSDOM(html, { url: f.url }).window.document;
}
