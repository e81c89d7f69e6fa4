// What the guide says on the login application's screens the 2021 guides do
// not show (src/guide/login-app.ts; issue 12 item 9): every sentence carries
// its source; a court's own words only for that court and found word for
// word in its guide (../shared/seeds/); general advice never shown as the
// court's; the prompts are never decided for the user; the session's
// progress is left where it was. Plus the background's hook (handle.ts) with
// a stand-in browser: a walk through a refused login and the MFA prompts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { allCourts } from '../src/courts/courts';
import {
  LOGIN_APP_SCREENS,
  loginAppReply,
  loginAppView,
  sourcedLine,
  stuckMoments,
  toGuideView,
  type LoginAppView,
} from '../src/guide/login-app';
import { profileFor } from '../src/profiles';
import type { SourcedText } from '../src/profiles/source';
import { SCREEN_IDS } from '../src/recognize/types';

/** The five court guides (COMMON: ../shared/seeds beside the checkout). */
const seedsDir = resolve(import.meta.dirname, '../../shared/seeds');

/** A guide's text as a reader sees it: markdown emphasis and <> around links dropped, whitespace collapsed. */
function plain(s: string): string {
  return s.replace(/\*+/g, '').replace(/[<>]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
const guideText = (guide: string) => plain(readFileSync(join(seedsDir, guide.replace(/^seeds\//, '')), 'utf8'));

const COURTS = allCourts().map((c) => c.id);
const textsOf = (v: LoginAppView): SourcedText[] => [v.instruction, ...v.notes];

describe('every court × every login-application screen', () => {
  const cases = COURTS.flatMap((court) => LOGIN_APP_SCREENS.flatMap((screen) => (['pacer', 'cmecf', undefined] as const).map((credentials) => ({ court, screen, credentials }))));

  test(`${cases.length} views: court words only for their own court, found word for word in its guide`, () => {
    const wrong: string[] = [];
    for (const { court, screen, credentials } of cases) {
      const v = loginAppView(court, screen, { credentials });
      for (const t of [...textsOf(v), ...v.links.map((l) => ({ text: l.quote ?? '', source: l.source }))]) {
        if (t.source.kind !== 'court') continue;
        if (t.source.court !== court) wrong.push(`${court}/${screen}: "${t.text}" is shown as ${t.source.court}'s words`);
        else if (!t.text || !guideText(t.source.guide).includes(plain(t.text)))
          wrong.push(`${court}/${screen}: "${t.text}" is not in ${t.source.guide} (step ${t.source.step})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every sentence has a source; general advice names its basis', () => {
    for (const { court, screen } of cases.filter((c) => c.credentials === undefined)) {
      const v = loginAppView(court, screen);
      for (const t of textsOf(v)) {
        expect(t.text.length, `${court}/${screen}`).toBeGreaterThan(10);
        if (t.source.kind === 'general') expect(t.source.basis.length, `${court}/${screen}: ${t.text}`).toBeGreaterThan(5);
      }
      for (const l of v.links) expect(l.url, `${court}/${screen}`).toMatch(/^https:\/\/[a-z.]+\.uscourts\.gov\//);
    }
  });

  test('the screens are in the vocabulary', () => {
    for (const s of LOGIN_APP_SCREENS) expect(SCREEN_IDS).toContain(s);
  });
});

describe('login-failed', () => {
  const cookie = (court: string) => loginAppView(court, 'login-failed').notes.find((n) => /accept cookies/.test(n.text))!;

  test.each(['nynb', 'gasb', 'mnd'])('%s: the cookie notice in its guide’s own words, step 2', (court) => {
    const c = cookie(court);
    expect(c.source).toMatchObject({ kind: 'court', court, step: '2' });
    expect(c.text).toMatch(/^Your browser must be set to accept cookies .*delete the stored cookie file in your PC\. Close and reopen your browser before trying again\.$/);
  });

  test.each(['ctb', 'cacb', 'azb', 'nysd', 'txnd'])('%s: the same advice, as general advice (its guide does not quote it whole)', (court) => {
    const c = cookie(court);
    expect(c.source.kind).toBe('general');
    expect(c.text).toMatch(/accept cookies.*delete the stored cookies, close and reopen your browser/);
    expect(sourcedLine(c)).toMatch(/\(general advice, not from the court’s guide\)$/);
  });

  test('the national forgot-username/password page for every court', () => {
    for (const court of COURTS) {
      const v = loginAppView(court, 'login-failed');
      expect(v.links.map((l) => l.url), court).toContain('https://pacer.uscourts.gov/my-account-billing/forgot-username-or-password');
      expect(v.notes.some((n) => n.text.includes('https://pacer.uscourts.gov/my-account-billing/forgot-username-or-password')), court).toBe(true);
    }
  });

  test('ctb’s court-branded login: CM/ECF credentials before linking, PACER after, in its own words; nowhere else', () => {
    const ctb = loginAppView('ctb', 'login-failed', { credentials: 'cmecf' });
    expect(ctb.notes.filter((n) => n.source.kind === 'court').map((n) => n.text)).toEqual(
      expect.arrayContaining(['Use your CM/ECF Username and Password here.', expect.stringMatching(/^From this point forward, use your upgraded PACER credentials/)]),
    );
    expect(ctb.links.map((l) => l.url)).toContain('https://www.ctb.uscourts.gov/changing-your-cmecf-password');
    for (const court of ['nynb', 'gasb', 'mnd', 'cacb', 'azb']) {
      const v = loginAppView(court, 'login-failed', { credentials: 'cmecf' });
      expect(JSON.stringify(v), court).not.toMatch(/CM\/ECF Username and Password here|ctb\.uscourts\.gov|ctb_ecf_help/);
    }
    // ctb at the PACER login: its step 6's words.
    const ctbPacer = loginAppView('ctb', 'login-failed', { credentials: 'pacer' });
    expect(ctbPacer.notes[0]).toMatchObject({ source: { kind: 'court', court: 'ctb', step: '6' } });
    expect(ctbPacer.notes[0]!.text).toMatch(/^This is asking for your PACER credentials/);
  });

  test('which PACER credentials: each seed court’s step 2 in its own words, general advice elsewhere', () => {
    for (const court of ['nynb', 'gasb', 'mnd', 'cacb']) {
      const first = loginAppView(court, 'login-failed').notes[0]!;
      expect(first, court).toMatchObject({ source: { kind: 'court', court, step: '2' } });
      expect(first.text).toMatch(/^Log on with your individual upgraded PACER user name and password\. Do not log on using a shared firm PACER account\.$/);
    }
    for (const court of ['azb', 'nysd', 'txnd']) {
      const first = loginAppView(court, 'login-failed').notes[0]!;
      expect(first.source.kind, court).toBe('general');
      expect(first.text).toMatch(/individual upgraded PACER username and password, not a shared firm PACER account/);
    }
  });
});

describe('the prompts: never decided for the user', () => {
  test.each(['mfa-enroll', 'password-update'] as const)('%s: no spotlight, says it is the user’s choice, no “click Skip/Enroll/Update”', (screen) => {
    const v = loginAppView('mnd', screen);
    expect(v.highlight).toBe(false);
    expect(v.instruction.text).toMatch(/your choice/);
    expect(v.instruction.text).toMatch(/linking goes on/);
    expect(textsOf(v).map((t) => t.text).join(' ')).not.toMatch(/\bclick\b|\bpress\b/i);
  });

  test('mfa-enroll says what enrolling needs: an app or backup codes, the e-mail on the account; three skips', () => {
    const all = textsOf(loginAppView('gasb', 'mfa-enroll')).map((t) => t.text).join(' ');
    expect(all).toMatch(/authentication app/);
    expect(all).toMatch(/backup codes/);
    expect(all).toMatch(/email address on your PACER account/);
    expect(all).toMatch(/skip three times.*User Update Required/);
  });

  test('password-update gives PACER’s 2025 rules word for word, marked as general (PACER’s, not the court’s)', () => {
    const v = loginAppView('ctb', 'password-update');
    const rules = v.notes.find((n) => /14-45/.test(n.text))!;
    expect(rules.text).toContain('Be 14-45 characters in length. Contain at least one lowercase letter, one uppercase letter, and one special character.');
    expect(rules.source.kind).toBe('general');
    expect(v.instruction.text).toMatch(/180 days/);
    expect(v.instruction.text).toMatch(/three skips/);
  });

  test('mfa-code: the code from the authentication app or a backup code, then the flow goes on; the field is pointed at', () => {
    const v = loginAppView('azb', 'mfa-code');
    expect(v.highlight).toBe(true);
    expect(v.instruction.text).toMatch(/authentication app.*one-time passcode.*backup codes.*linking continues/);
    expect(v.notes.some((n) => /never reads it/.test(n.text))).toBe(true);
  });
});

describe('stuck moments (general advice) on the link form', () => {
  test('special characters, several accounts, pro hac vice; only on link-form', () => {
    for (const s of SCREEN_IDS) if (s !== 'link-form') expect(stuckMoments('nynb', s), s).toEqual([]);
    const nynb = stuckMoments('nynb', 'link-form');
    expect(nynb.map((t) => t.text).join(' ')).toMatch(/special characters.*Several e-filing accounts.*Pro hac vice/s);
    expect(nynb.every((t) => t.source.kind === 'general')).toBe(true);
  });

  test('ctb: the several-accounts advice in its own dialog’s words (seed 000 step 5, item 4), found in its guide', () => {
    const several = stuckMoments('ctb', 'link-form').find((t) => t.source.kind === 'court')!;
    expect(several.source).toMatchObject({ court: 'ctb' });
    if (several.source.kind === 'court') expect(guideText(several.source.guide)).toContain(plain(several.text));
  });
});

describe('on the page', () => {
  test('the overlay’s parts say where each sentence comes from: the court’s quotes with their step, general advice marked', () => {
    const gv = toGuideView(loginAppView('gasb', 'login-failed'), { court: 'gasb', courtName: 'X', stepNumber: 2, stepTotal: 9 });
    const parts = gv.parts!;
    expect(parts[0]!.source.kind).toBe('general');
    const own = parts.filter((p) => p.source.kind === 'court');
    // gasb's own words: its step 2, quoted; nothing else of the court's.
    expect(own.map((p) => p.text)).toEqual([
      'Log on with your individual upgraded PACER user name and password. Do not log on using a shared firm PACER account.',
      expect.stringMatching(/^Your browser must be set to accept cookies to log in to this site\./),
    ]);
    for (const p of own) expect(p.source).toMatchObject({ kind: 'court', court: 'gasb', step: '2' });
    expect(parts.filter((p) => p.source.kind === 'general').map((p) => p.text).join(' ')).not.toMatch(/accept cookies/);
    // The plain text the live region reads holds every part.
    for (const p of parts) expect(gv.instruction).toContain(p.text);
    // A court without the quote: no court part at all.
    const azb = toGuideView(loginAppView('azb', 'login-failed'), { court: 'azb', courtName: 'X', stepNumber: 2, stepTotal: 9 });
    expect(azb.parts!.filter((p) => p.source.kind === 'court')).toEqual([]);
  });

  test('ctb: its credentials quoted, each after the extension’s own framing of when it applies', () => {
    const gv = toGuideView(loginAppView('ctb', 'login-failed', { credentials: 'cmecf' }), { court: 'ctb', courtName: 'X', stepNumber: 2, stepTotal: 11 });
    const parts = gv.parts!;
    const until = parts.findIndex((p) => p.text === 'Until your accounts are linked:');
    expect(parts[until]!.source.kind).toBe('general');
    expect(parts[until + 1]).toMatchObject({ text: 'Use your CM/ECF Username and Password here.', source: { kind: 'court', court: 'ctb', step: '3' } });
    const once = parts.findIndex((p) => p.text === 'Once they are linked:');
    expect(parts[once]!.source.kind).toBe('general');
    expect(parts[once + 1]!.text).toMatch(/^From this point forward, use your upgraded PACER credentials/);
    expect(parts[once + 1]!.source).toMatchObject({ kind: 'court', court: 'ctb', step: '5, dialog item 3' });
  });

  const ctb = profileFor('ctb')!;
  test('shown only while the session is on, at the step the user was at; progress untouched', () => {
    expect(loginAppReply(ctb, 'ctb', 'mfa-code', 'One-time passcode', { active: false, reached: [] }).view).toBeNull();
    const login = ctb.steps.find((s) => s.screens.includes('court-login'))!;
    const progress = Object.freeze({ active: true, reached: Object.freeze([login.id]) as string[], current: login.id });
    const r = loginAppReply(ctb, 'ctb', 'login-failed', 'Username', progress);
    expect(r.view).toMatchObject({ screen: 'login-failed', stepId: 'login-app:login-failed', highlight: true });
    expect(r.credentials).toBe('cmecf'); // ctb's court-branded login before linking: its step 3
    expect(r.badge).toBe(`${r.view!.stepNumber}/${r.view!.stepTotal}`);
    expect(loginAppReply(ctb, 'ctb', 'mfa-enroll', null, progress).credentials).toBeUndefined();
    // "Got it" on it hides it; another login-app screen still shows.
    const dismissed = { ...progress, dismissed: 'login-app:login-failed' };
    expect(loginAppReply(ctb, 'ctb', 'login-failed', 'Username', dismissed).view).toBeNull();
    expect(loginAppReply(ctb, 'ctb', 'mfa-code', 'One-time passcode', dismissed).view).not.toBeNull();
  });
});

// ---- the background's hook, with a stand-in browser -------------------------------------

const fake = vi.hoisted(() => {
  const state = { local: {} as Record<string, unknown>, session: {} as Record<string, unknown> };
  const area = (store: () => Record<string, unknown>) => ({
    get: async (k?: string) => (k === undefined ? { ...store() } : k in store() ? { [k]: store()[k] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(store(), items),
  });
  const browser = {
    runtime: { id: 'login-app-test' },
    storage: {
      managed: { get: async () => ({}) },
      local: area(() => state.local),
      session: area(() => state.session),
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    tabs: { query: async () => [], sendMessage: async () => undefined },
    scripting: { executeScript: async () => [] },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
  };
  return { state, browser };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

/** The sender's host as the background classifies it (src/background/trust.ts): the PACER login application. */
const LOGIN_HOST = { kind: 'login', court: null } as const;

describe('background: a refused login and the MFA prompts in the middle of a session', () => {
  const screen = (s: (typeof SCREEN_IDS)[number], court: string, targetLabel: string | null = null) => ({
    type: 'screen' as const,
    screen: s,
    court,
    targetLabel,
    flags: [],
  });

  test('gasb: login, refused, passcode, then the flow resumes at the redaction notice', async () => {
    const { handle } = await import('../src/background/handle');
    type R = { view: { screen: string; stepNumber: number; stepId: string; parts?: SourcedText[]; highlight: boolean } | null; credentials?: string };
    await handle({ type: 'start', court: 'gasb' }, undefined);
    const login = (await handle(screen('pacer-login', 'gasb', 'Username'), 9, 0, LOGIN_HOST)) as R;
    expect(login.view?.screen).toBe('pacer-login');
    const failed = (await handle(screen('login-failed', 'gasb', 'Username'), 9, 0, LOGIN_HOST)) as R;
    expect(failed.view).toMatchObject({ screen: 'login-failed', stepNumber: login.view!.stepNumber, highlight: true });
    expect(failed.credentials).toBe('pacer');
    expect(failed.view!.parts).toContainEqual({
      text: expect.stringMatching(/^Your browser must be set to accept cookies to log in to this site\./),
      source: expect.objectContaining({ kind: 'court', court: 'gasb', step: '2' }),
    });
    const code = (await handle(screen('mfa-code', 'gasb', 'One-time passcode'), 9, 0, LOGIN_HOST)) as R;
    expect(code.view).toMatchObject({ screen: 'mfa-code', stepNumber: login.view!.stepNumber });
    const enrol = (await handle(screen('mfa-enroll', 'gasb'), 9, 0, LOGIN_HOST)) as R;
    expect(enrol.view).toMatchObject({ screen: 'mfa-enroll', highlight: false });
    // The flow resumes where it was: the next step of gasb's guide.
    const next = (await handle(screen('redaction-ack', 'gasb', 'I understand'), 9, 0, LOGIN_HOST)) as R;
    expect(next.view?.screen).toBe('redaction-ack');
    expect(next.view!.stepNumber).toBe(login.view!.stepNumber + 1);
  });

  test('no session: a PACER-only user’s passcode step shows nothing', async () => {
    const { handle } = await import('../src/background/handle');
    const r = (await handle(screen('mfa-code', 'nynb', 'One-time passcode'), 11, 0, LOGIN_HOST)) as R0;
    expect(r.view).toBeNull();
  });

  test('the link form carries the stuck moments as general advice', async () => {
    const { handle } = await import('../src/background/handle');
    await handle({ type: 'start', court: 'mnd' }, undefined);
    const r = (await handle(screen('link-form', 'mnd', 'CM/ECF login'), 12, 0, { kind: 'ecf', court: 'mnd' })) as R0;
    expect(r.view?.advice).toContainEqual({ text: expect.stringMatching(/^A CM\/ECF login with special characters/), source: expect.objectContaining({ kind: 'general' }) });
  });
});
type R0 = { view: { advice?: SourcedText[] } | null };
