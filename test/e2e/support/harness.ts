// The built extension in real browsers, with the fixtures served at their
// real addresses and no network at all:
//  - Chromium (Debian) driven by Playwright, the unpacked MV3 build loaded;
//  - Firefox ESR (Debian) driven over WebDriver BiDi by puppeteer-core,
//    because Playwright cannot load Firefox extensions.
// Each fixture is served with `Content-Security-Policy: script-src 'none'`:
// the page's own scripts do not run (as in jsdom, which the command line
// uses), while the extension's content script, exempt from page CSP, does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';
import type { Worker } from '@playwright/test';
import type { RecognitionJson } from '../../../src/recognize';
import { ATTRIBUTE } from '../../../src/content/record';
import { idleMatches, patternsMatch, sessionMatches } from '../../../src/content/hosts';
import { settleInterception, throwInterceptionFailures } from './interception';

export { settleInterception, throwInterceptionFailures };

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
/**
 * The store builds (`wxt build --mode store`): no test hooks (no recorded
 * answer on <html>, no state on the overlay's host, its shadow root closed)
 * and, in Chrome, no development key, so another extension id, read from the
 * service worker's address. The hostile-page tests run against these.
 */
export const CHROME_STORE_BUILD = join(ROOT, '.output/chrome-mv3-store');
export const FIREFOX_STORE_BUILD = join(ROOT, '.output/firefox-mv3-store');

export interface ServedPage {
  url: string;
  html: string;
  /**
   * The page's Content-Security-Policy; by default its own scripts are off
   * (PAGE_CSP). The hostile-page tests let theirs run.
   */
  csp?: string;
}

export interface Visit {
  /** What the content script recorded, or null where it did not run. */
  recorded: RecognitionJson | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the overlay shows, read from its host's attributes and open shadow root. */
export interface OverlayState {
  screen: string | null;
  court: string | null;
  step: string | null;
  stepText: string | null;
  title: string | null;
  instruction: string | null;
  /** The label above each run of the instruction: "What the court says — … guide, step 3" or "General advice…". */
  sources: string[];
  note: string | null;
  layout: string | null;
  tip: Rect | null;
  ring: Rect | null;
}

// Runs in the page: no named inner functions (tsx would wrap them in a
// __name helper the page does not have).
function readOverlay(tag: string): OverlayState | null {
  const host = document.querySelector(tag);
  const sr = host?.shadowRoot;
  if (!host || !sr) return null;
  const tip = sr.querySelector('[role="dialog"]');
  const [tipBox, ringBox] = [tip, sr.querySelector('svg .ring')].map((el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  return {
    screen: host.getAttribute('data-screen'),
    court: host.getAttribute('data-court'),
    step: host.getAttribute('data-step'),
    stepText: tip?.querySelector('.step')?.textContent ?? null,
    title: tip?.querySelector('h2')?.textContent ?? null,
    // One .instruction per run of a single source; the labels (.src) are not part of it.
    instruction: tip && tip.querySelector('.instruction') ? [...tip.querySelectorAll('.instruction')].map((p) => p.textContent).join(' ') : null,
    sources: tip ? [...tip.querySelectorAll('.said > .src')].map((p) => p.textContent ?? '') : [],
    // The page's warnings and the step's note, each under its own source label.
    note: tip && tip.querySelector('.note') ? [...tip.querySelectorAll('.note')].map((p) => p.textContent).join(' ') : null,
    layout: tip?.getAttribute('data-layout') ?? null,
    tip: tipBox ?? null,
    ring: ringBox ?? null,
  };
}

function rectOf(selector: string): Rect | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/**
 * The browser objects under a harness, for tests that need more than its
 * methods (init scripts, the console, the extension's own storage).
 */
export type HarnessHandles =
  | { name: 'chromium'; context: BrowserContext; page: Page; worker: Worker; extensionId: string }
  | { name: 'firefox'; browser: PBrowser; page: PPage };

export interface Harness {
  name: 'chromium' | 'firefox';
  /** Starts the linking guide for `court` as a user does: the toolbar popup's Start button. */
  startSession(court: string): Promise<void>;
  /** The overlay on the current page, or null when there is none. */
  overlay(): Promise<OverlayState | null>;
  /** The bounding rectangle of what `selector` finds on the current page. */
  rect(selector: string): Promise<Rect | null>;
  /** Types into the field `selector` finds, key by key, as a user does. */
  type(selector: string, text: string): Promise<void>;
  /** Sets the extension's settings (storage.local), as the options page does. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Presses one of the overlay's buttons, as a user does. */
  pressOverlayButton(name: RegExp): Promise<void>;
  /** The toolbar badge of the current tab (Chromium only: null where the browser does not let tests read it). */
  badge(): Promise<string | null>;
  /** Serves `page` at its URL (other requests: empty 200s), waits for the content script if it should run. */
  visit(page: ServedPage, expectScript: boolean): Promise<Visit>;
  screenshot(path: string): Promise<void>;
  /** Outlines the element `selector` finds and scrolls it into view (for the demo's pictures). */
  outline(selector: string): Promise<void>;
  /** URLs the browser asked for, other than the served pages' own. */
  requests: string[];
  close(): Promise<void>;
  /** The browser objects under the harness. */
  handles(): HarnessHandles;
}

const PAGE_CSP = "script-src 'none'";

function outlineIn(selector: string) {
  const el = document.querySelector(selector) as HTMLElement | null;
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.style.outline = '4px solid #d4351c';
  el.style.outlineOffset = '3px';
}
const SCRIPT_WAIT_MS = 10_000;
/** How long a page is watched before concluding that no content script runs there. */
const ABSENCE_WAIT_MS = 600;

/**
 * Whether the content script runs at `url`, as the browsers match the
 * patterns the background registers (src/background/registration.ts): on
 * every court page of the flow while a session is active, only where linking
 * can begin (`idle`) while none is.
 */
export function scriptRunsAt(url: string, { idle = false }: { idle?: boolean } = {}): boolean {
  return patternsMatch(idle ? idleMatches() : sessionMatches(), url);
}

const ASSETS = join(ROOT, 'test/fixtures/assets');
let standIns: { primefaces: string; cmecf: string } | undefined;

/**
 * What a court page's own resources get: stand-in stylesheets for the PACER
 * login application (PrimeFaces) and CM/ECF, so pages are laid out as the
 * real ones are; empty bodies for everything else.
 */
function emptyFor(url: string): { contentType: string; body: string } {
  standIns ??= {
    primefaces: readFileSync(join(ASSETS, 'primefaces.css'), 'utf8'),
    cmecf: readFileSync(join(ASSETS, 'cmecf.css'), 'utf8'),
  };
  if (/^https:\/\/(?:pacer\.login|train-login)\.uscourts\.gov\/.*\.css(?:\.jsf)?(?:\?|$)/i.test(url)) return { contentType: 'text/css', body: standIns.primefaces };
  if (/^https:\/\/ecf(?:-train)?\.[a-z]+\.uscourts\.gov\/css\/default\.css$/i.test(url)) return { contentType: 'text/css', body: standIns.cmecf };
  if (/\.css(?:\?|$|\.jsf)/i.test(url)) return { contentType: 'text/css', body: '' };
  if (/\.js(?:\?|$)|menu\.pl/i.test(url)) return { contentType: 'text/javascript', body: '' };
  return { contentType: 'text/plain', body: '' };
}

async function readRecorded(read: () => Promise<string | null>, expectScript: boolean): Promise<RecognitionJson | null> {
  const deadline = Date.now() + (expectScript ? SCRIPT_WAIT_MS : ABSENCE_WAIT_MS);
  for (;;) {
    const raw = await read();
    if (raw !== null) return JSON.parse(raw) as RecognitionJson;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** profileDir: a profile to start with and keep (a browser restart); otherwise a fresh one, removed on close. */
export async function launchChromium(extensionDir = CHROME_BUILD, { profileDir }: { profileDir?: string } = {}): Promise<Harness> {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'link-guide-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      // Playwright's defaults include --disable-extensions: this lifts it for ours.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', // root on CI: the sandbox cannot start
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // Lets tests load the build again over CDP (Extensions.loadUnpacked), as an update does.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const requests: string[] = [];
  let current: ServedPage | null = null;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files pass through untouched.
    if (url.startsWith('chrome-extension:')) return route.continue();
    if (current && url === current.url) {
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': current.csp ?? PAGE_CSP },
        body: current.html,
      });
    }
    requests.push(url);
    return route.fulfill({ status: 200, ...emptyFor(url) });
  });
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    requests,
    async startSession(court) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?court=${court}`);
      await popup.getByRole('button', { name: /start/i }).click();
      await popup.getByRole('status').filter({ hasText: /guiding you/i }).waitFor();
      await popup.close();
    },
    overlay: () => page.evaluate(readOverlay, 'cmecf-link-guide'),
    rect: (selector) => page.evaluate(rectOf, selector),
    async type(selector, text) {
      await page.locator(selector).pressSequentially(text, { delay: 15 });
    },
    async setSettings(settings) {
      await worker.evaluate(async (value) => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        await api.storage.local.set({ settings: value });
      }, settings);
    },
    async pressOverlayButton(name) {
      // Playwright's locators pierce open shadow roots: a real click.
      await page.locator('cmecf-link-guide').getByRole('button', { name }).click();
    },
    async badge() {
      return worker.evaluate(async () => {
        // Runs in the extension's service worker, where `chrome` is the extension API.
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? null : api.action.getBadgeText({ tabId: tab.id });
      });
    },
    async visit(served, expectScript) {
      current = { url: new URL(served.url).href, html: served.html, ...(served.csp ? { csp: served.csp } : {}) };
      await page.goto(current.url, { waitUntil: 'load' });
      const recorded = await readRecorded(() => page.evaluate((a) => document.documentElement.getAttribute(a), ATTRIBUTE), expectScript);
      return { recorded };
    },
    async screenshot(path) {
      await page.screenshot({ path, fullPage: false });
    },
    async outline(selector) {
      await page.evaluate(outlineIn, selector);
    },
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
    handles: () => ({ name: 'chromium', context, page, worker, extensionId }),
  };
}

/** A fixed add-on UUID, so the extension's pages have a known moz-extension:// address. */
export const FIREFOX_ADDON_UUID = '6b1f2a40-3c1e-4d9a-8f7e-0a5c2d9e4b17';

/**
 * profileDir: a profile to start with and keep (a browser restart). The
 * extension is then installed in it as a browser restart keeps it: an
 * unsigned package in the profile's extensions folder, which Firefox ESR
 * loads with signature checks off (a temporary add-on, as installExtension
 * makes, is gone after a restart).
 */
export async function launchFirefox(extensionDir = FIREFOX_BUILD, { profileDir }: { profileDir?: string } = {}): Promise<Harness> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  if (profileDir) {
    const xpi = join(profileDir, 'extensions', `${addonId}.xpi`);
    if (!existsSync(xpi)) {
      mkdirSync(join(profileDir, 'extensions'), { recursive: true });
      execFileSync('zip', ['-qr', xpi, '.'], { cwd: extensionDir });
    }
  }
  const browser: PBrowser = await puppeteer.launch({
    ...(profileDir ? { userDataDir: profileDir } : {}),
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Lets the tests open moz-extension:// pages (the popup, later).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_ADDON_UUID }),
      // MV3 host permissions are granted at install only while this is true
      // (the ESR default); pinned so a profile change cannot silently turn
      // the content script off.
      'extensions.originControls.grantByDefault': true,
      'app.update.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'toolkit.telemetry.enabled': false,
      'app.normandy.enabled': false,
      ...(profileDir
        ? { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 }
        : {}),
    },
  });
  if (!profileDir) await browser.installExtension(extensionDir);
  const page: PPage = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const requests: string[] = [];
  const interceptionFailures: Error[] = [];
  let current: ServedPage | null = null;
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('moz-extension:')) return settleInterception(req.continue(), interceptionFailures);
    if (current && url === current.url) {
      return settleInterception(
        req.respond({
          status: 200,
          headers: { 'content-security-policy': current.csp ?? PAGE_CSP },
          contentType: 'text/html; charset=utf-8',
          body: current.html,
        }),
        interceptionFailures,
      );
    }
    requests.push(url);
    settleInterception(req.respond({ status: 200, ...emptyFor(url) }), interceptionFailures);
  });
  return {
    name: 'firefox',
    requests,
    async startSession(court) {
      const popup = await browser.newPage();
      const url = `moz-extension://${FIREFOX_ADDON_UUID}/popup.html?court=${court}`;
      // Firefox's BiDi sends no navigation events for extension pages
      // (bug 1755014): start the navigation, then watch the page itself.
      popup.goto(url, { timeout: 15_000 }).catch(() => undefined);
      // Polled by hand: while the extension page loads, BiDi may answer an
      // evaluation with a protocol error instead of a value.
      const until = async (check: () => boolean) => {
        const deadline = Date.now() + 15_000;
        for (;;) {
          if (await popup.evaluate(check).catch(() => false)) return;
          if (Date.now() > deadline) throw new Error(`the popup never got there: ${check}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      await until(() => location.protocol === 'moz-extension:' && !!document.querySelector('button'));
      await popup.evaluate(() => {
        [...document.querySelectorAll('button')].find((x) => /start/i.test(x.textContent ?? ''))?.click();
      });
      await until(() => /guiding you/i.test(document.querySelector('[role="status"]')?.textContent ?? ''));
      await popup.close();
    },
    overlay: () => page.evaluate(readOverlay, 'cmecf-link-guide'),
    rect: (selector) => page.evaluate(rectOf, selector),
    async type(selector, text) {
      await page.type(selector, text, { delay: 15 });
    },
    async setSettings(settings) {
      // Firefox gives tests no handle on the background: the options page does it, as a user would.
      const options = await browser.newPage();
      const url = `moz-extension://${FIREFOX_ADDON_UUID}/options.html`;
      options.goto(url, { timeout: 15_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const done = await options
          .evaluate(async (value) => {
            const api = (globalThis as unknown as { browser?: typeof import('wxt/browser').browser }).browser;
            if (location.protocol !== 'moz-extension:' || !api?.storage) return false;
            await api.storage.local.set({ settings: value });
            return true;
          }, settings)
          .catch(() => false);
        if (done) break;
        if (Date.now() > deadline) throw new Error('could not reach the options page');
        await new Promise((r) => setTimeout(r, 50));
      }
      await options.close();
    },
    async pressOverlayButton(name) {
      // Puppeteer's click on the button's box, found through the open shadow root.
      const handle = await page.evaluateHandle(
        (src, flags) => {
          const re = new RegExp(src, flags);
          const buttons = document.querySelector('cmecf-link-guide')?.shadowRoot?.querySelectorAll('button') ?? [];
          return [...buttons].find((b) => re.test(b.textContent ?? '')) ?? null;
        },
        name.source,
        name.flags,
      );
      const button = handle.asElement() as import('puppeteer-core').ElementHandle<Element> | null;
      if (!button) throw new Error(`no overlay button ${name}`);
      await button.click();
    },
    async badge() {
      return null;
    },
    async visit(served, expectScript) {
      throwInterceptionFailures(interceptionFailures);
      current = { url: new URL(served.url).href, html: served.html, ...(served.csp ? { csp: served.csp } : {}) };
      await page.goto(current.url, { waitUntil: 'load' });
      const recorded = await readRecorded(
        () => page.evaluate((a) => document.documentElement.getAttribute(a), ATTRIBUTE),
        expectScript,
      );
      return { recorded };
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async outline(selector) {
      await page.evaluate(outlineIn, selector);
    },
    async close() {
      await browser.close();
    },
    handles: () => ({ name: 'firefox', browser, page }),
  };
}

/** `store`: the store build (no test hooks), else the tested build. */
export function launch(name: 'chromium' | 'firefox', build: 'tested' | 'store' = 'tested'): Promise<Harness> {
  if (name === 'chromium') return launchChromium(build === 'store' ? CHROME_STORE_BUILD : CHROME_BUILD);
  return launchFirefox(build === 'store' ? FIREFOX_STORE_BUILD : FIREFOX_BUILD);
}
