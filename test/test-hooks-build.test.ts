// The test hooks (src/content/test-hooks.ts) are in the tested builds and
// provably not in the store builds, the ones users install: no recognition
// recorded on <html> (data-link-guide), no screen, court or step on the
// overlay's host (data-screen, data-court, data-step), and a closed shadow
// root. And neither build has WXT's content-script context, which posted the
// extension's id to the page and let any page stop the content script
// (issue 10 item 1), nor a string-named global a page element could shadow
// (item 6). Every other file of a store build is its tested build's, byte
// for byte (test/package.test.ts, which leaves out the two files checked here).
//
// Reads .output/{chrome,firefox}-mv3 and .output/{chrome,firefox}-mv3-store:
// `npm run build:all` builds all four (npm test runs it first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const OUT = join(import.meta.dirname, '../.output');
const IN_PAGE = ['content-scripts/content.js', 'guide-overlay.js', 'page-capture.js'];

function read(dir: string, file: string): string {
  const path = join(OUT, dir, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build:all`);
  return readFileSync(path, 'utf8');
}

const HOOKS: Array<[string, string, RegExp]> = [
  ['the recorded answer on <html>', 'content-scripts/content.js', /data-link-guide/],
  ['the screen on the overlay host', 'guide-overlay.js', /data-screen/],
  ['the court on the overlay host', 'guide-overlay.js', /data-court/],
  ['the step on the overlay host', 'guide-overlay.js', /data-step/],
  ['an open shadow root', 'guide-overlay.js', /attachShadow\(\s*\{\s*mode:\s*["']open["']/],
];

describe.each(['chrome', 'firefox'])('%s', (browser) => {
  test.each(HOOKS)('%s: in the tested build, not in the store build', (_what, file, pattern) => {
    expect(read(`${browser}-mv3`, file), `${browser}-mv3/${file}`).toMatch(pattern);
    // (page-capture.js names data-link-guide only to strip it from the copy it makes.)
    for (const f of IN_PAGE.slice(0, 2)) expect(read(`${browser}-mv3-store`, f), `${browser}-mv3-store/${f}`).not.toMatch(pattern);
  });

  test('the store build attaches a closed shadow root', () => {
    expect(read(`${browser}-mv3-store`, 'guide-overlay.js')).toMatch(/attachShadow\(\s*\{\s*mode:\s*["']closed["']/);
  });

  test('neither build posts to the page, dispatches an event, or listens for WXT’s stop event', () => {
    for (const dir of [`${browser}-mv3`, `${browser}-mv3-store`]) {
      for (const f of IN_PAGE) {
        const code = read(dir, f);
        for (const banned of ['content-script-started', 'postMessage', 'dispatchEvent', '__cmecfLinkGuideOverlay']) {
          expect(code.includes(banned), `${dir}/${f} holds ${banned}`).toBe(false);
        }
      }
    }
  });

  test('the in-page scripts check isTrusted', () => {
    for (const f of ['content-scripts/content.js', 'guide-overlay.js']) expect(read(`${browser}-mv3-store`, f)).toContain('isTrusted');
  });
});
