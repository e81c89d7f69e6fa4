// The toolbar popup and the options page, in Chromium with the built
// extension: opened as ordinary pages (popup.html?court=…&tab=…, see
// src/popup/model.ts `overrides`), driven by keyboard and mouse, checked
// with axe-core, and pictured to test-results/popup-*.png for a human look.
// Court pages are the fixtures, served at their real addresses; nothing
// reaches the network.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { CaptureReply, StatusReply } from '../../src/messages';
import { ATTRIBUTE } from '../../src/content/record';
import { numberOf } from '../../src/guide/decide';
import { profileFor } from '../../src/profiles';
import { loadFixtures } from '../support/fixtures';
import { CHROME_BUILD, ROOT } from './support/harness';

const SHOTS = join(ROOT, 'test-results');
const POPUP_SIZE = { width: 360, height: 600 }; // Chrome's popup: 800×600 at most; ours is 360 wide

interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Serves `html` at `url` and opens it in a tab of its own; the tab's id once the content script has run. */
  openCourtPage(url: string, html: string): Promise<number>;
  popup(query?: string, before?: (p: Page) => Promise<void>): Promise<Page>;
  close(): Promise<void>;
}

/** The harness's Chromium launch (test/e2e/support/harness.ts), with the context and the extension id at hand. */
async function launch(): Promise<Extension> {
  const profile = mkdtempSync(join(tmpdir(), 'link-guide-popup-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: POPUP_SIZE,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const served = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension:')) return route.continue();
    const html = served.get(url);
    if (html !== undefined) {
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
        body: html,
      });
    }
    return route.fulfill({ status: 200, contentType: 'text/plain', body: '' });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    async openCourtPage(url, html) {
      served.set(new URL(url).href, html);
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      await expect.poll(() => page.evaluate((a) => document.documentElement.getAttribute(a), ATTRIBUTE), { timeout: 10_000 }).not.toBeNull();
      const href = new URL(url).href;
      const tabId = await worker.evaluate(async (want) => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        return (await api.tabs.query({})).find((t) => t.url === want)?.id ?? null;
      }, href);
      if (tabId === null) throw new Error(`no tab for ${href}`);
      return tabId;
    },
    async popup(query = '', before) {
      const page = await context.newPage();
      await page.setViewportSize(POPUP_SIZE);
      await before?.(page);
      await page.goto(`chrome-extension://${id}/popup.html${query}`);
      await page.locator('#popup').waitFor();
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Answers the popup's messages in its own page, before it loads: `status`
 * gets the background's real reply with `status` merged over it (a flag, a
 * capturable tab), `capture` gets `capture`, and with `silent` nothing
 * answers at all. The extension API's sendMessage is replaced where the
 * webextension polyfill looks it up on every call.
 */
async function fakeAnswers(page: Page, fake: { status?: Partial<StatusReply>; capture?: CaptureReply; silent?: boolean }) {
  await page.addInitScript((f) => {
    type Send = (...args: unknown[]) => unknown;
    const g = globalThis as unknown as { chrome?: { runtime: { sendMessage: Send } }; browser?: { runtime: { sendMessage: Send } } };
    for (const rt of new Set([g.chrome?.runtime, g.browser?.runtime].filter((x) => !!x))) {
      const real = rt!.sendMessage.bind(rt) as (...args: unknown[]) => Promise<unknown>;
      const patched = (...args: unknown[]) => {
        const cb = typeof args[args.length - 1] === 'function' ? (args.pop() as (r: unknown) => void) : null;
        const msg = args[0] as { type?: string };
        const answer = (async () => {
          if (f.silent) return new Promise(() => undefined);
          if (msg?.type === 'capture' && f.capture) return f.capture;
          const r = await real(...args);
          return msg?.type === 'status' && r && f.status ? { ...(r as object), ...f.status } : r;
        })();
        if (!cb) return answer;
        void answer.then(cb);
        return undefined;
      };
      Object.defineProperty(rt, 'sendMessage', { value: patched, configurable: true, writable: true });
    }
  }, fake);
}

/**
 * A firm policy in storage.managed, as Chrome would hand it to the page:
 * the managed area's get() is replaced, before the page loads, where the
 * webextension polyfill looks it up on every call. The real thing (Chrome
 * and Firefox reading an OS policy) is tested by the browser-policy suite.
 */
async function fakePolicy(page: Page, policy: Record<string, unknown>) {
  await page.addInitScript((pol) => {
    type Get = (...args: unknown[]) => unknown;
    const g = globalThis as unknown as { chrome?: { storage?: { managed?: { get: Get } } } };
    const managed = g.chrome?.storage?.managed;
    if (!managed) return;
    const get = (...args: unknown[]) => {
      const cb = typeof args[args.length - 1] === 'function' ? (args.pop() as (r: unknown) => void) : null;
      const copy = JSON.parse(JSON.stringify(pol));
      if (cb) {
        setTimeout(() => cb(copy), 0);
        return undefined;
      }
      return Promise.resolve(copy);
    };
    Object.defineProperty(managed, 'get', { value: get, configurable: true, writable: true });
  }, policy);
}

/** A firm's policy as docs/deploying.md's examples set it. */
const FIRM_POLICY = {
  helpContact: { name: 'Smith & Jones IT help desk', phone: '(555) 010-0199', email: 'it-help@smithjones.example', url: 'https://intranet.smithjones.example/pacer' },
  sharedUsernames: ['smithjonesfirm'],
  sharedAccountNames: ['Smith & Jones LLP'],
  courts: ['ctb', 'mnd', 'cacb'],
  defaultCourt: 'mnd',
  pageCapture: false,
};

const require = createRequire(import.meta.url);
let axeSource: string | null = null;
try {
  axeSource = readFileSync(require.resolve('axe-core/axe.min.js', { paths: [ROOT] }), 'utf8');
} catch {
  axeSource = null;
}

/** axe-core's violations inside `selector`, one line each. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  // Evaluated, not added as a <script>: the extension page's CSP allows no inline script.
  await page.evaluate(axeSource!);
  const found = await page.evaluate(async (sel) => {
    type Result = { id: string; help: string; nodes: Array<{ target: unknown[] }> };
    const axe = (globalThis as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const r = await axe.run(document.querySelector(sel)!, { resultTypes: ['violations'] });
    return {
      checked: r.passes.length,
      violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    };
  }, selector);
  // An empty list must mean "nothing wrong", not "nothing looked at".
  expect(found.checked, `axe checked nothing in ${selector}`).toBeGreaterThan(10);
  return found.violations;
}

/** The whole popup, and what the toolbar shows of it before any scrolling (`-fold`, 600px high). */
async function shot(page: Page, name: string, fold = false) {
  await page.screenshot({ path: join(SHOTS, `popup-${name}.png`), fullPage: true });
  if (fold) await page.screenshot({ path: join(SHOTS, `popup-${name}-fold.png`) });
}

/** ctb's steps as the background sends them, `reached` as given. */
function ctbSteps(reached: string[]): StatusReply['steps'] {
  const p = profileFor('ctb')!;
  return p.steps.map((s) => ({ id: s.id, title: s.words[0]!.title, number: numberOf(p, s), branch: !!s.branch, optional: !!s.optional, reached: reached.includes(s.id) }));
}

const fixture = (name: string) => {
  const f = loadFixtures().find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return { url: f.url, html: readFileSync(f.path, 'utf8') };
};

const CAPTURE: CaptureReply = {
  html: '<!-- saved from url=(0061)https://ecf.ctb.uscourts.gov/cgi-bin/LinkAccount.pl?000000000000000-L_1_0-1 -->\n<html><head><title>Link Account</title></head>\n<body>\n<div id="cmecfMainContent">\n<h3>Do you want to link these accounts?</h3>\n<table>\n<tr><td>CM/ECF</td><td>[name removed]</td></tr>\n<tr><td>PACER</td><td>[name removed]</td></tr>\n</table>\n<input type="submit" value="Submit">\n</div>\n</body></html>\n',
  url: 'https://ecf.ctb.uscourts.gov/cgi-bin/LinkAccount.pl?000000000000000-L_1_0-1',
  screen: 'link-confirm',
  court: 'ctb',
  filename: 'ctb-link-confirm.html',
};

test.describe('the toolbar popup', () => {
  let ext: Extension;
  test.beforeEach(async () => {
    ext = await launch(); // a fresh browser each time: no session, no remembered court
  });
  test.afterEach(async () => {
    await ext?.close();
  });

  test('the court, its checklist, what to have ready, whom to ask', async () => {
    const p = await ext.popup('?court=ctb');
    await expect(p.getByText('U.S. Bankruptcy Court, District of Connecticut', { exact: true })).toBeVisible();
    await expect(p.getByRole('status')).toHaveText('The guide is off for this court.');
    const steps = p.getByRole('list', { name: /steps/i }).locator(':scope > li');
    await expect(steps).toHaveCount(11);
    await expect(steps.first()).toContainText('Open E-Filing (CM/ECF) on the court website');
    await expect(steps.last()).toContainText('Bankruptcy and Adversary menus appear');
    await expect(p.getByRole('heading', { name: 'Have ready' })).toBeVisible();
    await expect(p.getByText(/never asks for a password and never stores one/)).toBeVisible();
    const mail = p.getByRole('link', { name: 'ctb_ecf_help@ctb.uscourts.gov' });
    await expect(mail).toHaveAttribute('href', 'mailto:ctb_ecf_help@ctb.uscourts.gov');
    await expect(p.getByRole('link', { name: '(800) 676-6856' })).toHaveAttribute('href', 'tel:8006766856');
    // No court page in the tab: nothing to capture, no warning.
    await expect(p.getByRole('button', { name: /save this page/i })).toHaveCount(0);
    await expect(p.getByRole('alert')).toHaveCount(0);
    await shot(p, 'default', true);
  });

  test('Start, then Stop: the state line follows, focus stays on a button', async () => {
    const p = await ext.popup('?court=ctb');
    await p.getByRole('button', { name: 'Start the linking guide' }).click();
    await expect(p.getByRole('status')).toHaveText(/^Guiding you: /);
    await expect(p.getByRole('button', { name: 'Stop the guide' })).toBeFocused();
    await expect(p.getByRole('button', { name: 'Start over' })).toBeVisible();
    await shot(p, 'guiding');
    await p.getByRole('button', { name: 'Stop the guide' }).click();
    await expect(p.getByRole('status')).toHaveText('The guide is off for this court.');
    await expect(p.getByRole('button', { name: 'Start the linking guide' })).toBeFocused();
    // The background keeps it: a popup opened again says the same.
    const again = await ext.popup('?court=ctb');
    await expect(again.getByRole('status')).toHaveText('The guide is off for this court.');
  });

  test('no court page: the directory, by state; the chosen court is remembered', async () => {
    const p = await ext.popup();
    const select = p.getByRole('combobox', { name: 'Your court' });
    await expect(select).toBeVisible();
    await expect(select.locator('option')).toHaveCount(189); // "Choose your court…" and 188 courts
    const labels = await select.locator('option').allTextContents();
    expect(labels[1]).toMatch(/^Alabama – /);
    expect(labels.at(-1)).toMatch(/^Wyoming – /);
    await expect(p.getByRole('status')).toHaveCount(0);
    await shot(p, 'no-court');
    await select.selectOption('ctb');
    await expect(p.getByRole('status')).toHaveText('The guide is off for this court.');
    await expect(p.getByRole('list', { name: /steps/i }).locator(':scope > li')).toHaveCount(11);
    const again = await ext.popup();
    await expect(again.getByRole('combobox', { name: 'Your court' })).toHaveValue('ctb');
  });

  test('keyboard: Tab reaches every control in order, each with a visible focus ring', async () => {
    const p = await ext.popup('?court=ctb');
    await expect(p.getByRole('status')).toBeVisible();
    const controls = await p.evaluate(() => {
      const all = document.querySelectorAll<HTMLElement>(
        '#popup a[href], #popup button:not([disabled]), #popup select, #popup summary, #popup [tabindex]:not([tabindex="-1"])',
      );
      return [...all]
        .filter((el) => el.getClientRects().length > 0)
        .map((el, i) => {
          el.dataset.order = String(i);
          return `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40)}`;
        });
    });
    expect(controls.length).toBeGreaterThan(8);
    expect(controls[0]).toBe('button Start the linking guide');
    expect(controls.at(-1)).toMatch(/^button Settings/);
    for (let i = 0; i < controls.length; i++) {
      await p.keyboard.press('Tab');
      const focused = await p.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          order: el.dataset.order ?? null,
          outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
          inView: r.bottom > 0 && r.top < innerHeight,
        };
      });
      expect(focused.order, `Tab ${i + 1} should reach ${controls[i]}`).toBe(String(i));
      expect(focused.outline, `${controls[i]}: no visible focus`).toBe(true);
      expect(focused.inView, `${controls[i]}: focused out of sight`).toBe(true);
    }
    // The court notes open from the keyboard.
    await p.getByText('Dates and limits').focus();
    await p.keyboard.press('Enter');
    await expect(p.getByText(/ONLY on or after October 12, 2021/)).toBeVisible();
  });

  test('axe-core finds nothing wrong: off, guiding, no court, warning, capture preview', async () => {
    test.skip(!axeSource, 'axe-core is not installed (node_modules/axe-core): run npm install to enable this check');
    const p = await ext.popup('?court=ctb');
    await expect(p.getByRole('status')).toBeVisible();
    await p.getByText('Dates and limits').click();
    expect(await axeViolations(p, '#popup')).toEqual([]);
    await p.getByRole('button', { name: 'Start the linking guide' }).click();
    await expect(p.getByRole('status')).toHaveText(/^Guiding you/);
    expect(await axeViolations(p, '#popup')).toEqual([]);

    const none = await ext.popup();
    expect(await axeViolations(none, '#popup')).toEqual([]);

    const flagged = await ext.popup('?court=ctb', (page) =>
      fakeAnswers(page, { status: { flags: ['shared-firm-account', 'name-mismatch'], tab: { id: 1, screen: 'link-confirm', capturable: true } }, capture: CAPTURE }),
    );
    await expect(flagged.getByRole('alert')).toBeVisible();
    expect(await axeViolations(flagged, '#popup')).toEqual([]);
    await flagged.getByRole('button', { name: 'Save this page for testers' }).click();
    await expect(flagged.getByRole('button', { name: 'Save file' })).toBeVisible();
    expect(await axeViolations(flagged, '#popup')).toEqual([]);
  });

  test('progress: ticks for the steps reached, the current one marked, a detour under its number', async () => {
    const reached = ['open-court-website', 'log-in-cmecf', 'follow-linking-instructions', 'log-in-pacer', 'open-utilities'];
    const p = await ext.popup('?court=ctb', (page) => fakeAnswers(page, { status: { active: true, current: 'open-utilities', steps: ctbSteps(reached) } }));
    await expect(p.getByRole('status')).toHaveText('Guiding you: step 6 of 11, Click Utilities.');
    const current = p.locator('[aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('Click Utilities');
    await expect(p.locator('.checklist > li.done')).toHaveCount(4);
    await expect(p.locator('.checklist > li.done').first()).toContainText('Step 1, done');
    // Step 3 is optional (seed 000 step 4): passed by, it did not appear, and that is not "skipped".
    await expect(p.locator('.checklist > li.skipped')).toHaveCount(0);
    await expect(p.locator('.checklist > li.optional')).toContainText('Step 3, did not appear, which is fine');
    await shot(p, 'progress', true);

    const linked = await ext.popup('?court=ctb', (page) => fakeAnswers(page, { status: { active: false, done: true, current: 'filing-menus-shown', steps: ctbSteps([...reached, 'filing-menus-shown']) } }));
    await expect(linked.getByRole('status')).toHaveText('Your accounts are linked for this court.');
    await expect(linked.locator('.checklist > li.done')).toHaveCount(10);
    await expect(linked.locator('.checklist > li.optional')).toContainText('Did not appear: fine');
    await expect(linked.getByRole('button', { name: 'Start the guide again' })).toBeVisible();
    await shot(linked, 'linked', true);

    const detour = await ext.popup('?court=ctb', (page) =>
      fakeAnswers(page, { status: { active: true, current: 'pending-registration-request', steps: ctbSteps([...reached, 'open-link-utility', 'enter-cmecf-login', 'confirm-link']) } }),
    );
    await expect(detour.getByRole('status')).toHaveText('Guiding you: step 9 of 11, A pending registration request blocks linking.');
    const branch = detour.locator('[aria-current="step"]');
    await expect(branch).toContainText('A pending registration request blocks linking');
    await expect(branch.locator('xpath=ancestor::li[1]')).toContainText('Review both accounts and click Submit');
    await shot(detour, 'detour', true);
  });

  test('a warning from the page comes first, in words, as an alert', async () => {
    const p = await ext.popup('?court=ctb', (page) => fakeAnswers(page, { status: { flags: ['name-mismatch', 'shared-firm-account'] } }));
    const alert = p.getByRole('alert');
    await expect(alert).toContainText(
      'This looks like a shared firm PACER account. Do not link it: the link is permanent. Log in with your own individual PACER account instead.',
    );
    await expect(alert).toContainText('The CM/ECF and PACER account names do not match. The link is permanent: check that this is your own PACER account before you submit, or go back.');
    // ctb's own words on the names, quoted and named; the extension's sentence marked as general advice.
    await expect(alert).toContainText('“Review the CM/ECF and PACER accounts you\'re about to link together.”');
    await expect(alert.locator('[data-flag="name-mismatch"] .said.from-court')).toHaveAttribute('title', 'What the court says: Connecticut Bankruptcy Court guide, step 10');
    await expect(alert.locator('[data-flag="shared-firm-account"] .said')).toHaveText(['(General advice, not from this court’s guide)General advice']);
    // Above the court and everything else.
    const [alertBox, courtBox] = [await alert.boundingBox(), await p.locator('.court').boundingBox()];
    expect(alertBox!.y).toBeLessThan(courtBox!.y);
    await shot(p, 'flag');

    const hint = await ext.popup('?court=ctb', (page) => fakeAnswers(page, { status: { flags: ['cmecf-username-on-pacer-login'] } }));
    await expect(hint.getByRole('alert')).toContainText('That looks like a CM/ECF username. This login wants your PACER username and password.');
    await expect(hint.getByRole('alert')).toContainText('“CM/ECF Attorney Filer account usernames are normally “ct#####” (normally your federal bar ID)”');
    await shot(hint, 'flag-hint');
  });

  test('the capture preview: the file as text, then saved as a download', async () => {
    const p = await ext.popup('?court=ctb', (page) =>
      fakeAnswers(page, { status: { tab: { id: 1, screen: 'link-confirm', capturable: true } }, capture: CAPTURE }),
    );
    await p.getByRole('button', { name: 'Save this page for testers' }).click();
    await expect(p.getByText('Recognised as link-confirm (ctb).')).toBeVisible();
    await expect(p.getByText(/Typed values, names, usernames and case numbers were removed/)).toBeVisible();
    await expect(p.locator('pre')).toHaveText(CAPTURE.html, { useInnerText: false });
    // Text, not markup: the page's elements are not in the popup.
    await expect(p.locator('pre input, pre table')).toHaveCount(0);
    await expect(p.getByRole('heading', { name: 'Look before you save' })).toBeFocused();
    await shot(p, 'capture', true);
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Save file' }).click()]);
    expect(download.suggestedFilename()).toBe('ctb-link-confirm.html');
    expect(readFileSync(await download.path(), 'utf8')).toBe(CAPTURE.html);
    await expect(p.getByText(/Saved as ctb-link-confirm\.html/)).toBeVisible();
    // Cancel: no file, the button back and focused.
    await p.getByRole('button', { name: 'Save this page for testers' }).click();
    await p.getByRole('button', { name: 'Cancel' }).click();
    await expect(p.locator('pre')).toHaveCount(0);
    await expect(p.getByRole('button', { name: 'Save this page for testers' })).toBeFocused();
  });

  test('a background that does not answer: a sentence and Try again, not a stack trace', async () => {
    test.setTimeout(30_000);
    const p = await ext.popup('?court=ctb', (page) => fakeAnswers(page, { silent: true }));
    await expect(p.getByRole('alert')).toHaveText(/The guide did not answer\. Close this window and open it again/, { timeout: 10_000 });
    await expect(p.getByRole('button', { name: 'Try again' })).toBeVisible();
    await shot(p, 'silent');
  });

  test('a real court page: its warnings and a real sanitised capture, through the background and content script', async () => {
    const trap = fixture('traps/confirm-firm-llp.html');
    const tabId = await ext.openCourtPage(trap.url, trap.html);
    // The content script reports the page, then the popup asks about that tab.
    let p!: Page;
    await expect(async () => {
      p = await ext.popup(`?tab=${tabId}`);
      await expect(p.getByRole('alert')).toContainText('shared firm PACER account', { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await expect(p.getByText('U.S. Bankruptcy Court, District of Connecticut', { exact: true })).toBeVisible();
    await p.getByRole('button', { name: 'Save this page for testers' }).click();
    await expect(p.getByText(/^Recognised as link-confirm \(ctb\)/)).toBeVisible();
    const saved = await p.locator('pre').textContent();
    expect(saved).toMatch(/saved from url/i);
    // The account names on the trap page are gone from the copy.
    expect(trap.html).toContain('Jane Q. Attorney');
    expect(saved).not.toContain('Jane Q. Attorney');
    expect(saved).not.toMatch(/Smith (&amp;|&) Jones/);
    await shot(p, 'capture-real');
  });
});

test.describe('the popup under a firm policy', () => {
  let ext: Extension;
  test.beforeEach(async () => {
    ext = await launch();
  });
  test.afterEach(async () => {
    await ext?.close();
  });

  test('the firm’s help desk, its courts, its default court; no page capture', async () => {
    const p = await ext.popup('', (page) => fakePolicy(page, FIRM_POLICY));
    const select = p.getByRole('combobox', { name: 'Your court' });
    await expect(select.locator('option')).toHaveCount(4); // "Choose your court…" and the firm's three
    expect(await select.locator('option').allTextContents()).toEqual([
      'Choose your court…',
      'California – United States Bankruptcy Court, C.D. California',
      'Connecticut – United States Bankruptcy Court, D. Connecticut',
      'Minnesota – District Court, D. Minnesota',
    ]);
    await expect(select).toHaveValue('mnd');
    await expect(p.getByText('these are the courts your firm chose')).toBeVisible();
    const firm = p.getByRole('region', { name: 'Your firm’s help' });
    await expect(firm).toContainText('Smith & Jones IT help desk');
    await expect(firm.getByRole('link', { name: 'it-help@smithjones.example' })).toHaveAttribute('href', 'mailto:it-help@smithjones.example');
    await expect(firm.getByRole('link', { name: '(555) 010-0199' })).toHaveAttribute('href', 'tel:5550100199');
    await expect(firm.getByRole('link', { name: 'intranet.smithjones.example/pacer' })).toHaveAttribute('href', 'https://intranet.smithjones.example/pacer');
    // Above the court's own contacts.
    const [firmBox, courtHelp] = [await firm.boundingBox(), await p.getByRole('heading', { name: 'Help', exact: true }).boundingBox()];
    expect(firmBox!.y).toBeLessThan(courtHelp!.y);
    await shot(p, 'firm-policy', true);
    if (axeSource) expect(await axeViolations(p, '#popup')).toEqual([]);

    // A capturable court page in the tab: the capture is not offered.
    const court = await ext.popup('?court=ctb', async (page) => {
      await fakePolicy(page, FIRM_POLICY);
      await fakeAnswers(page, { status: { tab: { id: 1, screen: 'link-confirm', capturable: true } }, capture: CAPTURE });
    });
    await expect(court.getByRole('status')).toHaveText('The guide is off for this court.');
    await expect(court.getByRole('region', { name: 'Your firm’s help' })).toBeVisible();
    await expect(court.getByRole('button', { name: /save this page/i })).toHaveCount(0);
  });

  test('a remembered court the firm does not offer gives way to the firm’s default', async () => {
    const first = await ext.popup();
    await first.getByRole('combobox', { name: 'Your court' }).selectOption('nynb');
    const p = await ext.popup('', (page) => fakePolicy(page, FIRM_POLICY));
    await expect(p.getByRole('combobox', { name: 'Your court' })).toHaveValue('mnd');
  });
});

test.describe('the options page', () => {
  let ext: Extension;
  test.beforeEach(async () => {
    ext = await launch();
  });
  test.afterEach(async () => {
    await ext?.close();
  });

  test('shared accounts saved, normalised, and read back after a reload', async () => {
    const p = await ext.context.newPage();
    await p.setViewportSize({ width: 800, height: 900 });
    await p.goto(`chrome-extension://${ext.id}/options.html`);
    const users = p.getByRole('textbox', { name: 'Shared firm PACER usernames' });
    const names = p.getByRole('textbox', { name: 'Shared firm PACER account names' });
    const hint = p.getByRole('checkbox', { name: 'Hint when a username looks like the wrong kind (CM/ECF vs PACER)' });
    await expect(hint).toBeChecked();
    await expect(p.getByText(/never sent anywhere/)).toBeVisible();
    await expect(p.getByText(/IT can also set them by policy/)).toBeVisible();
    // No policy: every setting says where it came from.
    await expect(p.locator('[data-setting="sharedUsernames"] .source')).toHaveText('Default');
    await expect(p.getByText('No firm policy is set for this extension on this computer.')).toBeVisible();
    await users.fill('  SmithFirm \n\nJonesLLP\n');
    await names.fill('Smith & Jones LLP\n   \n');
    await hint.uncheck();
    await p.getByRole('button', { name: 'Save settings' }).click();
    await expect(p.getByRole('status')).toHaveText(/^Saved\./);
    await p.screenshot({ path: join(SHOTS, 'popup-options.png'), fullPage: true });
    const stored = await ext.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.storage.local.get('settings')).settings;
    });
    // Only what the user chose: the hint (off, unlike the default); the other switches were left alone.
    expect(stored).toEqual({ sharedUsernames: ['smithfirm', 'jonesllp'], sharedAccountNames: ['Smith & Jones LLP'], usernameHint: false });
    await expect(p.locator('[data-setting="usernameHint"] .source')).toHaveText('Set by you');
    await expect(p.locator('[data-setting="autoStart"] .source')).toHaveText('Default');
    await p.reload();
    await expect(users).toHaveValue('smithfirm\njonesllp');
    await expect(names).toHaveValue('Smith & Jones LLP');
    await expect(hint).not.toBeChecked();
    if (axeSource) expect(await axeViolations(p, 'main')).toEqual([]);
  });

  test('under a locked firm policy: values, sources, read-only fields, and what was ignored', async () => {
    const p = await ext.context.newPage();
    await p.setViewportSize({ width: 800, height: 900 });
    await fakePolicy(p, {
      ...FIRM_POLICY,
      helpContact: { ...FIRM_POLICY.helpContact, url: 'ftp://files.smithjones.example/help' },
      usernameHint: false,
      lockSettings: true,
      courts: ['ctb', 'mnd', 'xyzb'],
      defaultCourt: 'mnd',
      UsernameHint: true,
    });
    await ext.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      await api.storage.local.set({ settings: { sharedUsernames: ['mine'], usernameHint: true, autoStart: false } });
    });
    await p.goto(`chrome-extension://${ext.id}/options.html`);
    const users = p.getByRole('textbox', { name: 'Shared firm PACER usernames' });
    await expect(users).toHaveValue('smithjonesfirm');
    await expect(users).toHaveJSProperty('readOnly', true);
    await expect(p.locator('[data-setting="sharedUsernames"] .source')).toHaveText('Set by your firm (policy)');
    await expect(p.locator('[data-setting="sharedUsernames"] .locked')).toHaveText('Locked by your firm: you cannot change this.');
    const hint = p.getByRole('checkbox', { name: 'Hint when a username looks like the wrong kind (CM/ECF vs PACER)' });
    await expect(hint).not.toBeChecked();
    await expect(hint).toBeDisabled();
    // Not set by the firm: the user's own, editable.
    const auto = p.getByRole('checkbox', { name: /Start the guide by itself/ });
    await expect(auto).not.toBeChecked();
    await expect(auto).toBeEnabled();
    await expect(p.locator('[data-setting="autoStart"] .source')).toHaveText('Set by you');
    await expect(p.locator('[data-setting="pageCapture"] .source')).toHaveText('Set by your firm (policy)');
    // Ignored: the contact (bad address) and the courts (an unknown id); so the default court too.
    await expect(p.locator('[data-setting="helpContact"] .source')).toHaveText('Default');
    await expect(p.locator('[data-setting="helpContact"] .ignored')).toHaveText(
      'Your firm’s setting was ignored: helpContact.url: must be an https:// address (got "ftp://files.smithjones.example/help")',
    );
    const ignored = p.getByRole('list', { name: 'Ignored parts of the policy' }).locator('li');
    await expect(ignored).toHaveText([
      'helpContact.url: must be an https:// address (got "ftp://files.smithjones.example/help")',
      'courts[2]: unknown court id "xyzb" (use CM/ECF court ids such as "ctb", "mnd", "cacb")',
      "unknown key 'UsernameHint' (did you mean 'usernameHint'?)",
    ]);
    await expect(p.locator('[data-setting="defaultCourt"] dd')).toContainText('District Court, D. Minnesota');
    await p.screenshot({ path: join(SHOTS, 'options-policy.png'), fullPage: true });
    if (axeSource) expect(await axeViolations(p, 'main')).toEqual([]);

    // Saving keeps what the firm locked as stored, and changes only the rest.
    await auto.check();
    await p.getByRole('button', { name: 'Save settings' }).click();
    await expect(p.getByRole('status')).toHaveText(/^Saved\./);
    const stored = await ext.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.storage.local.get('settings')).settings;
    });
    expect(stored).toEqual({ sharedUsernames: ['mine'], usernameHint: true });
  });
});
