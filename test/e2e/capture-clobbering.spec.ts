// DOM clobbering against the tester's capture (issue 10 item 6), with the
// browsers' own named properties, in Chromium and Firefox ESR: the link
// form of ctb with a password field named "attributes" next to another
// field of that name (so form.attributes is a RadioNodeList of the two),
// fields named firstChild, getAttribute…, and images named documentElement,
// doctype, implementation (which the document then returns). The user types
// a password with real keystrokes; src/capture/sanitize.ts, bundled by
// esbuild, captures the page. The capture must not throw, must not hold the
// typed password, and must be the same file as that of the same page
// without the clobbering names. (Run in the page's own world: named
// properties are the DOM's, the same in a content script's world.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { ROOT } from './support/harness';

const URL = 'https://ecf.ctb.uscourts.gov/cgi-bin/LinkAccount.pl';
const TYPED = 'zqTypedPassword-9731';
const SHADOWED = ['firstChild', 'nextSibling', 'childNodes', 'nodeType', 'localName', 'tagName', 'namespaceURI', 'getAttribute', 'hasAttribute', 'cloneNode', 'querySelectorAll', 'outerHTML'];
const DOC_SHADOWED = ['documentElement', 'doctype', 'implementation', 'createTreeWalker', 'body'];

let bundle: string;

/**
 * The link form: no clobbering names ('none'), only the two fields named
 * "attributes" (the issue's case: a capture that trusted form.attributes
 * wrote the typed password into the file), or every name ('all').
 */
function pageHtml(mode: 'none' | 'attributes' | 'all'): string {
  const clobber = mode !== 'none';
  let html = readFileSync(join(ROOT, 'test/fixtures/ctb/09-link-form.html'), 'utf8');
  const names = mode === 'all' ? SHADOWED : SHADOWED.map((n) => `x${n}`);
  const docNames = mode === 'all' ? DOC_SHADOWED : DOC_SHADOWED.map((n) => `x${n}`);
  html = html.replace(/<input([^>]*)type="password"([^>]*)>/, (_m, a: string, b: string) => {
    const rest = `${a}type="password"${b}`.replace(/\sname="[^"]*"/, '');
    return `<input type="hidden" name="${clobber ? 'attributes' : 'xattributes'}" value=""><input${rest} name="${clobber ? 'attributes' : 'xattributes'}" id="typed-here">`;
  });
  html = html.replace('</form>', `${names.map((n) => `<input type="hidden" name="${n}" value="">`).join('')}</form>`);
  return html.replace('</body>', `${docNames.map((n) => `<img name="${n}" alt="">`).join('')}</body>`);
}

interface Result {
  clobbered: { attributes: string; getAttribute: string; documentElement: string };
  html: string | null;
  error: string | null;
}

/** In the page: what the page's names did, and the capture (or what it threw). */
function inPage(url: string): Result {
  const w = window as unknown as { LinkGuideCapture: { capturePage(d: Document, u: string): { html: string } } };
  // Read the way a trusting capture would.
  const form = Document.prototype.querySelector.call(document, 'form') as HTMLFormElement;
  const docEl = (document as unknown as { documentElement: unknown }).documentElement;
  const clobbered = {
    attributes: Object.prototype.toString.call((form as unknown as { attributes: unknown }).attributes),
    getAttribute: typeof (form as unknown as { getAttribute: unknown }).getAttribute,
    documentElement: Object.prototype.toString.call(docEl),
  };
  try {
    return { clobbered, html: w.LinkGuideCapture.capturePage(document, url).html, error: null };
  } catch (e) {
    return { clobbered, html: null, error: String(e) };
  }
}

interface Driver {
  run(html: string): Promise<Result>;
  close(): Promise<void>;
}

async function chromiumDriver(): Promise<Driver> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  return {
    async run(html) {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.type('#typed-here', TYPED);
      await page.addScriptTag({ content: bundle });
      const r = await page.evaluate(inPage, URL);
      await page.close();
      return r;
    },
    close: () => browser.close(),
  };
}

async function firefoxDriver(): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  return {
    async run(html) {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.type('#typed-here', TYPED);
      await page.addScriptTag({ content: bundle });
      const r = (await page.evaluate(inPage, URL)) as Result;
      await page.close();
      return r;
    },
    close: () => browser.close(),
  };
}

test.beforeAll(async () => {
  const out = await build({
    entryPoints: [join(ROOT, 'src/capture/sanitize.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'LinkGuideCapture',
    target: 'es2022',
    write: false,
  });
  bundle = out.outputFiles[0]!.text;
});

for (const [name, launch] of [['chromium', chromiumDriver], ['firefox', firefoxDriver]] as const) {
  test(`${name}: a form and a document clobbered by named fields, a password typed: the capture reads through them`, async () => {
    test.setTimeout(120_000);
    const driver = await launch();
    try {
      const plain = await driver.run(pageHtml('none'));
      const attributes = await driver.run(pageHtml('attributes'));
      const attacked = await driver.run(pageHtml('all'));
      // The page really clobbers (the test can fail): the browser's own named properties.
      expect(attributes.clobbered).toEqual({ attributes: '[object RadioNodeList]', getAttribute: 'function', documentElement: '[object HTMLHtmlElement]' });
      expect(attacked.clobbered).toEqual({ attributes: '[object RadioNodeList]', getAttribute: 'object', documentElement: '[object HTMLImageElement]' });
      expect(plain.clobbered.attributes).toBe('[object NamedNodeMap]');
      expect(plain.error).toBeNull();
      for (const r of [attributes, attacked]) {
        expect(r.error).toBeNull();
        expect(r.html).not.toContain(TYPED);
        expect(r.html!.toLowerCase()).not.toContain('zqtyped');
        // The same file: the names were never taken for the DOM's properties.
        expect(r.html).toBe(plain.html);
      }
      // The password field is there, without a value.
      const field = /<input[^>]*type="password"[^>]*>/.exec(attacked.html!)?.[0];
      expect(field).toMatch(/name="field-\d+"/);
      expect(field).not.toContain('value');
    } finally {
      await driver.close();
    }
  });
}
