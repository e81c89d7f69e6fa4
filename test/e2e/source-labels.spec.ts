// Issue 12: what the attorney sees of "whose words" — the overlay's labels on
// the court-branded login (ctb before and after linking, a generic court) and
// the popup's tags — in Chromium with the built extension, with screenshots
// (test-results/source-labels/; copies in docs/img/).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFixtures } from '../support/fixtures';
import { launch, ROOT, scriptRunsAt, type Harness } from './support/harness';

const OUT = join(ROOT, 'test-results', 'source-labels');
const byName = (name: string) => loadFixtures().find((x) => x.name === name)!;

test.describe('chromium: whose words, as shown', () => {
  test.describe.configure({ mode: 'serial' });
  let h: Harness;
  test.beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    h = await launch('chromium');
  });
  test.afterAll(async () => h?.close());

  const visit = async (name: string) => {
    const f = byName(name);
    await h.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(f.url));
  };
  const overlay = async (screen: string) => {
    await expect.poll(async () => (await h.overlay())?.screen, { timeout: 10_000 }).toBe(screen);
    await new Promise((r) => setTimeout(r, 300));
    return (await h.overlay())!;
  };

  test('the court-branded login: ctb before and after linking, and a generic court', async () => {
    await visit('ctb/02-court-login.html');
    const before = await overlay('court-login');
    expect(before.sources).toEqual([
      'What the court says — Connecticut Bankruptcy Court guide, step 3',
      'General advice, not from this court’s guide',
      'What the court says — Connecticut Bankruptcy Court guide, step 5 (linking instructions, item 3)',
    ]);
    await h.screenshot(join(OUT, 'overlay-ctb-court-login.png'));
    for (const [name, screen] of [['ctb/12-link-success.html', 'link-success'], ['ctb/13-cmecf-linked.html', 'cmecf-linked']] as const) {
      await visit(name);
      await overlay(screen);
    }
    await visit('ctb/14-court-login.html');
    const after = await overlay('court-login');
    expect(after.sources).toEqual(['What the court says — Connecticut Bankruptcy Court guide, step 5 (linking instructions, item 3)']);
    await h.screenshot(join(OUT, 'overlay-ctb-court-login-linked.png'));
    await visit('generic/txnd-court-login.html');
    const generic = await overlay('court-login');
    expect(generic.sources).toEqual(['General advice, not from this court’s guide']);
    await h.screenshot(join(OUT, 'overlay-txnd-court-login.png'));
  });

  test('the popup: each item tagged with the court’s guide step or as general advice', async () => {
    const x = h.handles();
    if (x.name !== 'chromium') return;
    for (const court of ['ctb', 'gasb']) {
      const page = await x.context.newPage();
      await page.setViewportSize({ width: 360, height: 600 });
      await page.goto(`chrome-extension://${x.extensionId}/popup.html?court=${court}`);
      await expect(page.locator('.said').first()).toBeVisible();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      const tags = await page.locator('.said').allTextContents();
      expect(tags.some((t) => t.includes('General advice'))).toBe(true);
      expect(tags.some((t) => t.includes('Court’s guide'))).toBe(true);
      await page.screenshot({ path: join(OUT, `popup-${court}.png`), fullPage: true });
      await page.close();
    }
  });
});
