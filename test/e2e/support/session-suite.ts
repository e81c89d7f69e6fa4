// When the guide shows itself, and how the attorney turns it off, in a real
// browser: no session, no guidance (a PACER-only user is never nagged); a
// court-branded login starts it; "Got it" hides one step; "Stop guiding"
// ends it; progress follows the tab onto a login page that names no court.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadFixtures, type Fixture } from '../../support/fixtures';
import { launch, scriptRunsAt, type Harness } from './harness';

const byName = (name: string): Fixture => {
  const f = loadFixtures().find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};

export function sessionSuite(browserName: 'chromium' | 'firefox') {
  test.describe(`${browserName}: when the guide shows itself`, () => {
    test.describe.configure({ mode: 'serial' });
    let h: Harness;
    test.beforeEach(async () => {
      h = await launch(browserName); // a fresh browser: storage.session starts empty
    });
    test.afterEach(async () => {
      await h?.close();
    });

    /** idle: no session is on, so the content script runs only where linking can begin (src/content/hosts.ts). */
    const visit = async (name: string, { idle = false } = {}) => {
      const f = byName(name);
      await h.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(f.url, { idle }));
      return f;
    };
    /** The overlay once the background has answered (the recognition is recorded first, then asked about). */
    const overlaySoon = async (want: (s: Awaited<ReturnType<Harness['overlay']>>) => boolean, ms = 4000) => {
      const until = Date.now() + ms;
      let s = await h.overlay();
      while (!want(s) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 50));
        s = await h.overlay();
      }
      return s;
    };
    const none = (s: unknown) => s === null;

    test('a PACER-only user, no session: nothing on any page of the flow', async () => {
      for (const name of ['nynb/01-ecf-entry.html', 'nynb/02-pacer-login.html', 'nynb/03-cmecf-unlinked.html', 'nynb/04-utilities-menu.html', 'real/cmecf_menubar_pacer_only_bankruptcy_nynb_legacy.html']) {
        await visit(name, { idle: true });
        // Give the background time to answer, then expect it said nothing.
        await new Promise((r) => setTimeout(r, 400));
        expect(await h.overlay(), name).toBeNull();
        if (browserName === 'chromium') expect(await h.badge(), name).toBe('');
      }
    });

    test('a court-branded login starts the guide by itself; the badge shows the step', async () => {
      await visit('generic/txnd-court-login.html');
      const s = await overlaySoon((x) => x?.screen === 'court-login');
      expect(s).toMatchObject({ screen: 'court-login', court: 'txnd' });
      // What every guide says (seeds 001–004 step 2), as general advice: no court guide for txnd.
      expect(s!.title).toMatch(/individual PACER account/);
      expect(s!.instruction).toMatch(/individual upgraded PACER user name and password/);
      expect(s!.sources).toEqual([expect.stringMatching(/^General advice/)]);
      if (browserName === 'chromium') expect(await h.badge()).toBe(s!.step);
    });

    test('"Got it" hides this step, a reload keeps it hidden, the next step shows', async () => {
      await h.startSession('gasb');
      await visit('gasb/05-cmecf-unlinked.html');
      expect(await overlaySoon((x) => x?.screen === 'cmecf-unlinked')).not.toBeNull();
      await h.pressOverlayButton(/got it/i);
      expect(await overlaySoon(none)).toBeNull();
      await visit('gasb/05-cmecf-unlinked.html');
      await new Promise((r) => setTimeout(r, 400));
      expect(await h.overlay(), 'dismissed until the step changes').toBeNull();
      await visit('gasb/06-utilities-menu.html');
      expect(await overlaySoon((x) => x?.screen === 'utilities-menu')).toMatchObject({ screen: 'utilities-menu', court: 'gasb' });
    });

    test('"Stop guiding for this court" ends the session: nothing on the next pages, no badge', async () => {
      await h.startSession('mnd');
      await visit('mnd/03-cmecf-unlinked.html');
      expect(await overlaySoon((x) => x?.screen === 'cmecf-unlinked')).not.toBeNull();
      await h.pressOverlayButton(/stop guiding/i);
      expect(await overlaySoon(none)).toBeNull();
      // The link form starts a session by itself, but not after the user stopped it.
      for (const name of ['mnd/04-utilities-menu.html', 'mnd/06-link-form.html']) {
        await visit(name);
        await new Promise((r) => setTimeout(r, 400));
        expect(await h.overlay(), name).toBeNull();
      }
      if (browserName === 'chromium') expect(['', null]).toContain(await h.badge());
    });

    test('progress follows the tab onto a login page that names no court, and across hosts', async () => {
      await h.startSession('gasb');
      await visit('gasb/02-pacer-login.html'); // pscCourtId=GASBK: this tab is linking in gasb
      expect(await overlaySoon((x) => x?.screen === 'pacer-login')).toMatchObject({ court: 'gasb', step: expect.stringMatching(/^2\//) });
      await visit('generic/nocourt-court-chooser.html'); // no court in the URL or the page
      const chooser = await overlaySoon((x) => x?.screen === 'court-chooser');
      expect(chooser, 'the tab’s court carries over').toMatchObject({ court: 'gasb', step: expect.stringMatching(/^4\//) });
      await visit('gasb/05-cmecf-unlinked.html');
      expect(await overlaySoon((x) => x?.screen === 'cmecf-unlinked')).toMatchObject({ court: 'gasb', step: expect.stringMatching(/^5\//) });
    });

    // Only ctb's guide gives the CM/ECF usernames' shapes (seed 000: “ct#####”…): the hint is ctb's.
    test('a CM/ECF-shaped username on the PACER login gets the hint beside the field, and it goes when corrected', async () => {
      await h.startSession('ctb');
      await visit('ctb/05-pacer-login.html');
      expect(await overlaySoon((x) => x?.screen === 'pacer-login')).not.toBeNull();
      await h.type('[id="loginForm:loginName"]', 'ct12345');
      const hinted = await overlaySoon((x) => !!x?.note?.includes('looks like a CM/ECF username'));
      expect(hinted?.note).toContain('This login wants your PACER username');
      await h.type('[id="loginForm:loginName"]', 'x'); // ct12345x: no longer a CM/ECF username shape
      expect(await overlaySoon((x) => !x?.note)).toMatchObject({ note: null });
    });

    test('a PACER-shaped username on the court-branded login that wants CM/ECF credentials (ctb, before linking): the opposite hint', async () => {
      await visit('ctb/02-court-login.html'); // starts the guide by itself
      expect(await overlaySoon((x) => x?.screen === 'court-login')).not.toBeNull();
      await h.type('[id="loginForm:loginName"]', '1234567');
      expect((await overlaySoon((x) => !!x?.note))?.note).toContain('wants your CM/ECF username');
    });

    test('a shared firm account on the confirmation screen: the warning says the link is permanent, and Submit is not lit', async () => {
      await h.startSession('ctb');
      await visit('traps/confirm-firm-llp.html');
      const s = await overlaySoon((x) => x?.screen === 'link-confirm' && !!x.note);
      expect(s?.note).toContain('shared firm PACER account');
      expect(s?.note).toContain('permanent');
      // "Do not link it" is never said beside a ring on Submit: no spotlight, and a title that says stop.
      expect(s?.ring, 'Submit not lit under "Do not link it"').toBeNull();
      expect(s?.title).toMatch(/Stop: this looks like a shared firm PACER account$/);
      await visit('traps/confirm-individual-anderson.html'); // ctb again: Robert J. Anderson = Robert Anderson, Esq.
      const fine = await overlaySoon((x) => x?.screen === 'link-confirm' && x.note === null && !!x.ring);
      expect(fine, 'an individual account: Submit lit again').toMatchObject({ note: null, title: expect.stringMatching(/Review both accounts and click Submit$/) });
    });

    test('a username firm IT listed as shared is flagged at login', async () => {
      await h.setSettings({ sharedUsernames: ['firmpacer1'], sharedAccountNames: [], usernameHint: true });
      await h.startSession('gasb');
      await visit('gasb/02-pacer-login.html');
      expect(await overlaySoon((x) => x?.screen === 'pacer-login')).not.toBeNull();
      await h.type('[id="loginForm:loginName"]', 'FirmPacer1');
      expect((await overlaySoon((x) => !!x?.note))?.note).toContain('shared firm PACER account');
    });

    /** Serves a recorded page at the same path on another court's host (the page names no court itself). */
    const visitAs = async (name: string, court: string) => {
      const f = byName(name);
      const url = f.url.replace(`ecf.${f.court}.uscourts.gov`, `ecf.${court}.uscourts.gov`);
      await h.visit({ url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(url));
    };
    const typed = async (value: string) => {
      await h.type('[id="loginForm:loginName"]', value);
      await new Promise((r) => setTimeout(r, 400));
      return (await h.overlay())?.note ?? '';
    };

    test('ctb, an attorney who has linked: the court-branded login now asks for the upgraded PACER credentials, as the linking instructions say', async () => {
      await visit('ctb/02-court-login.html'); // before linking: CM/ECF (seed 000 step 3), and what changes after
      const before = await overlaySoon((x) => x?.screen === 'court-login');
      expect(before!.title).toMatch(/CM\/ECF username/);
      expect(before!.instruction).toContain('Use your CM/ECF Username and Password here.');
      expect(before!.sources[0]).toBe('What the court says — Connecticut Bankruptcy Court guide, step 3');
      for (const name of ['ctb/12-link-success.html', 'ctb/13-cmecf-linked.html']) {
        await visit(name);
        expect(await overlaySoon((x) => x?.screen === byName(name).screen)).not.toBeNull();
      }
      await visit('ctb/14-court-login.html'); // the next day: linked
      const after = await overlaySoon((x) => x?.screen === 'court-login');
      expect(after!.title).toMatch(/upgraded PACER username/);
      expect(after!.instruction).toContain('From this point forward, use your upgraded PACER credentials to log in to NextGen CM/ECF for this court.');
      expect(after!.instruction).not.toContain('Use your CM/ECF Username');
      expect(after!.sources).toEqual(['What the court says — Connecticut Bankruptcy Court guide, step 5 (linking instructions, item 3)']);
      if (browserName === 'chromium') expect(await h.badge()).toBe('✓');
      // The username hint follows: a PACER-shaped name is right here now, a CM/ECF one is not.
      expect(await typed('1234567')).not.toContain('wants your CM/ECF username');
      await visit('ctb/14-court-login.html'); // typing appends: a fresh field
      expect(await overlaySoon((x) => x?.screen === 'court-login')).not.toBeNull();
      expect(await typed('ct12345')).toContain('wants your PACER username');
    });

    test('a generic court, an attorney who has linked: the court-branded login asks for the individual upgraded PACER account, before and after', async () => {
      await h.startSession('txnd');
      await visitAs('generic/mowd-link-success.html', 'txnd');
      expect(await overlaySoon((x) => x?.screen === 'link-success')).toMatchObject({ court: 'txnd' });
      await visitAs('generic/ned-cmecf-linked.html', 'txnd');
      expect(await overlaySoon((x) => x?.screen === 'cmecf-linked')).toMatchObject({ court: 'txnd' });
      await visit('generic/txnd-court-login.html');
      const s = await overlaySoon((x) => x?.screen === 'court-login');
      expect(s).toMatchObject({ court: 'txnd' });
      expect(s!.title).toMatch(/individual PACER account/);
      expect(s!.instruction).toMatch(/Do not log on using a shared firm PACER account/);
      expect(s!.sources).toEqual([expect.stringMatching(/^General advice/)]);
      expect(await typed('1234567')).not.toContain('wants your CM/ECF username');
      await visit('generic/txnd-court-login.html'); // typing appends: a fresh field
      expect(await overlaySoon((x) => x?.screen === 'court-login')).not.toBeNull();
      // The CM/ECF usernames' shapes are ctb's guide's (seed 000), not this court's: no shape hint here…
      expect(await typed('ct12345')).not.toContain('looks like a CM/ECF username');
      await visit('generic/txnd-court-login.html');
      expect(await overlaySoon((x) => x?.screen === 'court-login')).not.toBeNull();
      // …but a legacy (not upgraded) PACER username is every court's matter, once the typing pauses.
      await typed('ab1234');
      expect((await overlaySoon((x) => !!x?.note?.includes('legacy PACER username')))?.note).toContain('legacy PACER username');
    });

    test('during a session, a court page the guide does not know says so, pointing nowhere, and offers the capture', async () => {
      await h.startSession('ctb');
      await visit('negative/ctb-judges-info.html'); // www.ctb.uscourts.gov, not the home page: unknown
      const s = await overlaySoon((x) => x?.screen === 'unknown');
      expect(s?.title).toContain('does not know this page');
      expect(s?.note).toContain('Save this page for testers');
      expect(s?.ring, 'nothing to point at').toBeNull();
      if (browserName === 'chromium') expect(await h.badge()).toBe('?');
    });

    test('without a session, the same unknown page shows nothing', async () => {
      await visit('negative/ctb-judges-info.html', { idle: true });
      await new Promise((r) => setTimeout(r, 400));
      expect(await h.overlay()).toBeNull();
    });
  });
}
