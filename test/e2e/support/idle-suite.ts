// Issue 11 item 3, "no cost when idle", in a real browser: with no linking
// session, the content script is injected only where linking can begin (the
// PACER login hosts, the link utility's CM/ECF pages); a session started
// from the popup guides the page in the current tab and every next court
// page; stopping it narrows again; a browser restart (same profile) keeps
// the narrow registration and no session. Whether the script ran is read
// from the test build's data-link-guide attribute (harness visit()).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadFixtures, type Fixture } from '../../support/fixtures';
import { scriptRunsAt, type Harness } from './harness';

const byName = (name: string): Fixture => {
  const f = loadFixtures().find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};

/**
 * The browsing mix: every fixture on a court host the content script covers
 * during a session but not while idle (dockets, documents, queries, reports,
 * start pages, court websites, help pages), in fixture order.
 */
export function nonFlowPages(): Fixture[] {
  return loadFixtures().filter((f) => scriptRunsAt(f.url) && !scriptRunsAt(f.url, { idle: true }));
}

/** Link-utility pages that start nothing by themselves: the content script runs there while idle. */
export const IDLE_CONTROLS = ['nynb/04-utilities-menu.html', 'mnd/05-nextgen-menu.html', 'gasb/06-utilities-menu.html', 'ctb/08-nextgen-menu.html'];

export interface IdleBrowser {
  name: 'chromium' | 'firefox';
  /** A browser on a fresh profile that survives close(). */
  launch(profile: string): Promise<Harness>;
  /** The ids of the content scripts the background registered, read from an extension context. */
  registered(h: Harness): Promise<string[]>;
  /** The popup's "Stop the guide" for `court`. */
  stopSession(h: Harness, court: string): Promise<void>;
}

export async function visit(h: Harness, f: Fixture, expectScript: boolean) {
  return (await h.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, expectScript)).recorded;
}

export function idleSuite(b: IdleBrowser, profileDir: () => string) {
  test.describe(`${b.name}: no cost when nobody is linking`, () => {
    test.describe.configure({ mode: 'serial' });
    let h: Harness;
    test.afterAll(async () => {
      await h?.close();
    });

    test('no session: a browsing mix of non-flow court pages gets no injection; the link utility pages do', async () => {
      test.setTimeout(120_000);
      h = await b.launch(profileDir());
      const mix = nonFlowPages();
      // The mix covers what the issue names: dockets, documents, queries, start pages, websites.
      for (const re of [/DktRpt\.pl/, /\/doc1\//, /qrySummary|iquery/, /showpage\.pl/, /^https:\/\/www\./, /^https:\/\/ecf\.[a-z]+\.uscourts\.gov\/$/])
        expect(mix.some((f) => re.test(f.url)), String(re)).toBe(true);
      const injected: string[] = [];
      const controls = [...IDLE_CONTROLS];
      for (const [i, f] of mix.entries()) {
        if ((await visit(h, f, false)) !== null) injected.push(f.name);
        // Every few pages, a link-utility page: the script runs there, so an
        // absence elsewhere is the registration's doing.
        if (i % 8 === 7 && controls.length) {
          const c = byName(controls.shift()!);
          expect(await visit(h, c, true), `${c.name}: the link utility is covered while idle`).not.toBeNull();
        }
      }
      expect(injected, 'pages the content script ran on with no session').toEqual([]);
      expect(await b.registered(h)).toEqual(['link-guide-idle']);
    });

    test('starting a session from the popup guides the page in the current tab, and the next pages', async () => {
      const here = byName('ctb/06-cmecf-unlinked.html');
      expect(await visit(h, here, false), 'idle: no script on the CM/ECF landing page').toBeNull();
      await h.startSession('ctb');
      // The background injected the script into the open tab: it recognised the page and shows the step.
      const deadline = Date.now() + 10_000;
      let overlay = await h.overlay();
      while (overlay?.screen !== 'cmecf-unlinked' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        overlay = await h.overlay();
      }
      expect(overlay, 'the current tab is guided at once').toMatchObject({ screen: 'cmecf-unlinked', court: 'ctb' });
      expect([...(await b.registered(h))].sort()).toEqual(['link-guide-idle', 'link-guide-session']);
      for (const name of ['real/cmecf_menubar_pacer_only_bankruptcy_ctb_legacy.html', 'ctb/01-court-website.html', 'negative/ctb-judges-info.html']) {
        const recorded = await visit(h, byName(name), true);
        expect(recorded, `${name}: covered during the session`).not.toBeNull();
      }
    });

    test('stopping the session narrows again: the next non-flow page gets nothing', async () => {
      await b.stopSession(h, 'ctb');
      expect(await b.registered(h)).toEqual(['link-guide-idle']);
      for (const name of ['real/cmecf_menubar_pacer_only_bankruptcy_ctb_legacy.html', 'ctb/06-cmecf-unlinked.html', 'ctb/01-court-website.html'])
        expect(await visit(h, byName(name), false), name).toBeNull();
      expect(await visit(h, byName('ctb/07-utilities-menu.html'), true)).not.toBeNull();
    });

    test('a browser restart with a session on: after it, no session, the narrow set', async () => {
      test.setTimeout(90_000);
      await h.startSession('mnd');
      expect([...(await b.registered(h))].sort()).toEqual(['link-guide-idle', 'link-guide-session']);
      await h.close();
      h = await b.launch(profileDir());
      // The background syncs the registrations as it starts: the narrow set once it has.
      await expect.poll(() => b.registered(h), { timeout: 10_000 }).toEqual(['link-guide-idle']);
      expect(await visit(h, byName('real/cmecf_menubar_filer_district_mnd.html'), false), 'no session after a restart').toBeNull();
      expect(await visit(h, byName('mnd/03-cmecf-unlinked.html'), false)).toBeNull();
      expect(await visit(h, byName('mnd/04-utilities-menu.html'), true), 'the idle registration survived').not.toBeNull();
      // And a court-branded login still starts the guide by itself, which widens the set.
      expect(await visit(h, byName('generic/txnd-court-login.html'), true)).not.toBeNull();
      const deadline = Date.now() + 10_000;
      while ((await b.registered(h)).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect([...(await b.registered(h))].sort()).toEqual(['link-guide-idle', 'link-guide-session']);
    });
  });
}
