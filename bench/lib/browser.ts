// Two Chromium instances launched through the project's own e2e harness
// (test/e2e/support/harness.ts, launchChromium): the same flags, the same
// request interception (fixtures at their real addresses with the
// `script-src 'none'` CSP, stand-in court stylesheets, empty bodies for
// everything else), the same persistent-profile code path.
//  - "with":    the built extension (.output/chrome-mv3);
//  - "without": an inert extension (a manifest and an empty service worker:
//    no content script, no host permissions, nothing that touches a page).
//    launchChromium always loads *an* extension and waits for its service
//    worker, so the baseline loads one that does nothing: the page sees no
//    extension code at all, which is what "without the extension" means for
//    page cost.
//  - "minimal": the built extension with its content
//    script replaced by one line that writes the data-link-guide attribute,
//    so that Chromium's own cost of injecting a content script (an isolated
//    world, the injection at document_idle) can be told from the cost of
//    what the script does.
// The benchmark needs the harness's BrowserContext and page (an init script,
// its own page routing, CDP): it takes them from harness.handles() where the
// harness has it, and otherwise keeps the context that launchChromium's call
// to chromium.launchPersistentContext returns (that call is wrapped for the
// duration of the launch only). Nothing of the harness is changed.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROME_BUILD, launchChromium, type Harness } from '../../test/e2e/support/harness';
import { INIT_SCRIPT, READ_SAMPLE, RECORD_ATTRIBUTE } from './inpage';
import { sleep } from './stats';

/** The CSP the harness serves every fixture with (harness.ts PAGE_CSP). */
const PAGE_CSP = "script-src 'none'";

export type SideName = 'with' | 'without' | 'minimal';

export interface Side {
  name: SideName;
  harness: Harness;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** The document this side's page serves itself (page.route, ahead of the harness's context route). */
  served: { url: string; html: string } | null;
  close(): Promise<void>;
}

function inertExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'link-guide-bench-inert-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'benchmark baseline (inert)', version: '0.0.0', background: { service_worker: 'sw.js' } }),
  );
  writeFileSync(join(dir, 'sw.js'), '// intentionally empty\n');
  return dir;
}

/** The built extension, its content script(s) replaced by one line that records an empty answer. */
function minimalContentScriptExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'link-guide-bench-minimal-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  const oneLine = `document.documentElement.setAttribute('${RECORD_ATTRIBUTE}', '{}');\n`;
  for (const cs of manifest.content_scripts ?? []) {
    for (const f of cs.js ?? []) writeFileSync(join(dir, f), oneLine);
  }
  // A content script the background registers at run time
  // (scripting.registerContentScripts) is one of these files too.
  const scripts = join(dir, 'content-scripts');
  if (existsSync(scripts)) for (const f of readdirSync(scripts)) if (f.endsWith('.js')) writeFileSync(join(scripts, f), oneLine);
  return dir;
}

async function launchKeepingContext(extensionDir: string): Promise<{ harness: Harness; context: BrowserContext; page: Page }> {
  const original = chromium.launchPersistentContext;
  let context: BrowserContext | undefined;
  const wrapped = async function (this: typeof chromium, ...args: Parameters<typeof original>) {
    const c = await original.apply(this, args);
    context = c;
    return c;
  };
  (chromium as { launchPersistentContext: typeof original }).launchPersistentContext = wrapped as typeof original;
  let harness: Harness;
  try {
    harness = await launchChromium(extensionDir);
  } finally {
    (chromium as { launchPersistentContext: typeof original }).launchPersistentContext = original;
  }
  // A harness that hands out its browser objects (handles()) is asked; the
  // context kept above is the fallback for one that does not.
  const handles = (harness as { handles?: () => { name: string; context?: BrowserContext; page?: Page } }).handles?.();
  if (handles?.name === 'chromium' && handles.context && handles.page) return { harness, context: handles.context, page: handles.page };
  if (!context) throw new Error('could not reach the harness browser context');
  // launchChromium drives the context's first page.
  return { harness, context, page: context.pages()[0]! };
}

export async function launchSide(name: SideName): Promise<Side> {
  return launchSideFromDir(name === 'with' ? CHROME_BUILD : name === 'without' ? inertExtension() : minimalContentScriptExtension(), name);
}

export async function launchSideFromDir(dir: string, name: SideName = 'with'): Promise<Side> {
  const { harness, context, page } = await launchKeepingContext(dir);
  await context.addInitScript({ content: INIT_SCRIPT });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const side: Side = {
    name,
    harness,
    context,
    page,
    cdp,
    served: null,
    async close() {
      await harness.close();
      if (dir !== CHROME_BUILD) rmSync(dir, { recursive: true, force: true });
    },
  };
  // Page routes run before the harness's context route: this side's own
  // document here, everything else (stand-in stylesheets, empty bodies, the
  // harness's own visit()) falls through to the harness unchanged.
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (side.served && url === side.served.url && route.request().isNavigationRequest()) {
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP },
        body: side.served.html,
      });
    }
    return route.fallback();
  });
  return side;
}

export async function browserVersion(side: Side): Promise<string> {
  try {
    const v = (await side.cdp.send('Browser.getVersion')) as { product: string };
    return v.product;
  } catch {
    return side.context.browser()?.version() ?? 'unknown';
  }
}

export interface LoadSample {
  loadMs: number | null;
  loadEventStart: number | null;
  /** When the document's last byte arrived (through the harness's request interception). */
  responseEnd: number | null;
  domContentLoadedMs: number | null;
  longTasks: number;
  longTaskMs: number;
  /** [startTime, duration] of each long task, ms. */
  longTaskList: Array<[number, number]>;
  longTaskSupported: boolean;
  recordedAt: number | null;
  dclAt: number | null;
  /** The content script's answer appeared (with extension, where it runs). */
  scriptSeen: boolean;
}

export interface LoadOptions {
  /** Wait for the content script's data-link-guide attribute (with extension, where the manifest runs it). */
  expectScript: boolean;
  /** Fixed wait after load (and after the content script answered), the same on both sides. */
  settleMs: number;
}

/**
 * One navigation: serve `html` at `url`, go there, wait for `load`, then for
 * the content script's answer where it should run, then `settleMs` for what
 * it does next (its message to the background, an overlay, its re-check);
 * then read Navigation Timing and the long tasks the page saw.
 */
export async function loadOnce(side: Side, url: string, html: string, opts: LoadOptions): Promise<LoadSample> {
  const href = new URL(url).href;
  side.served = { url: href, html };
  await side.page.goto(href, { waitUntil: 'load', timeout: 60_000 });
  let scriptSeen = false;
  if (opts.expectScript) {
    scriptSeen = await side.page
      .waitForFunction(`document.documentElement.hasAttribute('${RECORD_ATTRIBUTE}')`, undefined, { timeout: 10_000, polling: 5 })
      .then(() => true, () => false);
  }
  await sleep(opts.settleMs);
  const s = (await side.page.evaluate(READ_SAMPLE)) as Omit<LoadSample, 'scriptSeen'>;
  return { ...s, scriptSeen };
}

export interface MemorySample {
  jsHeapUsedBytes: number;
  nodes: number;
  jsEventListeners: number;
}

/**
 * The renderer's JS heap after a forced full GC (CDP HeapProfiler.collectGarbage,
 * then Performance.getMetrics). The content script runs in an isolated world
 * of the page's own V8 isolate, so JSHeapUsedSize counts it; the difference
 * with and without the extension on the same page is what it retains there.
 */
export async function memoryOnce(side: Side): Promise<MemorySample> {
  await side.cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await side.cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? Number.NaN;
  return { jsHeapUsedBytes: get('JSHeapUsedSize'), nodes: get('Nodes'), jsEventListeners: get('JSEventListeners') };
}
