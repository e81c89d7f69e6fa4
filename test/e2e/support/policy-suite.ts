// Firm policy in the real browsers: a policy file where the browser reads
// it (./policy.ts), the built extension loaded, and what the attorney sees.
// Runs in the Playwright project `policy`, after every other browser test
// (playwright.config.ts): the policy folders are the whole machine's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFixtures, type Fixture } from '../../support/fixtures';
import { ROOT, scriptRunsAt, type Harness, type OverlayState } from './harness';
import { openExtensionPage, readManaged, snapshot, type PageSnapshot } from './extension-page';
import { cannotWrite, CHROMIUM_POLICY_FILE, FIREFOX_POLICY_FILES, launchChromiumWithPolicy, launchFirefoxWithPolicy, type PolicyText } from './policy';

export const SHOTS = join(ROOT, 'test-results');

/**
 * The firm's policy: values no other test uses (a username, a firm name, a
 * help desk at example domains), so that a test that did see it by mistake
 * would say so rather than pass by chance.
 */
export const FIRM_POLICY = {
  helpContact: {
    name: 'Policy Test Firm IT Help Desk',
    phone: '(555) 010-2368',
    email: 'ithelp@policy-test.example',
    url: 'https://it.policy-test.example/pacer-linking',
  },
  sharedUsernames: ['PolicyFirm1'],
  sharedAccountNames: ['Policy Test Partners LLP'],
  usernameHint: false,
  courts: ['ctb', 'gasb'],
  defaultCourt: 'gasb',
  lockSettings: true,
};

/**
 * A policy with mistakes firm IT could make: a flag as text, a list with a
 * number in it, a help desk whose phone is a number and whose page is not
 * https, one court as text instead of a list, a key the extension does not
 * have; and one good key, which must apply all the same.
 */
export const MALFORMED_POLICY = {
  usernameHint: 'no',
  sharedUsernames: ['policyfirm2', 7],
  sharedAccountNames: ['Policy Test Malformed LLP'],
  helpContact: { name: 'Policy Test Malformed Desk', phone: 5550102368, url: 'http://it.policy-test.example/' },
  courts: 'ctb',
  firmColour: 'blue',
};

const byName = (name: string): Fixture => {
  const f = loadFixtures().find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};

export function launchWithPolicy(browserName: 'chromium' | 'firefox', policy: PolicyText): Promise<Harness> {
  return browserName === 'chromium' ? launchChromiumWithPolicy(policy) : launchFirefoxWithPolicy(policy);
}

export function policySuite(browserName: 'chromium' | 'firefox') {
  test.describe(`${browserName}: the firm's policy`, () => {
    // Without root, skipped with the reason; on CI (CI set) that is a failure instead.
    const why = cannotWrite(browserName === 'chromium' ? CHROMIUM_POLICY_FILE : FIREFOX_POLICY_FILES.system);
    if (why && process.env.CI) throw new Error(why);
    test.skip(!!why, why ?? '');

    test.describe('a valid policy', () => {
      let h: Harness;
      // One browser for these tests: the policy file is in place only while it runs.
      test.beforeAll(async () => {
        h = await launchWithPolicy(browserName, FIRM_POLICY);
      });
      test.afterAll(async () => {
        await h?.close(); // closes the browser, then puts the policy folder back as it was
      });

      test('the browser delivers it: storage.managed in an extension page holds the policy as written', async () => {
        const p = await openExtensionPage(h, 'options.html');
        try {
          expect(await readManaged(p)).toEqual(FIRM_POLICY);
        } finally {
          await p.close();
        }
      });

      test('the popup shows the firm’s help desk: its name, phone, email and web page', async () => {
        const p = await openExtensionPage(h, 'popup.html?court=ctb', { width: 360, height: 600 });
        try {
          await p.until((name) => document.body.innerText.includes(name), FIRM_POLICY.helpContact.name, 'the firm’s help desk in the popup');
          const s = await snapshot(p);
          const c = FIRM_POLICY.helpContact;
          expect(s.links).toEqual(
            expect.arrayContaining([
              { text: c.phone, href: 'tel:5550102368' },
              { text: c.email, href: `mailto:${c.email}` },
              expect.objectContaining({ href: c.url }),
            ]),
          );
          // Above the court's own help desk: the firm's is whom to ask first.
          const firm = s.text.indexOf(c.name);
          const court = s.text.indexOf('ctb_ecf_help@ctb.uscourts.gov');
          expect(court, 'the court’s contacts are still there').toBeGreaterThan(-1);
          expect(firm).toBeLessThan(court);
          expect(s.alerts).toEqual([]);
          await p.screenshot(join(SHOTS, `policy-${browserName}-popup.png`));
          if (p.raw.name === 'chromium') await p.raw.page.locator('.firm-help').screenshot({ path: join(SHOTS, 'policy-chromium-popup-firm-help.png') });
        } finally {
          await p.close();
        }
      });

      test('the popup’s court picker offers the firm’s courts, its default chosen', async () => {
        const p = await openExtensionPage(h, 'popup.html', { width: 360, height: 600 });
        try {
          await p.until(() => !!document.querySelector('select'), null, 'the court picker');
          const picker = (await snapshot(p)).fields.find((f) => f.tag === 'select');
          expect(picker?.options?.filter(Boolean).sort()).toEqual(['ctb', 'gasb']);
          expect(picker?.value).toBe('gasb');
        } finally {
          await p.close();
        }
      });

      test('the options page shows the firm’s values, locked', async () => {
        const p = await openExtensionPage(h, 'options.html');
        try {
          await p.until(() => !!document.querySelector('textarea'), null, 'the settings form');
          const s = await snapshot(p);
          const field = (label: RegExp) => {
            const f = s.fields.find((x) => label.test(x.label));
            expect(f, `a field labelled ${label}`).toBeTruthy();
            return f!;
          };
          const users = field(/shared firm PACER usernames/i);
          expect(users.value).toContain('policyfirm1'); // normalised: lower case
          expect(users.locked).toBe(true);
          const names = field(/shared firm PACER account names/i);
          expect(names.value).toContain('Policy Test Partners LLP');
          expect(names.locked).toBe(true);
          const hint = field(/hint when a username looks like the wrong kind/i);
          expect(hint.checked).toBe(false);
          expect(hint.locked).toBe(true);
          expect(s.text).toContain('Set by your firm (policy)');
          expect(s.text).toContain('Locked by your firm');
          // What only the firm sets is shown too: its help desk.
          expect(s.text).toContain(FIRM_POLICY.helpContact.name);
          expect(s.text).toContain(FIRM_POLICY.helpContact.email);
          await p.screenshot(join(SHOTS, `policy-${browserName}-options.png`));
        } finally {
          await p.close();
        }
      });

      test('a username the firm listed as shared is flagged on the PACER login; the firm turned the wrong-kind hint off', async () => {
        await h.startSession('gasb');
        const f = byName('gasb/02-pacer-login.html');
        await h.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(f.url));
        await expect.poll(async () => (await h.overlay())?.screen, { timeout: 5000 }).toBe('pacer-login');
        // ct12345 has a CM/ECF username's shape: without the policy's usernameHint: false it gets a hint.
        await h.type('[id="loginForm:loginName"]', 'ct12345');
        await new Promise((r) => setTimeout(r, 600));
        expect((await h.overlay())?.note ?? null, 'usernameHint: false').toBeNull();
        await h.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, true); // the login again, its field empty
        await expect.poll(async () => (await h.overlay())?.screen, { timeout: 5000 }).toBe('pacer-login');
        await h.type('[id="loginForm:loginName"]', 'policyfirm1'); // listed as PolicyFirm1: case does not matter
        let s: OverlayState | null = null;
        await expect
          .poll(async () => (s = await h.overlay())?.note ?? '', { timeout: 5000 })
          .toContain('shared firm PACER account');
        await h.screenshot(join(SHOTS, `policy-${browserName}-shared-login.png`));
        expect(s!.screen).toBe('pacer-login');
      });
    });

    test.describe('a policy with wrong types and a bad address', () => {
      let h: Harness;
      test.beforeAll(async () => {
        h = await launchWithPolicy(browserName, MALFORMED_POLICY);
      });
      test.afterAll(async () => {
        await h?.close();
      });

      test('what reaches the extension', async () => {
        const p = await openExtensionPage(h, 'options.html');
        const managed = await readManaged(p);
        await p.close();
        if (browserName === 'chromium') {
          // Chrome checks the policy against the build's managed_schema.json
          // and drops every value of the wrong type whole (the help desk for
          // its phone, the list for its one number) and every unknown key:
          // only the good key arrives.
          expect(managed).toEqual({ sharedAccountNames: ['Policy Test Malformed LLP'] });
        } else {
          // Firefox checks nothing: the extension gets the policy as written.
          expect(managed).toEqual(MALFORMED_POLICY);
        }
      });

      test('the options page applies the good key and leaves the rest at their defaults, saying why', async () => {
        const p = await openExtensionPage(h, 'options.html');
        try {
          await p.until(() => !!document.querySelector('textarea'), null, 'the settings form');
          const s = await snapshot(p);
          const field = (label: RegExp) => s.fields.find((x) => label.test(x.label));
          // Not locked (no lockSettings): the firm's names are listed apart, always applied; the field is the user's own.
          expect(s.text).toMatch(/From your firm \(always applied\): Policy Test Malformed LLP/);
          expect(field(/shared firm PACER account names/i)?.locked).toBe(false);
          // The usernames list stays the user's (empty), the hint its default (on).
          expect(field(/shared firm PACER usernames/i)?.value).not.toContain('policyfirm2');
          expect(field(/hint when a username looks like the wrong kind/i)?.checked).toBe(true);
          if (browserName === 'firefox') {
            // What Firefox let through, the extension ignores itself, and says why.
            for (const reason of [
              'usernameHint: must be true or false (got "no")',
              'sharedUsernames[1]: must be text (got the number 7)',
              'helpContact.phone: must be text (got the number 5550102368)',
              'helpContact.url: must be an https:// address (got "http://it.policy-test.example/")',
              'courts: must be a list (got "ctb")',
              "unknown key 'firmColour'",
            ]) {
              expect(s.text).toContain(reason);
            }
            expect(s.text).toContain('Your firm’s setting was ignored: usernameHint'); // beside the setting, too
          }
          await p.screenshot(join(SHOTS, `policy-${browserName}-options-malformed.png`));
        } finally {
          await p.close();
        }
      });

      test('the popup: no firm help desk (none was valid), the court’s own, no error', async () => {
        const p = await openExtensionPage(h, 'popup.html?court=ctb', { width: 360, height: 600 });
        try {
          await p.until(() => document.body.innerText.includes('ctb_ecf_help@ctb.uscourts.gov'), null, 'the popup’s court help');
          const s: PageSnapshot = await snapshot(p);
          expect(s.text).not.toContain('Policy Test Malformed Desk');
          expect(s.alerts).toEqual([]);
        } finally {
          await p.close();
        }
      });
    });

    test.describe('a policy file that is not JSON', () => {
      let h: Harness;
      test.beforeAll(async () => {
        h = await launchWithPolicy(browserName, { raw: '{"3rdparty": {"extensions": {' });
      });
      test.afterAll(async () => {
        await h?.close();
      });

      test('nothing reaches the extension', async () => {
        const p = await openExtensionPage(h, 'options.html');
        const managed = await readManaged(p);
        await p.close();
        // Chrome: an empty policy; Firefox: no policy at all for the add-on.
        if (browserName === 'chromium') expect(managed).toEqual({});
        else expect(managed).toEqual({ error: expect.stringMatching(/Managed storage manifest not found/) });
      });

      test('the options page runs on the defaults, nothing locked', async () => {
        const p = await openExtensionPage(h, 'options.html');
        try {
          await p.until(() => !!document.querySelector('textarea'), null, 'the settings form');
          const s = await snapshot(p);
          expect(s.fields.filter((f) => f.locked)).toEqual([]);
          expect(s.text).not.toContain('Set by your firm (policy)');
          expect(s.text).not.toContain('Locked by your firm');
        } finally {
          await p.close();
        }
      });
    });

    if (browserName === 'firefox') {
      test('policies.json beside the browser (distribution/) is read as well', async () => {
        test.skip(existsSync(FIREFOX_POLICY_FILES.system), `${FIREFOX_POLICY_FILES.system} exists on this machine and wins over distribution/`);
        const h = await launchFirefoxWithPolicy({ sharedUsernames: ['policyfirm3'] }, 'install');
        try {
          const p = await openExtensionPage(h, 'options.html');
          expect(await readManaged(p)).toEqual({ sharedUsernames: ['policyfirm3'] });
        } finally {
          await h.close();
        }
      });
    }
  });
}
