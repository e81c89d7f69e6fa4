// Issue 12, item 3: a step's title and instruction always describe the
// element the spotlight is on. For every court profile (the five seed courts
// and both generic ones) × every screen × every target label the recogniser
// produces for that screen (each recorded page's, plus the variants its code
// can pick: the Utilities page's two links, the court website's link names),
// the words shown must name the lit element, checked on the words themselves
// (not on the profile's `describes`), and nothing is ever lit under words
// about something else.
import { describe, expect, test } from 'vitest';
import { decide, start, type GuideInput } from '../src/guide/decide';
import { isLoginAppScreen, loginAppView } from '../src/guide/login-app';
import { GENERIC_PROFILES, SEED_PROFILES, type Profile } from '../src/profiles';
import { targetKind, type TargetKind } from '../src/profiles/targets';
import { recognize, SCREEN_IDS, type ScreenId } from '../src/recognize';
import { labelOf } from '../src/recognize/dom';
import { domOf, loadFixtures } from './support/fixtures';

/** What words about each kind of element must say (title and instruction alike, unless noted). */
const NAMES: Record<Exclude<TargetKind, 'none'>, RegExp> = {
  'e-filing-link': /E-Filing \(CM\/ECF\)/,
  'ecf-link': /CM\/ECF/,
  'document-filing-system': /Document Filing System/,
  username: /user ?name|credentials|log (?:in|on)/i,
  'upgraded-option': /upgraded PACER account/i,
  'instructions-court-link': /first (?:option|item)/i,
  'redaction-checkbox': /check the box|redaction/i,
  'court-select': /Where would you like to go|choose the court/i,
  utilities: /Utilities/,
  'link-account': /Link a CM\/ECF account to my PACER account/,
  'nextgen-menu-items': /NextGen Release 1\.1 Menu Items/,
  'cmecf-login': /CM\/ECF (?:login|username|credentials)/i,
  submit: /Submit/i,
};
/** What a title must not name as the thing to click while another element is lit. */
const NOT_IN_TITLE: Partial<Record<TargetKind, RegExp>> = {
  'link-account': /NextGen/,
  'nextgen-menu-items': /Link a CM\/ECF account/,
};

/** Every (screen, label) pair: the recorded pages', the recogniser's alternatives, and no target at all. */
function pairs(): Array<[ScreenId, string | null]> {
  const seen = new Map<string, [ScreenId, string | null]>();
  const add = (s: ScreenId, l: string | null) => seen.set(`${s}\u0000${l}`, [s, l]);
  for (const f of loadFixtures()) {
    const r = recognize(domOf(f), f.url);
    if (r.screen !== 'unknown') add(r.screen, r.target ? labelOf(r.target) : null);
  }
  // utilities-menu.ts: the link itself, else the NextGen link; nextgen-menu.ts: the link.
  add('utilities-menu', 'Link a CM/ECF account to my PACER account');
  add('utilities-menu', 'NextGen Release 1.1 Menu Items');
  add('nextgen-menu', 'Link a CM/ECF account to my PACER account');
  // court-website.ts: the link to the court's ECF host, whatever it is called.
  add('court-website', 'E-Filing (CM/ECF)');
  add('court-website', 'CM/ECF');
  for (const s of SCREEN_IDS) if (s !== 'unknown') add(s, null);
  return [...seen.values()];
}

const PROFILES: Record<string, Profile> = { ...SEED_PROFILES, 'generic-bankruptcy': GENERIC_PROFILES.bankruptcy, 'generic-district': GENERIC_PROFILES.district };

/** Screens a court's guide starts after, or before: nothing to say there. */
const NOT_COVERED: Record<string, ScreenId[]> = {
  ctb: ['ecf-entry'], // seed 000 goes from the court website straight to the login
  nynb: ['court-website'],
  gasb: ['court-website'],
  mnd: ['court-website'],
  cacb: ['court-website'],
  'generic-bankruptcy': ['court-website'],
  'generic-district': ['court-website'],
};

const ALL_PAIRS = pairs();

test('the matrix covers every screen and both of the Utilities page’s links', () => {
  const screens = new Set(ALL_PAIRS.map(([s]) => s));
  expect(screens.size).toBe(SCREEN_IDS.length - 1);
  expect(ALL_PAIRS.filter(([s]) => s === 'utilities-menu').map(([, l]) => l)).toEqual(
    expect.arrayContaining(['Link a CM/ECF account to my PACER account', 'NextGen Release 1.1 Menu Items']),
  );
  expect(ALL_PAIRS.length).toBeGreaterThan(30);
});

describe.each(Object.keys(PROFILES))('%s', (name) => {
  const profile = PROFILES[name]!;
  // Each pair, at the start of a session, mid-way and after linking (the wording may change with the moment).
  const moments = { started: start(), linked: { ...start(), linked: true } };

  test.each(ALL_PAIRS)('%s, target %j: the words describe the lit element', (screen, label) => {
    for (const [moment, progress] of Object.entries(moments)) {
      const input: GuideInput = { screen, targetLabel: label };
      const d = decide(profile, input, progress);
      const where = `${name} ${screen} ${JSON.stringify(label)} (${moment})`;
      if (isLoginAppScreen(screen)) {
        // The login application's prompts are guided apart (src/guide/login-app.ts), never by a court's
        // step: lit only where the words name the field (the username to retype, the passcode to enter).
        expect(d.show, `${where}: no court step speaks of this prompt`).toBeNull();
        const v = loginAppView(name.startsWith('generic') ? (name === 'generic-district' ? 'txnd' : 'akb') : name, screen, {});
        const words = `${v.title} ${v.instruction.text}`;
        if (v.highlight && label !== null) expect(words, where).toMatch(screen === 'mfa-code' ? /passcode|code/i : /user ?name/i);
        // The prompts' buttons (Skip, Enroll, Update) are the user's choice: never lit.
        if (screen === 'password-update' || screen === 'mfa-enroll') expect(v.highlight, where).toBe(false);
        continue;
      }
      if (NOT_COVERED[name]!.includes(screen)) {
        expect(d.show, `${where}: this court's guide has no such screen`).toBeNull();
        continue;
      }
      if (screen === 'cmecf-unlinked' && moment === 'linked') {
        // After linking, the PACER-only menu bar means the filing menus are missing: the troubleshooting branch, nothing lit.
        expect(d.show?.step.branch, where).toBe('menus-missing');
        expect(d.show?.highlight, where).toBe(false);
        continue;
      }
      expect(d.show, `${where}: the guide shows nothing`).not.toBeNull();
      const kind = targetKind(screen, label);
      expect(d.show!.highlight, `${where}: ${label === null ? 'nothing to light' : 'a target the guide can name is lit'}`).toBe(
        label !== null && kind !== null,
      );
      if (!d.show!.highlight || kind === null || kind === 'none') continue;
      expect(d.show!.title, `${where}: the title names the lit element`).toMatch(NAMES[kind]);
      expect(d.show!.instruction, `${where}: the instruction names the lit element`).toMatch(NAMES[kind]);
      const not = NOT_IN_TITLE[kind];
      if (not) expect(d.show!.title, `${where}: the title points elsewhere`).not.toMatch(not);
    }
  });
});

describe('the two cases issue 12 found', () => {
  test('gasb: only “NextGen Release 1.1 Menu Items” on Utilities: the words say that link, as general advice; the next page shows the way', () => {
    const gasb = SEED_PROFILES.gasb!;
    const d = decide(gasb, { screen: 'utilities-menu', targetLabel: 'NextGen Release 1.1 Menu Items' }, start());
    expect(d.show!.highlight).toBe(true);
    expect(d.show!.title).toMatch(/NextGen Release 1\.1 Menu Items/);
    expect(d.show!.parts.every((p) => p.source.kind === 'general'), 'gasb’s guide does not describe this link').toBe(true);
    const next = decide(gasb, { screen: 'nextgen-menu', targetLabel: 'Link a CM/ECF account to my PACER account' }, d.progress);
    expect(next.show?.title).toMatch(/Link a CM\/ECF account/);
    expect(next.show?.parts.every((p) => p.source.kind === 'general')).toBe(true);
  });

  test('cacb: the link right on Utilities: the title says that link, in the court’s step 4 words', () => {
    const d = decide(SEED_PROFILES.cacb!, { screen: 'utilities-menu', targetLabel: 'Link a CM/ECF account to my PACER account' }, start());
    expect(d.show!.title).toBe('Click “Link a CM/ECF account to my PACER account”');
    expect(d.show!.parts).toEqual([expect.objectContaining({ text: 'Click the Link a CM/ECF account to my PACER account link', source: expect.objectContaining({ kind: 'court', step: '4' }) })]);
  });

  test('a label no wording names lights nothing', () => {
    const d = decide(SEED_PROFILES.nynb!, { screen: 'utilities-menu', targetLabel: 'Something else entirely' }, start());
    expect(d.show?.highlight).toBe(false);
  });
});
