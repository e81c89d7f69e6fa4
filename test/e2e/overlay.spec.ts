// The overlay in Chromium, on its own: src/overlay bundled by esbuild and
// injected into test pages (a synthetic form with long content and a nested
// scrolling box, and recorded CM/ECF and PACER pages served at their real
// addresses). What jsdom cannot show: the hole sits on the target, the
// tooltip beside it and never over it, both follow scrolling, resizing and
// late layout, clicks reach the page, focus stays where the user types, and
// reduced motion stops all motion. Pictures go to test-results/overlay-*.png.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import puppeteer, { type KeyInput } from 'puppeteer-core';
import { mainSteps, numberOf } from '../../src/guide/decide';
import type { GuideView } from '../../src/overlay';
import { profileFor } from '../../src/profiles';
import { ROOT, settleInterception, throwInterceptionFailures } from './support/harness';

const SHOTS = join(ROOT, 'test-results');
const FIXTURES = join(ROOT, 'test/fixtures');
const PAD = 6;
/** Sub-pixel rounding of the path (2 decimals) and of the tooltip's place. */
const SLACK = 1.5;

let browser: Browser;
let bundle: string;

/** The overlay alone, bundled for a test page (the extension's build is tested by the walks). */
async function bundleOverlay(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/overlay/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'LinkGuideOverlay',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'es2022',
    // As the tested builds (src/content/test-hooks.ts): the shadow root open for the checks below.
    define: { __LINK_GUIDE_TEST_HOOKS__: 'true' },
    write: false,
  });
  return out.outputFiles[0]!.text;
}

test.beforeAll(async () => {
  bundle = await bundleOverlay();
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
});
test.afterAll(async () => {
  await browser?.close();
});

const CTB = profileFor('ctb')!;

/** A step of the real Connecticut profile as the background sends it: id, "step n of N", title, the court's own instruction. */
function ctbStep(id: string): Pick<GuideView, 'stepId' | 'stepNumber' | 'stepTotal' | 'title' | 'instruction' | 'parts'> {
  const step = CTB.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id} in the ctb profile`);
  const words = step.words[0]!;
  return {
    stepId: step.id,
    stepNumber: numberOf(CTB, step),
    stepTotal: mainSteps(CTB).length,
    title: words.title,
    instruction: words.instruction.map((p) => p.text).join(' '),
    parts: words.instruction,
  };
}

const VIEW: GuideView = {
  screen: 'link-form',
  court: 'ctb',
  courtName: CTB.name,
  ...ctbStep('enter-cmecf-login'),
  note: 'Your old CM/ECF e-filing login, not your PACER one.',
  highlight: true,
};

const NESTED_VIEW: GuideView = {
  ...VIEW,
  screen: 'link-confirm',
  ...ctbStep('confirm-link'),
  note: undefined,
};

const FILLER = Array.from(
  { length: 14 },
  (_, i) => `<p>Paragraph ${i + 1}. Attorneys who had a CM/ECF e-filing account in this court before it converted to NextGen must link it to their upgraded PACER account once. This text only makes the page long.</p>`,
).join('');

// A standards-mode page: a centred form (so resizing moves the target), long
// content, and a scrolling box holding a second target below its fold.
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Link a CM/ECF account</title><style>
  body { margin: 0; font: 16px/1.4 Georgia, serif; color: #222; background: #f4f4f0; }
  main { width: 640px; margin: 0 auto; padding: 24px; background: #fff; }
  label { display: block; margin: 10px 0; }
  #nest { height: 180px; overflow: auto; border: 2px solid #888; margin: 24px 0; }
  #nest .inner { height: 700px; padding: 260px 20px 0; }
</style></head><body><main>
  <div id="late"></div>
  <h1>Link a CM/ECF account to my PACER account</h1>
  <form onsubmit="return false">
    <label>CM/ECF login: <input id="login" name="login" size="20" autocomplete="off"></label>
    <label>CM/ECF password: <input id="password" name="key" type="password" size="20"></label>
    <input type="submit" value="Submit"> <input type="reset" value="Clear">
  </form>
  ${FILLER}
  <div id="nest"><div class="inner"><p>Accounts to be linked: PACER jdoe1234 and CM/ECF ct12345.</p><button id="second" type="button">Submit</button></div></div>
  ${FILLER}
</main></body></html>`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Measure {
  d: string | null;
  svg: Box | null;
  tip: Box | null;
  layout: string | null;
  arrow: { side: string; box: Box } | null;
  target: Box | null;
  viewport: { width: number; height: number };
}

async function inject(page: Page, view: GuideView | null, selector: string | null): Promise<void> {
  await page.addScriptTag({ content: bundle });
  await page.evaluate(
    ([view, selector]) => {
      const w = window as unknown as Record<string, any>;
      w.calls = [];
      w.overlay = w.LinkGuideOverlay.mountOverlay(document, {
        onDismiss: () => w.calls.push('dismiss'),
        onStopCourt: () => w.calls.push('stop'),
      });
      if (view) w.overlay.update(view, selector ? document.querySelector(selector) : null);
    },
    [view, selector] as const,
  );
}

async function update(page: Page, view: GuideView, selector: string | null): Promise<void> {
  await page.evaluate(
    ([view, selector]) => (window as any).overlay.update(view, selector ? document.querySelector(selector) : null),
    [view, selector] as const,
  );
}

async function openSynthetic(page: Page, view: GuideView | null = VIEW, selector: string | null = '#login'): Promise<void> {
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.setContent(PAGE);
  await inject(page, view, selector);
}

/** What measuring needs of a page: Playwright's, or puppeteer's for Firefox (below). */
interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}

function measure(page: Evaluator, selector: string | null): Promise<Measure> {
  return page.evaluate((sel) => {
    const box = (b: DOMRect) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
    const shadow = document.querySelector('cmecf-link-guide')!.shadowRoot!;
    const svg = shadow.querySelector('svg');
    const tip = shadow.querySelector<HTMLElement>('[role="dialog"]');
    const arrow = shadow.querySelector<HTMLElement>('.arrow');
    const target = sel ? document.querySelector(sel) : null;
    return {
      d: svg?.querySelector('path')?.getAttribute('d') ?? null,
      svg: svg ? box(svg.getBoundingClientRect()) : null,
      tip: tip ? box(tip.getBoundingClientRect()) : null,
      layout: tip?.dataset.layout ?? null,
      arrow: arrow ? { side: arrow.dataset.side!, box: box(arrow.getBoundingClientRect()) } : null,
      target: target ? box(target.getBoundingClientRect()) : null,
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
    };
  }, selector);
}

/** The hole: the bounds of the path's second sub-path (M, H, V and A commands, absolute). */
function holeOf(d: string | null): Box | null {
  const sub = d?.split('Z')[1];
  if (!sub) return null;
  const tokens = sub.match(/[MHVA]|-?\d*\.?\d+/g) ?? [];
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length; ) {
    const cmd = tokens[i++];
    const num = () => Number(tokens[i++]);
    if (cmd === 'M') [x, y] = [num(), num()];
    else if (cmd === 'H') x = num();
    else if (cmd === 'V') y = num();
    else if (cmd === 'A') {
      i += 5; // rx ry rotation large-arc sweep
      [x, y] = [num(), num()];
    } else throw new Error(`unexpected ${cmd} in ${sub}`);
    xs.push(x);
    ys.push(y);
  }
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return { x: x0, y: y0, width: Math.max(...xs) - x0, height: Math.max(...ys) - y0 };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** What is wrong with the spotlight and tooltip around `selector`, or "ok". */
async function problems(page: Evaluator, selector: string): Promise<string> {
  const m = await measure(page, selector);
  const wrong: string[] = [];
  const hole = holeOf(m.d);
  const t = m.target!;
  if (!hole) wrong.push('no hole');
  else {
    const want = { x: t.x - PAD, y: t.y - PAD, width: t.width + 2 * PAD, height: t.height + 2 * PAD };
    for (const k of ['x', 'y', 'width', 'height'] as const) {
      if (Math.abs(hole[k] - want[k]) > SLACK) wrong.push(`hole.${k} ${hole[k]} ≠ ${want[k].toFixed(2)}`);
    }
  }
  if (m.svg && (m.svg.x !== 0 || m.svg.y !== 0 || m.svg.width < m.viewport.width || m.svg.height < m.viewport.height)) {
    wrong.push(`svg does not cover the viewport: ${JSON.stringify(m.svg)}`);
  }
  if (!m.tip) wrong.push('no tooltip');
  else {
    if (overlap(m.tip, t) > 0) wrong.push(`tooltip ${JSON.stringify(m.tip)} covers target ${JSON.stringify(t)}`);
    if (hole && overlap(m.tip, hole) > 0) wrong.push('tooltip covers the hole');
    if (m.tip.x < 0 || m.tip.y < 0 || m.tip.x + m.tip.width > m.viewport.width || m.tip.y + m.tip.height > m.viewport.height) {
      wrong.push(`tooltip off-screen: ${JSON.stringify(m.tip)}`);
    }
  }
  if (m.layout === 'anchored' && hole) {
    // The arrow's point faces the lit target.
    const a = m.arrow?.box;
    const across = m.arrow?.side === 'left' || m.arrow?.side === 'right';
    const at = a && (across ? a.y + a.height / 2 : a.x + a.width / 2);
    const [lo, hi] = across ? [hole.y, hole.y + hole.height] : [hole.x, hole.x + hole.width];
    if (at === undefined || at < lo || at > hi) wrong.push(`arrow ${JSON.stringify(m.arrow)} does not face the target`);
  }
  return wrong.join('; ') || 'ok';
}

/** A picture once the tooltip's fade-in is over (the ring's pulse never is: it is left as it is). */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() =>
    document
      .querySelector('cmecf-link-guide')!
      .shadowRoot!.getAnimations()
      .every((a) => a.effect?.getTiming().iterations === Infinity || a.playState !== 'running'),
  );
  await page.screenshot({ path: join(SHOTS, `overlay-${name}.png`) });
}

const attached = (page: Evaluator, selector: string) =>
  expect.poll(() => problems(page, selector), { message: `spotlight and tooltip on ${selector}`, timeout: 5000 }).toBe('ok');

test.describe('overlay in Chromium', () => {
  let page: Page;
  test.beforeEach(async () => {
    page = await browser.newPage();
  });
  test.afterEach(async () => {
    await page.close();
  });

  test('hole on the target, tooltip beside it, through scroll, nested scroll, resize and late layout', async () => {
    await openSynthetic(page);
    await attached(page, '#login');
    expect((await measure(page, '#login')).layout).toBe('anchored');
    await shot(page, 'form');

    // Late layout: content inserted above the target, no scroll or resize event.
    await page.evaluate(() => {
      const banner = document.createElement('p');
      banner.textContent = 'NOTICE: Scheduled maintenance tonight.';
      banner.style.cssText = 'height: 90px; margin: 0; background: #fde;';
      document.getElementById('late')!.append(banner);
    });
    await attached(page, '#login');

    // Window scroll.
    await page.evaluate(() => window.scrollBy(0, 120));
    await attached(page, '#login');

    // Viewport resize: the centred form moves sideways.
    const before = (await measure(page, '#login')).target!;
    await page.setViewportSize({ width: 860, height: 640 });
    expect((await measure(page, '#login')).target!.x).not.toBe(before.x);
    await attached(page, '#login');

    // A second target inside a scrolling box, below that box's fold.
    await page.setViewportSize({ width: 1100, height: 720 });
    await page.evaluate(() => document.getElementById('nest')!.scrollIntoView({ block: 'center' }));
    await update(page, NESTED_VIEW, '#second');
    await expect.poll(async () => (await measure(page, '#second')).layout, { message: 'hidden in its box: docked' }).toBe('docked');
    expect((await measure(page, '#second')).d, 'no spotlight on a target scrolled out of its box').toBeNull();
    await page.evaluate(() => (document.getElementById('nest')!.scrollTop = 150));
    await attached(page, '#second');
    await shot(page, 'nested');
    await page.evaluate(() => (document.getElementById('nest')!.scrollTop = 210));
    await attached(page, '#second');
    // Scrolled out of the box again: the spotlight goes, the tooltip docks.
    await page.evaluate(() => (document.getElementById('nest')!.scrollTop = 0));
    await expect.poll(async () => (await measure(page, '#second')).d).toBeNull();
    const docked = await measure(page, '#second');
    expect(docked.layout).toBe('docked');
    expect(docked.tip!.x + docked.tip!.width).toBeCloseTo(docked.viewport.width - 16, 0);
    expect(docked.tip!.y + docked.tip!.height).toBeCloseTo(docked.viewport.height - 16, 0);
    // Window scrolled until the box, and the target, leave the viewport.
    await page.evaluate(() => (document.getElementById('nest')!.scrollTop = 150));
    await attached(page, '#second');
    await page.evaluate(() => window.scrollBy(0, 2000));
    await expect.poll(async () => (await measure(page, '#second')).d).toBeNull();
  });

  test('clicks and typing reach the page through the dim layer', async () => {
    await openSynthetic(page);
    await attached(page, '#login');
    const hits = await page.evaluate(() => {
      const host = document.querySelector('cmecf-link-guide');
      const at = (el: Element) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      };
      return {
        target: at(document.getElementById('login')!)?.id,
        dimmed: at(document.querySelector('h1')!)?.localName,
        hostHit: document.elementFromPoint(5, 5) === host,
      };
    });
    expect(hits).toEqual({ target: 'login', dimmed: 'h1', hostHit: false });
    await page.click('#login');
    await page.keyboard.type('ct12345');
    expect(await page.inputValue('#login')).toBe('ct12345');
  });

  test('focus stays in the field while the overlay mounts and updates', async () => {
    await page.setViewportSize({ width: 1100, height: 720 });
    await page.setContent(PAGE);
    await page.click('#login');
    await page.keyboard.type('ct1');
    await inject(page, VIEW, '#login');
    await page.keyboard.type('23');
    await update(page, { ...VIEW, note: 'Changed note' }, '#login');
    await page.keyboard.type('4');
    await update(page, NESTED_VIEW, '#password');
    await page.keyboard.type('5');
    await update(page, { ...NESTED_VIEW, highlight: false }, null);
    await page.waitForTimeout(300); // past the live region's delayed announcement
    await page.keyboard.type('6');
    expect(await page.inputValue('#login')).toBe('ct123456');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login');
  });

  test('keyboard: Tab reaches the buttons with a visible focus ring, Escape dismisses and returns focus', async () => {
    await page.setViewportSize({ width: 1000, height: 640 });
    await page.setContent('<!DOCTYPE html><html lang="en"><body><p><label>CM/ECF login: <input id="login"></label></p></body></html>');
    await inject(page, VIEW, '#login');
    await attached(page, '#login');
    await page.evaluate(() => document.addEventListener('keydown', (e) => ((window as any).pageKeys ??= []).push(e.key)));
    await page.click('#login');
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const shadow = document.querySelector('cmecf-link-guide')!.shadowRoot!;
        const el = shadow.activeElement as HTMLElement | null;
        return el ? { text: el.textContent, outline: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth } : null;
      });
    expect(await focused()).toEqual({ text: 'Got it', outline: 'solid', width: '3px' });
    await page.keyboard.press('Tab');
    expect((await focused())?.text).toBe('Stop guiding for this court');
    await shot(page, 'keyboard');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as any).calls)).toEqual(['dismiss']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login');
    expect(await page.evaluate(() => (window as any).pageKeys), 'Tab is the page\'s, our Escape is not').toEqual(['Tab', 'Tab']);
    expect((await measure(page, '#login')).tip).toBeNull();
    // Escape in the page is the page's.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as any).pageKeys)).toEqual(['Tab', 'Tab', 'Escape']);
  });

  test('no target: no spotlight, the tooltip docked bottom-right; long text scrolls inside it', async () => {
    await openSynthetic(page, {
      ...VIEW,
      screen: 'link-success',
      ...ctbStep('link-success'),
      instruction:
        'You should see this message upon a successful linking of your CM/ECF and PACER accounts. You should also receive an email confirmation.\n\n' +
        'The Bankruptcy and Adversary menu items should now appear across the top of your menu bar. If the menus do not appear, try the following steps: log out of CM/ECF, close every browser window, clear your browser cache, then log in again with your upgraded PACER credentials. '.repeat(3),
      // The long text alone (shown as general advice), not the step's own shorter parts.
      parts: undefined,
      note: 'From this point forward, use your upgraded PACER credentials to log in to NextGen CM/ECF for this court.',
      highlight: false,
    }, null);
    const m = await measure(page, null);
    expect(m.d).toBeNull();
    expect(m.layout).toBe('docked');
    expect(m.tip!.x + m.tip!.width).toBeCloseTo(m.viewport.width - 16, 0);
    expect(m.tip!.y + m.tip!.height).toBeCloseTo(m.viewport.height - 16, 0);
    expect(m.tip!.y).toBeGreaterThanOrEqual(0);
    // The overflowing text is a keyboard-reachable scroll box.
    await expect.poll(() => page.evaluate(() => document.querySelector('cmecf-link-guide')!.shadowRoot!.querySelector('.body')!.getAttribute('tabindex'))).toBe('0');
    await shot(page, 'docked-long');
  });

  test('a narrow window: the tooltip still fits and clears the target', async () => {
    await page.setViewportSize({ width: 420, height: 720 });
    await page.setContent(PAGE.replace('width: 640px', 'max-width: 640px'));
    await inject(page, VIEW, '#login');
    await attached(page, '#login');
    await shot(page, 'narrow');
  });

  test('prefers-reduced-motion: every animation and transition in the shadow root is 0s', async () => {
    await openSynthetic(page);
    await attached(page, '#login');
    const durations = () =>
      page.evaluate(() =>
        [...document.querySelector('cmecf-link-guide')!.shadowRoot!.querySelectorAll('*')].flatMap((el) => {
          const cs = getComputedStyle(el);
          return [cs.animationDuration, cs.transitionDuration].filter((d) => !/^0s(, 0s)*$/.test(d)).map((d) => `${el.localName}.${el.getAttribute('class')}: ${d}`);
        }),
      );
    expect((await durations()).length, 'the pulse and the fades move by default').toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await durations()).toEqual([]);
  });

  test('destroy removes the host and the page is as before', async () => {
    await openSynthetic(page);
    await attached(page, '#login');
    await page.evaluate(() => (window as any).overlay.destroy());
    expect(await page.evaluate(() => document.querySelectorAll('cmecf-link-guide').length)).toBe(0);
    // Scrolling afterwards wakes nothing (autoUpdate was stopped) and throws nothing.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluate(() => window.scrollBy(0, 300));
    await page.waitForTimeout(100);
    expect(errors).toEqual([]);
  });
});

// Recorded pages at their real addresses, with the stand-in court stylesheets
// (test/fixtures/assets). CM/ECF pages are quirks mode, PACER's are not.
const COURT_PAGES: Array<{ name: string; file: string; url: string; selector: string | null; view: Partial<GuideView> }> = [
  {
    name: 'court-login',
    file: 'ctb/02-court-login.html',
    url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=CTBK',
    selector: '[id="loginForm:loginName"]',
    view: {
      screen: 'court-login',
      ...ctbStep('log-in-cmecf'),
      note: undefined,
    },
  },
  {
    name: 'utilities',
    file: 'ctb/06-cmecf-unlinked.html',
    url: 'https://ecf.ctb.uscourts.gov/cgi-bin/showpage.pl?16',
    selector: 'a[href="/cgi-bin/DisplayMenu.pl?Utilities&id=-1"]',
    view: {
      screen: 'cmecf-unlinked',
      ...ctbStep('open-utilities'),
      note: undefined,
    },
  },
  { name: 'link-form', file: 'ctb/09-link-form.html', url: 'https://ecf.ctb.uscourts.gov/cgi-bin/LinkAccount.pl', selector: 'input[name="login"]', view: {} },
  {
    name: 'link-success',
    file: 'ctb/12-link-success.html',
    url: 'https://ecf.ctb.uscourts.gov/cgi-bin/LinkAccount.pl',
    selector: null,
    view: {
      screen: 'link-success',
      ...ctbStep('link-success'),
      note: undefined,
      highlight: false,
    },
  },
];

test.describe('overlay on recorded court pages', () => {
  for (const c of COURT_PAGES) {
    test(`${c.name}: attached, readable, pictured`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const html = readFileSync(join(FIXTURES, c.file), 'utf8');
      const css = (f: string) => readFileSync(join(FIXTURES, 'assets', f), 'utf8');
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === c.url) return route.fulfill({ contentType: 'text/html', body: html });
        if (/pacer\.login\.uscourts\.gov\/.*\.css/.test(url)) return route.fulfill({ contentType: 'text/css', body: css('primefaces.css') });
        if (/\/css\/default\.css$/.test(url)) return route.fulfill({ contentType: 'text/css', body: css('cmecf.css') });
        return route.fulfill({ status: 200, body: '' });
      });
      await page.goto(c.url);
      await inject(page, { ...VIEW, ...c.view }, c.selector);
      if (c.selector) await attached(page, c.selector);
      else expect((await measure(page, null)).layout).toBe('docked');
      // Text size inside the shadow root, whatever the court page sets.
      const sizes = await page.evaluate(() =>
        [...document.querySelector('cmecf-link-guide')!.shadowRoot!.querySelectorAll('p, h2, span, button')].map((el) => parseFloat(getComputedStyle(el).fontSize)),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(15);
      await shot(page, `court-${c.name}`);
      await page.close();
    });
  }
});


// The same bundle as a content script of a throwaway extension, in Chromium
// and in Firefox ESR (puppeteer over WebDriver BiDi, as the harness does):
// the isolated world (Firefox's Xray wrappers) and a court page whose CSP
// forbids inline styles and scripts. The script mounts the overlay and
// renders whatever view <html data-test-view> holds.
const CS_URL = 'https://ecf.ctb.uscourts.gov/cgi-bin/LinkAccount.pl';
const CS_CSP = "default-src 'none'; style-src 'self'; script-src 'none'";
const CS_CSS = `
  body { margin: 0; padding: 16px; font: 14px Arial, sans-serif; }
  #nest { height: 120px; width: 360px; overflow: auto; border: 1px solid #888; margin-top: 24px; }
  #nest .inner { height: 500px; padding-top: 200px; }
  .filler { height: 1500px; }`;
const csPage = (view: GuideView, target: string) =>
  // The CM/ECF doctype: quirks mode, as on the court's pages.
  `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html data-test-view='${JSON.stringify({ view, target }).replace(/'/g, '&#39;')}'>` +
  `<head><link rel="stylesheet" href="/page.css"></head><body><div id="late"></div><h1>Link a CM/ECF account to my PACER account</h1>` +
  `<p><label>CM/ECF login: <input id="login" name="login"></label></p>` +
  `<div id="nest" tabindex="-1"><div class="inner"><a id="second" href="#linked" tabindex="-1">Link the accounts</a></div></div><div class="filler"></div></body></html>`;
const CS_DRIVER = `
;(() => {
  const root = document.documentElement;
  const calls = [];
  const record = (name) => () => { calls.push(name); root.setAttribute('data-test-calls', calls.join()); };
  const overlay = LinkGuideOverlay.mountOverlay(document, { onDismiss: record('dismiss'), onStopCourt: record('stop') });
  const apply = () => {
    const { view, target } = JSON.parse(root.getAttribute('data-test-view'));
    overlay.update(view, target ? document.querySelector(target) : null);
  };
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['data-test-view'] });
  apply();
})();`;

function writeExtension(browserName: 'chrome' | 'firefox'): string {
  const dir = mkdtempSync(join(tmpdir(), `link-guide-overlay-${browserName}-`));
  writeFileSync(join(dir, 'content.js'), bundle + CS_DRIVER);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'overlay test',
      version: '1.0',
      host_permissions: ['https://*.uscourts.gov/*'],
      content_scripts: [{ matches: ['https://*.uscourts.gov/*'], js: ['content.js'], run_at: 'document_idle' }],
      ...(browserName === 'firefox' ? { browser_specific_settings: { gecko: { id: 'overlay-test@link-guide.dev' } } } : {}),
    }),
  );
  return dir;
}

function serve(url: string): { contentType: string; body: string; headers?: Record<string, string> } {
  if (url === CS_URL) return { contentType: 'text/html', headers: { 'content-security-policy': CS_CSP }, body: csPage(VIEW, '#login') };
  if (url.endsWith('/page.css')) return { contentType: 'text/css', body: CS_CSS };
  return { contentType: 'text/plain', body: '' };
}

interface Driver extends Evaluator {
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
}

async function contentScriptChecks(d: Driver): Promise<void> {
  const setView = (view: GuideView, target: string) =>
    d.evaluate((v) => document.documentElement.setAttribute('data-test-view', v), JSON.stringify({ view, target }));
  await expect.poll(() => d.evaluate(() => !!document.querySelector('cmecf-link-guide'), null), { message: 'content script mounted' }).toBe(true);
  // Our <style> applies although the page's CSP forbids inline styles.
  const styled = await d.evaluate(() => {
    const tip = document.querySelector('cmecf-link-guide')!.shadowRoot!.querySelector('[role="dialog"]')!;
    const cs = getComputedStyle(tip);
    return { position: cs.position, fontSize: parseFloat(cs.fontSize), background: cs.backgroundColor };
  }, null);
  expect(styled).toEqual({ position: 'fixed', fontSize: 17, background: 'rgb(255, 255, 255)' });
  await attached(d, '#login');
  // Late layout.
  await d.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'NOTICE';
    p.style.height = '80px';
    document.getElementById('late')!.append(p);
  }, null);
  await attached(d, '#login');
  // Keyboard: typing, Tab into the tooltip (the field is the page's last tab stop: the box and link are tabindex=-1), Escape back to the field.
  await d.click('#login');
  await d.type('ct1');
  const inTip = () => d.evaluate(() => document.querySelector('cmecf-link-guide')!.shadowRoot!.activeElement?.textContent ?? null, null);
  for (let i = 0; i < 4 && (await inTip()) !== 'Got it'; i++) await d.press('Tab');
  expect(await inTip()).toBe('Got it');
  await d.press('Escape');
  expect(await d.evaluate(() => [document.activeElement?.id, document.documentElement.getAttribute('data-test-calls')], null)).toEqual(['login', 'dismiss']);
  await d.type('2');
  expect(await d.evaluate(() => (document.getElementById('login') as HTMLInputElement).value, null)).toBe('ct12');
  // A target below the fold of a scrolling box: docked, then lit once scrolled to.
  await setView(NESTED_VIEW, '#second');
  await expect.poll(async () => (await measure(d, '#second')).layout).toBe('docked');
  await d.evaluate(() => (document.getElementById('nest')!.scrollTop = 150), null);
  await attached(d, '#second');
  expect(await d.evaluate(() => document.activeElement?.id, null), 'focus stayed in the field through the update').toBe('login');
}

test.describe('overlay as a content script under a strict page CSP', () => {
  test('Chromium', async () => {
    const ext = writeExtension('chrome');
    const profile = mkdtempSync(join(tmpdir(), 'link-guide-overlay-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1100, height: 720 },
      args: ['--no-sandbox', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
    try {
      await context.route('**/*', (route) => route.fulfill({ status: 200, ...serve(route.request().url()) }));
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(CS_URL);
      await contentScriptChecks({
        evaluate: (fn, arg) => (page as Evaluator).evaluate(fn, arg),
        click: (s) => page.click(s),
        press: (k) => page.keyboard.press(k),
        type: (t) => page.keyboard.type(t),
      });
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(ext, { recursive: true, force: true });
    }
  });

  test('Firefox ESR', async () => {
    const ext = writeExtension('firefox');
    const firefox = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'extensions.originControls.grantByDefault': true, 'app.update.enabled': false },
    });
    try {
      await firefox.installExtension(ext);
      const page = await firefox.newPage();
      await page.setViewport({ width: 1100, height: 720 });
      await page.setRequestInterception(true);
      const failures: Error[] = [];
      page.on('request', (req) => settleInterception(req.respond({ status: 200, ...serve(req.url()) }), failures));
      await page.goto(CS_URL);
      await contentScriptChecks({
        evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
        click: (s) => page.click(s),
        press: (k) => page.keyboard.press(k as KeyInput),
        type: (t) => page.keyboard.type(t),
      });
      await new Promise((r) => setTimeout(r, 400)); // past the tooltip's fade-in
      await page.screenshot({ path: join(SHOTS, 'overlay-firefox.png') });
      throwInterceptionFailures(failures);
    } finally {
      await firefox.close();
      rmSync(ext, { recursive: true, force: true });
    }
  });
});
