// A hostile court page, in real browsers, against the STORE build (the one
// users install: no test hooks, src/content/test-hooks.ts): a page script
// that tries to silence the guide, read it, drive it, have it read a
// password field, or shadow its globals (issue 10 items 1, 2, 3 and 6).
//
// The page's scripts run here (their CSP allows inline scripts, unlike the
// other suites' fixtures): an inline <script> at the top of <head>, before
// the content script, installs the attacker (window.__attacker); the test
// then fires its attacks at chosen moments, in the page's main world, as a
// page script would on a timer. What the extension did is read from where
// the page cannot reach: the background's storage.session (the screen and
// the flags it holds for the tab, each court's progress), from one of the
// extension's own contexts; what the page sees is read in the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HOST_TAG } from '../../../src/overlay/tag';
import { loadFixtures, type Fixture } from '../../support/fixtures';
import { CHROME_STORE_BUILD, FIREFOX_STORE_BUILD, launch, type Harness, type ServedPage } from './harness';
import { openExtensionPage } from './extension-page';

const HOSTILE_CSP = "script-src 'unsafe-inline'";

/**
 * The attacker, as page script. Records every message posted to the window
 * (the extension must post none) and every uncaught error; offers the
 * attacks. Plain JavaScript: it runs in the page.
 */
const ATTACKER = String.raw`
window.__attacker = (() => {
  const seen = { messages: [], errors: [] };
  window.addEventListener('message', (e) => {
    let data; try { data = JSON.stringify(e.data); } catch (_) { data = String(e.data); }
    seen.messages.push(data);
  }, true);
  window.addEventListener('error', (e) => seen.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => seen.errors.push(String(e.reason)));
  const host = () => document.querySelector('${HOST_TAG}');
  const fire = (target, type, init) => target.dispatchEvent(new (type.startsWith('key') ? KeyboardEvent : type === 'input' ? InputEvent : type.startsWith('mouse') || type === 'click' ? MouseEvent : Event)(type, Object.assign({ bubbles: true, composed: true, cancelable: true }, init || {})));
  return {
    seen,
    /** WXT's "a newer script started" event and message, under every name it has gone by. */
    stopWxt(ids) {
      const names = [];
      for (const id of ids) for (const n of ['content', 'content-scripts/content', 'guide-overlay']) names.push(id + ':' + n + ':wxt:content-script-started');
      names.push('wxt:content-script-started', 'content:wxt:content-script-started');
      for (const type of names) {
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' } }));
        window.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' } }));
        window.postMessage({ type, contentScriptName: 'content', messageId: 'x' }, '*');
      }
      return names.length;
    },
    /** What the page can learn of the overlay. */
    look() {
      const h = host();
      return {
        host: !!h,
        shadowRoot: h ? h.shadowRoot !== null : null,
        hostAttributes: h ? h.getAttributeNames().filter((n) => n !== 'style') : [],
        htmlAttributes: document.documentElement.getAttributeNames(),
        text: h ? (h.shadowRoot ? h.shadowRoot.textContent : '') + h.textContent : '',
      };
    },
    /** Types into a field as a script can: value set, then every event a keystroke makes. */
    probeUsername(selector, username) {
      const field = document.querySelector(selector);
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      field.focus();
      let typed = '';
      for (const ch of username) {
        typed += ch;
        fire(field, 'keydown', { key: ch });
        fire(field, 'beforeinput', { data: ch, inputType: 'insertText' });
        set.call(field, typed);
        fire(field, 'input', { data: ch, inputType: 'insertText' });
        fire(field, 'keyup', { key: ch });
      }
      fire(field, 'change');
    },
    clear(selector) {
      const field = document.querySelector(selector);
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(field, '');
    },
    toPassword(selector) {
      document.querySelector(selector).setAttribute('type', 'password');
    },
    /** Every way a script has at the overlay's buttons and keys; returns how many buttons it reached. */
    press() {
      const h = host();
      if (!h) return -1;
      let reached = 0;
      const root = h.shadowRoot;
      const targets = [h, document, document.documentElement];
      if (root) {
        for (const b of root.querySelectorAll('button')) {
          reached++;
          b.click();
          fire(b, 'click');
          fire(b, 'keydown', { key: 'Enter' });
          fire(b, 'keydown', { key: 'Escape' });
        }
        targets.push(...root.querySelectorAll('[role="dialog"]'));
      }
      for (const t of targets) {
        fire(t, 'keydown', { key: 'Escape' });
        fire(t, 'click');
      }
      h.click();
      // Where the tooltip is drawn, as hit-testing finds it.
      for (let x = 0; x < innerWidth; x += 40) for (let y = 0; y < innerHeight; y += 40) {
        const el = document.elementFromPoint(x, y);
        if (el && (el === h || el.localName === '${HOST_TAG}')) { el.click(); fire(el, 'click'); }
      }
      return reached;
    },
    /** Replaces the page with another screen of the flow, at its address, as a script can. */
    becomes(path, html) {
      history.replaceState(null, '', path);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.title = doc.title;
      document.body.replaceWith(document.adoptNode(doc.body));
    },
  };
})();
`;

/** The fixture with the attacker first in <head>, and `extra` markup at the top of <body>. */
function hostile(f: Fixture, extra = ''): ServedPage {
  let html = readFileSync(f.path, 'utf8');
  const script = `<script>${ATTACKER}</script>`;
  html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${script}`) : `${script}${html}`;
  if (extra) html = html.replace(/<body[^>]*>/i, (m) => `${m}${extra}`);
  return { url: f.url, html, csp: HOSTILE_CSP };
}

interface Look {
  host: boolean;
  shadowRoot: boolean | null;
  hostAttributes: string[];
  htmlAttributes: string[];
  text: string;
}

interface Background {
  /** What the background keeps for the page's tab: its screen and flags. */
  page: { screen: string; flags: string[] } | null;
  courts: Record<string, { active?: boolean; stopped?: boolean; dismissed?: string; current?: string }>;
}

const fixtures = loadFixtures();
const byName = (name: string): Fixture => {
  const f = fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const USERNAME = '[id="loginForm:loginName"]';
const SHARED = 'firmpacer1';

/** Reads the background's state for the tab showing `host`, in one of the extension's own contexts. */
async function background(h: Harness, host: string): Promise<Background> {
  const read = async (courtHost: string) => {
    const g = globalThis as unknown as { browser?: typeof import('wxt/browser').browser; chrome?: typeof import('wxt/browser').browser };
    const api = (g.browser ?? g.chrome)!;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => {
      try {
        return !!t.url && new URL(t.url).host === courtHost;
      } catch {
        return false;
      }
    });
    const got = (await api.storage.session.get('linkGuide')) as { linkGuide?: { pages?: Record<string, unknown>; courts?: Record<string, unknown> } };
    const state = got.linkGuide ?? {};
    return { page: tab?.id === undefined ? null : (state.pages?.[String(tab.id)] ?? null), courts: state.courts ?? {} } as never;
  };
  const handles = h.handles();
  if (handles.name === 'chromium') return handles.worker.evaluate(read, host);
  const options = await openExtensionPage(h, 'options.html');
  try {
    return await options.evaluate(read, host);
  } finally {
    await options.close();
  }
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < deadline) {
    await sleep(100);
    v = await read();
  }
  return v;
}

export function hostileSuite(browserName: 'chromium' | 'firefox'): void {
  test.describe(`a hostile court page, ${browserName}, the store build`, () => {
    test.describe.configure({ mode: 'serial' });
    let h: Harness;
    /** Uncaught errors and console errors of the page (the content script's included). */
    const consoleErrors: string[] = [];
    const evalMain = <T>(expression: string): Promise<T> => {
      const handles = h.handles();
      return (handles.name === 'chromium' ? handles.page.evaluate(expression) : handles.page.evaluate(expression)) as Promise<T>;
    };
    const look = () => evalMain<Look>('window.__attacker.look()');
    const hostSoon = (want: boolean, ms = 8000) => until(look, (l) => l.host === want, ms);

    test.beforeAll(async () => {
      h = await launch(browserName, 'store');
      const handles = h.handles();
      if (handles.name === 'chromium') {
        handles.page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
        handles.page.on('pageerror', (e) => void consoleErrors.push(e.message));
      } else {
        handles.page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
        handles.page.on('pageerror', (e) => void consoleErrors.push(String((e as Error).message ?? e)));
      }
    });
    test.afterAll(async () => {
      await h?.close();
    });

    test('the store build under test carries no test hooks, and its Chrome id is not the development one', async () => {
      for (const dir of [CHROME_STORE_BUILD, FIREFOX_STORE_BUILD]) {
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { key?: string };
        expect(manifest.key, `${dir}: a development key`).toBeUndefined();
      }
      const f = byName('ctb/09-link-form.html');
      await h.visit(hostile(f), false);
      const shown = await hostSoon(true);
      expect(shown.host, 'the link form shows the guide by itself').toBe(true);
      expect(shown.shadowRoot, 'the page sees no shadow root').toBe(false);
      expect(shown.hostAttributes, 'attributes on the host but its style').toEqual([]);
      expect(shown.htmlAttributes.filter((a) => a.startsWith('data-link-guide')), 'the recorded answer on <html>').toEqual([]);
      expect(shown.text, 'text of the overlay the page can read').toBe('');
    });

    test('item 1: WXT’s stop event and message do not stop the guide; the extension posts nothing to the page', async () => {
      const f = byName('ctb/09-link-form.html');
      await h.visit(hostile(f), false);
      expect((await hostSoon(true)).host, 'the overlay before the attack').toBe(true);
      const handles = h.handles();
      const ids = handles.name === 'chromium' ? [handles.extensionId] : ['cmecf-link-guide@link-guide.dev'];
      const fired = await evalMain<number>(`window.__attacker.stopWxt(${JSON.stringify(ids)})`);
      expect(fired).toBeGreaterThan(3);
      await sleep(1500);
      expect((await look()).host, 'the overlay after the attack').toBe(true);
      // Still recognising and reporting: the page turns into the confirmation screen.
      const confirm = byName('ctb/10-link-confirm.html');
      const path = new URL(confirm.url).pathname + new URL(confirm.url).search;
      await evalMain(`window.__attacker.becomes(${JSON.stringify(path)}, ${JSON.stringify(readFileSync(confirm.path, 'utf8'))})`);
      const after = await until(() => background(h, new URL(f.url).host), (b) => b.page?.screen === 'link-confirm', 8000);
      expect(after.page?.screen, 'the background heard of the new screen').toBe('link-confirm');
      expect((await look()).host, 'the overlay on the new screen').toBe(true);
      const seen = await evalMain<{ messages: string[]; errors: string[] }>('window.__attacker.seen');
      // The attacker's own messages only: nothing from the extension.
      const own = seen.messages.filter((m) => !/"messageId":"x"/.test(m));
      expect(own, 'messages the extension posted to the page').toEqual([]);
      const hidden = await evalMain<string>('document.documentElement.outerHTML');
      for (const id of ids) expect(hidden.includes(id), 'the extension id in the page').toBe(false);
    });

    test('item 2: a page’s own value and input events do not probe the shared usernames; the real user’s typing does raise the flag', async () => {
      test.setTimeout(90_000);
      await h.setSettings({ usernameHint: true, sharedUsernames: [SHARED], sharedAccountNames: [] });
      await h.startSession('gasb');
      const f = byName('gasb/02-pacer-login.html');
      const host = new URL(f.url).host;
      await h.visit(hostile(f), false);
      expect((await hostSoon(true)).host, 'the guide on the PACER login').toBe(true);
      await sleep(800); // the settings read: the username is listened to
      await evalMain(`window.__attacker.probeUsername(${JSON.stringify(USERNAME)}, ${JSON.stringify(SHARED)})`);
      await sleep(1500);
      const probed = await background(h, host);
      expect(probed.page?.screen, 'the page recognised').toBe('pacer-login');
      expect(probed.page?.flags ?? [], 'flags raised by the page’s own events').not.toContain('shared-firm-account');
      const l = await look();
      expect(l.shadowRoot, 'a shadow root the page can read').toBe(false);
      expect(l.text, 'the overlay’s text, as the page reads it').toBe('');
      // Control: the user types the same username: flagged.
      await evalMain(`window.__attacker.clear(${JSON.stringify(USERNAME)})`);
      await h.type(USERNAME, SHARED);
      const typed = await until(() => background(h, host), (b) => !!b.page?.flags.includes('shared-firm-account'), 8000);
      expect(typed.page?.flags, 'the user’s own typing flagged').toContain('shared-firm-account');
      expect((await look()).text, 'the warning, as the page reads it').toBe('');
    });

    test('item 3: a username field the page turns into a password field is not read', async () => {
      test.setTimeout(90_000);
      await h.setSettings({ usernameHint: true, sharedUsernames: [SHARED], sharedAccountNames: [] });
      await h.startSession('gasb');
      const f = byName('gasb/02-pacer-login.html');
      const host = new URL(f.url).host;
      await h.visit(hostile(f), false);
      expect((await hostSoon(true)).host).toBe(true);
      await sleep(800);
      await evalMain(`window.__attacker.toPassword(${JSON.stringify(USERNAME)})`);
      await h.type(USERNAME, SHARED);
      await sleep(1500);
      const b = await background(h, host);
      expect(b.page?.screen).toBe('pacer-login');
      expect(b.page?.flags ?? [], 'flags from what was typed in a password field').not.toContain('shared-firm-account');
      // (The previous test's control shows the same keystrokes in a text field raise the flag.)
    });

    test('item 2: clicks, keys and Escape a page makes do not dismiss or stop the guide', async () => {
      const f = byName('ctb/09-link-form.html');
      const host = new URL(f.url).host;
      await h.visit(hostile(f), false);
      expect((await hostSoon(true)).host).toBe(true);
      await sleep(500);
      const before = await background(h, host);
      expect(before.courts.ctb, 'the guide started by the link form').toBeTruthy();
      const reached = await evalMain<number>('window.__attacker.press()');
      expect(reached, 'buttons the page could reach').toBe(0);
      await sleep(1000);
      const after = await background(h, host);
      expect(after.courts.ctb, 'the court’s progress after the page’s clicks').toEqual(before.courts.ctb);
      expect((await look()).host, 'the overlay after the page’s clicks').toBe(true);
    });

    test('item 6: elements named like the extension’s globals change nothing; nothing new reaches the console', async () => {
      const f = byName('ctb/09-link-form.html');
      const clobber =
        '<form id="browser" name="browser"><input name="runtime" id="runtime"><input name="id"><input name="sendMessage"><input name="storage"></form>' +
        '<form id="chrome" name="chrome"><input name="runtime"><input name="storage"></form>' +
        '<div id="__cmecfLinkGuideOverlay"></div><img name="__cmecfLinkGuideOverlay" alt="">' +
        '<div id="cmecf-link-guide:overlay"></div><div id="cmecf-link-guide:content-script"></div><div id="cmecf-link-guide:recorded"></div>' +
        // And the document's own properties (named access on `document`).
        '<img name="documentElement" alt=""><form name="querySelectorAll"></form><img name="readyState" alt=""><form name="defaultView"></form><img name="body" alt="">';
      // The fixture's own inline scripts now run, and some fail on their own
      // (the court's scripts they call are not served): those errors, without
      // the clobbering elements, are the baseline.
      const errorsOf = async (page: ServedPage) => {
        const from = consoleErrors.length;
        await h.visit(page, false);
        const shown = await hostSoon(true);
        const b = await until(() => background(h, new URL(f.url).host), (x) => x.page?.screen === 'link-form', 5000);
        await sleep(1000);
        const seen = await evalMain<{ errors: string[] }>('window.__attacker.seen');
        return { shown, b, errors: [...new Set([...seen.errors, ...consoleErrors.slice(from)])].sort() };
      };
      const baseline = await errorsOf(hostile(f));
      expect(baseline.shown.host, 'control: the overlay without the clobbering elements').toBe(true);
      const attacked = await errorsOf(hostile(f, clobber));
      expect(attacked.shown.host, 'the overlay, with the clobbering elements on the page').toBe(true);
      expect(attacked.b.page?.screen, 'the screen reported').toBe('link-form');
      expect(attacked.errors.filter((e) => !baseline.errors.includes(e)), 'errors the clobbering elements caused').toEqual([]);
    });
  });
}

/** The same attacks on a test build, where the page CAN reach the buttons (open shadow root): isTrusted alone must hold. */
export function hostileTestBuildSuite(browserName: 'chromium' | 'firefox'): void {
  test.describe(`a hostile court page, ${browserName}, the tested build (open shadow root)`, () => {
    let h: Harness;
    test.beforeAll(async () => {
      h = await launch(browserName, 'tested');
    });
    test.afterAll(async () => {
      await h?.close();
    });

    test('item 2: .click(), dispatched clicks and Escape on the reachable buttons do nothing; the user’s click does', async () => {
      const f = byName('ctb/09-link-form.html');
      const host = new URL(f.url).host;
      const handles = h.handles();
      const evalMain = <T>(e: string) => (handles.name === 'chromium' ? handles.page.evaluate(e) : handles.page.evaluate(e)) as Promise<T>;
      await h.visit(hostile(f), true);
      const shown = await until(() => h.overlay(), (s) => s?.screen === 'link-form' && !!s.title, 8000);
      expect(shown?.title, 'the tooltip').toBeTruthy();
      await sleep(500);
      const before = await background(h, host);
      const reached = await evalMain<number>('window.__attacker.press()');
      expect(reached, 'buttons the page reached through the open shadow root').toBe(2);
      await sleep(1000);
      expect((await h.overlay())?.title, 'the tooltip after the page’s clicks').toBe(shown!.title);
      expect((await background(h, host)).courts.ctb, 'the court’s progress').toEqual(before.courts.ctb);
      // Control: the user's own click on "Got it" dismisses (and the background hears).
      await h.pressOverlayButton(/got it/i);
      const dismissed = await until(() => background(h, host), (b) => JSON.stringify(b.courts.ctb) !== JSON.stringify(before.courts.ctb), 5000);
      expect(dismissed.courts.ctb?.dismissed, 'dismissed by the user’s click').toBeTruthy();
    });
  });
}
