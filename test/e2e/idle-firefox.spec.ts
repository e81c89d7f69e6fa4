// Issue 11 item 3 in Firefox ESR (test/e2e/support/idle-suite.ts). Firefox
// gives tests no handle on the background: the extension's own pages are
// opened in a tab and asked there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { FIREFOX_ADDON_UUID, FIREFOX_BUILD, launchFirefox, type Harness } from './support/harness';
import { idleSuite } from './support/idle-suite';

const profile = mkdtempSync(join(tmpdir(), 'link-guide-idle-firefox-'));
test.afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** Runs `fn` (a function source taking the extension API) in one of the extension's pages, until it answers. */
async function inExtensionPage<T>(h: Harness, page: string, fn: string): Promise<T> {
  const x = h.handles();
  if (x.name !== 'firefox') throw new Error('not firefox');
  const tab = await x.browser.newPage();
  // Firefox's BiDi sends no navigation events for extension pages (bug 1755014).
  tab.goto(`moz-extension://${FIREFOX_ADDON_UUID}/${page}`, { timeout: 15_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  try {
    for (;;) {
      const r = await tab
        .evaluate(`(async () => {
          const api = globalThis.browser;
          if (location.protocol !== 'moz-extension:' || !api?.scripting || document.readyState !== 'complete') return { wait: true };
          return { value: await (${fn})(api) };
        })()`)
        .catch(() => ({ wait: true }));
      const got = r as { wait?: boolean; value?: T };
      if (!got.wait) return got.value as T;
      if (Date.now() > deadline) throw new Error(`the extension page ${page} never answered`);
      await new Promise((res) => setTimeout(res, 50));
    }
  } finally {
    await tab.close();
  }
}

idleSuite(
  {
    name: 'firefox',
    launch: (dir) => launchFirefox(FIREFOX_BUILD, { profileDir: dir }),
    registered: (h) => inExtensionPage<string[]>(h, 'options.html', 'async (api) => (await api.scripting.getRegisteredContentScripts()).map((s) => s.id).sort()'),
    async stopSession(h, court) {
      const done = await inExtensionPage<boolean>(
        h,
        `popup.html?court=${court}`,
        `async () => {
          for (let i = 0; i < 200; i++) {
            const stop = [...document.querySelectorAll('button')].find((b) => /stop the guide/i.test(b.textContent ?? ''));
            if (stop) {
              stop.click();
              for (let j = 0; j < 200 && ![...document.querySelectorAll('button')].some((b) => /^start/i.test(b.textContent ?? '')); j++) await new Promise((r) => setTimeout(r, 25));
              return true;
            }
            await new Promise((r) => setTimeout(r, 25));
          }
          return false;
        }`,
      );
      if (!done) throw new Error('no "Stop the guide" button in the popup');
    },
  },
  () => profile,
);
