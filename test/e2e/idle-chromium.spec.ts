// Issue 11 item 3 in Chromium (test/e2e/support/idle-suite.ts), and issue 10
// item 5 from a content script's own world: code there cannot start a
// session, read a status or capture a tab.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadFixtures } from '../support/fixtures';
import { CHROME_BUILD, launchChromium, type Harness } from './support/harness';
import { idleSuite } from './support/idle-suite';

const profile = mkdtempSync(join(tmpdir(), 'link-guide-idle-chromium-'));
test.afterAll(() => rmSync(profile, { recursive: true, force: true }));

function handles(h: Harness) {
  const x = h.handles();
  if (x.name !== 'chromium') throw new Error('not chromium');
  return x;
}

async function chromeApi<T>(h: Harness, fn: string): Promise<T> {
  // Runs in the extension's service worker: `chrome` is the extension API there.
  return handles(h).worker.evaluate(`(async () => { const api = globalThis.chrome; return (${fn})(api); })()`) as Promise<T>;
}

idleSuite(
  {
    name: 'chromium',
    launch: (dir) => launchChromium(CHROME_BUILD, { profileDir: dir }),
    registered: async (h) => (await chromeApi<string[]>(h, 'async (api) => (await api.scripting.getRegisteredContentScripts()).map((s) => s.id).sort()')),
    async stopSession(h, court) {
      const { context, extensionId } = handles(h);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?court=${court}`);
      await popup.getByRole('button', { name: /stop the guide/i }).click();
      await popup.getByRole('button', { name: /start/i }).first().waitFor();
      await popup.close();
    },
  },
  () => profile,
);

/** Evaluates `expression` in the content script's isolated world of `page` (CDP), as code injected there would. */
async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'CM/ECF Link Guide');
  if (!world) throw new Error(`no content-script world among ${JSON.stringify(contexts.map((c) => c.name))}`);
  const r = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value;
}

test.describe('chromium: a content-script world cannot use the popup’s messages', () => {
  let h: Harness;
  test.afterAll(async () => {
    await h?.close();
  });

  test('start, stop, status and capture from the content script’s world: no answer, nothing changed', async () => {
    h = await launchChromium();
    const f = loadFixtures().find((x) => x.name === 'ctb/07-utilities-menu.html')!;
    expect((await h.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, true)).recorded).not.toBeNull();
    const { page } = handles(h);
    const ask = (msg: unknown) =>
      inContentScriptWorld(page, `chrome.runtime.sendMessage(${JSON.stringify(msg)}).then((r) => ({ answer: r === undefined ? 'none' : r }), (e) => ({ error: String(e) }))`);
    // Control: the world is the content script's, and the background answers it there.
    expect(await ask({ type: 'settings' })).toMatchObject({ answer: expect.objectContaining({ usernameHint: expect.any(Boolean) }) });
    const before = await chromeApi<unknown>(h, "async (api) => (await api.storage.session.get('linkGuide')).linkGuide ?? null");
    for (const msg of [
      { type: 'start', court: 'mnd' },
      { type: 'stop', court: 'mnd' }, // another court than the page's
      { type: 'status', court: 'ctb' },
      { type: 'capture', tabId: 0 },
      { type: 'dismiss', court: 'mnd', stepId: 'open-utilities' },
      { type: 'screen', screen: 'link-form', court: 'mnd', targetLabel: null, flags: [] },
      { type: 'flags', flags: ['<img src=x>'] },
    ]) {
      // No answer: the promise settles with nothing, or with the browser's "no response".
      const r = (await ask(msg)) as { answer?: unknown; error?: string };
      expect(r.answer === 'none' || typeof r.error === 'string', `${JSON.stringify(msg)} got ${JSON.stringify(r)}`).toBe(true);
    }
    const after = await chromeApi<{ courts?: Record<string, unknown> } | null>(h, "async (api) => (await api.storage.session.get('linkGuide')).linkGuide ?? null");
    expect(after, 'no session started, no progress written').toEqual(before);
    expect(await chromeApi<string[]>(h, 'async (api) => (await api.scripting.getRegisteredContentScripts()).map((s) => s.id)')).toEqual(['link-guide-idle']);
  });
});
