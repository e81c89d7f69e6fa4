// An extension page (popup.html, options.html) opened as an ordinary tab in
// either browser, with the few things the policy tests do with it: run a
// function in it, wait for something to hold, take its picture.
import type { Page } from '@playwright/test';
import type { Page as PPage } from 'puppeteer-core';
import { FIREFOX_ADDON_UUID, type Harness } from './harness';

export interface ExtensionPage {
  /** `fn` run in the page (no named inner functions: see harness.ts). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns true; throws with `what` after `ms`. */
  until<A>(fn: (arg: A) => boolean, arg: A, what: string, ms?: number): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** The browser's own page object (Playwright's in Chromium, puppeteer's in Firefox). */
  raw: { name: 'chromium'; page: Page } | { name: 'firefox'; page: PPage };
  close(): Promise<void>;
}

export async function openExtensionPage(h: Harness, path: string, viewport = { width: 800, height: 900 }): Promise<ExtensionPage> {
  const handles = h.handles();
  if (handles.name === 'chromium') {
    const page = await handles.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${handles.extensionId}/${path}`);
    const ep: ExtensionPage = {
      evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg as unknown) as never,
      async until(fn, arg, what, ms = 10_000) {
        await page.waitForFunction(fn as (a: unknown) => boolean, arg as unknown, { timeout: ms }).catch((e: Error) => {
          throw new Error(`${what}: ${e.message.split('\n')[0]}`);
        });
      },
      async screenshot(file, fullPage = true) {
        await page.screenshot({ path: file, fullPage });
      },
      raw: { name: 'chromium', page },
      close: () => page.close(),
    };
    return ep;
  }
  const page = await handles.browser.newPage();
  await page.setViewport(viewport);
  // Firefox's BiDi sends no navigation events for extension pages (bug
  // 1755014): start the navigation, then watch the page itself.
  page.goto(`moz-extension://${FIREFOX_ADDON_UUID}/${path}`, { timeout: 15_000 }).catch(() => undefined);
  const ep: ExtensionPage = {
    // While the page loads, BiDi may answer with a protocol error instead of a value: the caller's until() waits that out.
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    async until(fn, arg, what, ms = 10_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const ready = await page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
        const ok = ready && (await page.evaluate(fn as (a: unknown) => boolean, arg).catch(() => false));
        if (ok) return;
        if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async screenshot(file, fullPage = true) {
      await page.screenshot({ path: file, fullPage });
    },
    raw: { name: 'firefox', page },
    close: () => page.close(),
  };
  await ep.until(() => true, null, `${path} never loaded`, 15_000);
  return ep;
}

/** What storage.managed holds for the extension, read in one of its pages; `{error}` where get() rejects. */
export async function readManaged(p: ExtensionPage): Promise<Record<string, unknown>> {
  return p.evaluate(async () => {
    const g = globalThis as unknown as { browser?: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } }; chrome?: typeof g.browser };
    const api = g.browser ?? g.chrome;
    try {
      return await api!.storage.managed.get(null);
    } catch (e) {
      return { error: String(e) };
    }
  }, null);
}

export interface Field {
  label: string;
  tag: string;
  type: string | null;
  value: string;
  checked: boolean | null;
  /** disabled, read-only or aria-disabled: the user cannot change it. */
  locked: boolean;
  /** A select's option values. */
  options: string[] | null;
}

export interface PageSnapshot {
  /** The page's visible text, spaces collapsed. */
  text: string;
  links: Array<{ text: string; href: string }>;
  fields: Field[];
  alerts: string[];
}

/** What a person sees on the page and can use: its text, links and form fields (each by its label). */
export function snapshot(p: ExtensionPage): Promise<PageSnapshot> {
  return p.evaluate(() => {
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].map((el) => {
      const labelled = el.getAttribute('aria-labelledby');
      const label = squash(
        el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled)?.textContent : ''),
      );
      const isCheck = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
      return {
        label,
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute('type'),
        value: el.value,
        checked: isCheck ? (el as HTMLInputElement).checked : null,
        locked:
          el.disabled ||
          ('readOnly' in el && (el as HTMLInputElement).readOnly) ||
          el.getAttribute('aria-disabled') === 'true' ||
          !!el.closest('fieldset[disabled]'),
        options: el instanceof HTMLSelectElement ? [...el.options].map((o) => o.value) : null,
      };
    });
    return {
      text: squash(document.body.innerText),
      links: [...document.querySelectorAll('a[href]')].map((a) => ({ text: squash(a.textContent), href: a.getAttribute('href')! })),
      fields,
      alerts: [...document.querySelectorAll('[role="alert"]')].map((a) => squash(a.textContent)),
    };
  }, null);
}
