// npm run toolbar-shots (under xvfb-run): the icon as people see it, in the
// real browsers' toolbars, light and dark, and on their extensions pages.
// Headless screenshots have no browser chrome, so this runs the browsers
// with a window on an X display and takes the X screen (ImageMagick's
// `import -window root`), cropped to the toolbar. Writes docs/img/:
//   toolbar-chromium-{light,dark}.png, toolbar-firefox-{light,dark}.png
//     (no session: the icon greyed),
//   toolbar-chromium-{light,dark}-guiding.png, toolbar-firefox-{light,dark}-guiding.png
//     (on ctb's court-branded login, which starts a session: in colour),
//   extensions-chromium.png, addons-firefox.png
// Needs: npm run build:all first; xvfb-run and ImageMagick (apt-get install xvfb imagemagick).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { DEV_PUBLIC_KEY } from '../src/dev-key';
import { loadFixtures } from '../test/support/fixtures';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/img');
const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
const WIDTH = 1000;
const HEIGHT = 700;
const COURT_PAGE = 'https://ecf.ctb.uscourts.gov/cgi-bin/login.pl';
const COURT_HTML = '<!doctype html><title>CM/ECF: U.S. Bankruptcy Court, Central District of California</title><body style="font:16px sans-serif;margin:2em"><h1>CM/ECF</h1></body>';

/** ctb's court-branded login: linking begins there, and the guide starts a session by itself. */
const GUIDING = loadFixtures().find((f) => f.name === 'ctb/02-court-login.html')!;
const GUIDING_HTML = readFileSync(GUIDING.path, 'utf8');
const bodyFor = (url: string) => (url === GUIDING.url ? GUIDING_HTML : COURT_HTML);

if (!process.env.DISPLAY) throw new Error('no X display: run under xvfb-run -s "-screen 0 1000x700x24"');
mkdirSync(OUT, { recursive: true });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The X screen, cropped to `geometry` (WxH+X+Y), to docs/img/`name`. */
function shoot(name: string, geometry: string) {
  execFileSync('import', ['-window', 'root', '-crop', geometry, '+repage', join(OUT, name)]);
  console.log(`docs/img/${name}`);
}

/** Chrome's extension id for a manifest key: the key's SHA-256, first 32 hex digits, 0-f read as a-p. */
function chromeId(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function chromiumShots(scheme: 'light' | 'dark') {
  const profile = mkdtempSync(join(tmpdir(), 'link-guide-shots-'));
  // Pinned to the toolbar, as a firm's IT or the user would pin it (else it waits in the puzzle menu).
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ extensions: { pinned_extensions: [chromeId(DEV_PUBLIC_KEY)] } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: null,
    colorScheme: scheme,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--test-type', // no "unsupported command-line flag" bar over the page
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      '--window-position=0,0',
      `--window-size=${WIDTH},${HEIGHT}`,
      ...(scheme === 'dark' ? ['--force-dark-mode'] : []),
    ],
  });
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith('chrome') ? route.continue() : route.fulfill({ contentType: 'text/html', body: bodyFor(route.request().url()) }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(COURT_PAGE);
    await sleep(1500);
    shoot(`toolbar-chromium-${scheme}.png`, `${WIDTH}x90+0+0`);
    await page.goto(GUIDING.url);
    await sleep(2000);
    shoot(`toolbar-chromium-${scheme}-guiding.png`, `${WIDTH}x90+0+0`);
    if (scheme === 'light') {
      await page.goto('chrome://extensions');
      await sleep(1500);
      shoot('extensions-chromium.png', `${WIDTH}x420+0+0`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function firefoxShots(scheme: 'light' | 'dark') {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  // Firefox's widget id for the add-on's button, placed in the toolbar as a pinned button is.
  const widget = `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: false,
    defaultViewport: null,
    args: ['--remote-allow-system-access', `--width=${WIDTH}`, `--height=${HEIGHT}`],
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0,
      'browser.uiCustomization.state': JSON.stringify({
        placements: {
          'nav-bar': ['back-button', 'forward-button', 'stop-reload-button', 'urlbar-container', widget, 'unified-extensions-button'],
        },
        seen: [widget],
        dirtyAreaCache: ['nav-bar'],
        currentVersion: 20,
        newElementCount: 0,
      }),
      // about:addons opens on the list of extensions, not on recommendations.
      'extensions.ui.lastCategory': 'addons://list/extension',
      'extensions.getAddons.showPane': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url().startsWith('https://')) void req.respond({ status: 200, contentType: 'text/html', body: bodyFor(req.url()) }).catch(() => undefined);
      else void req.continue().catch(() => undefined);
    });
    await page.goto(COURT_PAGE).catch(() => undefined);
    await sleep(2500);
    shoot(`toolbar-firefox-${scheme}.png`, `${WIDTH}x90+0+0`);
    await page.goto(GUIDING.url).catch(() => undefined);
    await sleep(3000);
    shoot(`toolbar-firefox-${scheme}-guiding.png`, `${WIDTH}x90+0+0`);
    if (scheme === 'light') {
      await page.setRequestInterception(false);
      await page.goto('about:addons').catch(() => undefined);
      await sleep(2500);
      shoot('addons-firefox.png', `${WIDTH}x420+0+0`);
    }
  } finally {
    await browser.close();
  }
}

const only = process.argv[2];
for (const scheme of ['light', 'dark'] as const) {
  if (!only || only === 'chromium') await chromiumShots(scheme);
  if (!only || only === 'firefox') await firefoxShots(scheme);
}
