// npm run icons: renders the icon (assets/icon/icon.svg, and icon-16.svg drawn
// for 16 px) to the PNGs the manifest names, in the installed Chromium, with
// a transparent background:
//   public/icon/{16,32,48,128}.png       the icon
//   public/icon/idle/{16,32,48,128}.png  greyed: for pages where the guide has nothing to do
// The PNGs are committed (the build copies public/ as it is, and AMO's
// reviewers rebuild without a browser), so run this after changing an SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The greyed icon: the same drawing with the colours swapped for greys. */
const IDLE_COLOURS: Record<string, string> = {
  '#1a4480': '#5d6166', // the navy field
  '#ffbe2e': '#c4c6c9', // the gold link
  '#ffffff': '#eeeeee',
  '#dfe8f5': '#dcdee0', // the light outline
};
const idle = (svg: string) => svg.replace(/#[0-9a-f]{6}\b/gi, (c) => IDLE_COLOURS[c.toLowerCase()] ?? c);

const source = (size: number) => readFileSync(join(ROOT, 'assets/icon', size === 16 ? 'icon-16.svg' : 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [dir, transform] of [['icon', (s: string) => s], ['icon/idle', idle]] as const) {
    mkdirSync(join(ROOT, 'public', dir), { recursive: true });
    for (const size of ICON_SIZES) {
      const svg = transform(source(size));
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><body style="margin:0"><img width="${size}" height="${size}" style="display:block" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
      );
      await page.waitForFunction(() => document.images[0]!.complete && document.images[0]!.naturalWidth > 0);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(join(ROOT, 'public', dir, `${size}.png`), png);
      console.log(`public/${dir}/${size}.png`);
    }
  }
} finally {
  await browser.close();
}
