import { describe, expect, test } from 'vitest';
import { GENERIC_PROFILES, profileFor, SEED_PROFILES } from '../src/profiles';
import { ProfileSchema } from '../src/profiles/schema';
import { allProfiles, profileErrors } from '../src/profiles/validate';
import { allCourts } from '../src/courts/courts';
import { loadFixtures } from './support/fixtures';

describe('court profiles', () => {
  test('the five seed profiles, both generic ones, and the generic one filled in for all 188 courts are valid', () => {
    expect(Object.keys(allProfiles())).toHaveLength(5 + 2 + 188);
    expect(profileErrors()).toEqual([]);
  });

  test('every court of the directory has a profile; nothing else does', () => {
    for (const c of allCourts()) expect(profileFor(c.id)?.court, c.id).toBe(c.id);
    for (const bad of ['ca1', 'zzb', '', 'generic-district', '__proto__', 'constructor']) expect(profileFor(bad), bad).toBeUndefined();
  });

  test('a generic profile names the court and speaks of its own menus', () => {
    const akb = JSON.stringify(profileFor('akb'));
    const nysd = JSON.stringify(profileFor('nysd'));
    expect(akb).toContain('Alaska');
    expect(akb).toMatch(/Bankruptcy and Adversary/);
    expect(nysd).toMatch(/Civil and Criminal/);
    expect(akb + nysd).not.toMatch(/\{courtName\}|\{ecfHost\}/);
  });

  test.each(Object.keys(SEED_PROFILES))('%s: a step for every screen of its recorded flow', (court) => {
    const profile = SEED_PROFILES[court]!;
    const screens = new Set(loadFixtures().filter((f) => f.group === court).map((f) => f.screen));
    const uncovered = [...screens].filter((s) => !profile.steps.some((st) => st.screens.includes(s)));
    expect(uncovered).toEqual([]);
  });

  test('only ctb asks for CM/ECF credentials at a login, and only before linking (seed 000 step 3); all others PACER ones', () => {
    for (const [court, p] of Object.entries({ ...SEED_PROFILES, ...GENERIC_PROFILES })) {
      const cmecf = p.steps.flatMap((s) => s.words.filter((w) => w.credentials === 'cmecf').map((w) => `${s.screens}:${w.when}`));
      expect(cmecf, court).toEqual(court === 'ctb' ? ['court-login:not-linked'] : []);
      const logins = p.steps.filter((s) => s.screens.some((x) => x === 'court-login' || x === 'pacer-login'));
      expect(logins.length, `${court}: a step for the court-branded login and the PACER login`).toBe(2);
      for (const s of logins) expect(s.words.some((w) => w.credentials === 'pacer'), `${court} ${s.id}`).toBe(true);
    }
  });

  test('ctb: steps 4, 5 and 6 may all be skipped (seed 000 step 4: “you may either see this screen next or will be at the screen in step #7”)', () => {
    const optional = SEED_PROFILES.ctb!.steps.filter((s) => s.optional).map((s) => s.screens[0]);
    expect(optional).toEqual(['upgrade-choice', 'linking-instructions', 'pacer-login']);
    for (const c of ['nynb', 'gasb', 'mnd', 'cacb']) expect(SEED_PROFILES[c]!.steps.filter((s) => s.optional), c).toEqual([]);
  });

  test('ctb: the linking instructions’ item 5 (Manage My Account) and contacts labelled by what the guide says they are for', () => {
    const ctb = SEED_PROFILES.ctb!;
    expect(ctb.notes.map((n) => n.text)).toContain('Updates to your account should be made at the PACER Service Center using Manage My Account. These updates will be sent to the court for processing.');
    for (const c of ctb.contacts) expect(c.label, 'the purpose goes in `about`, from the guide').not.toMatch(/forgotten/i);
    expect(ctb.contacts.find((c) => c.email === 'ctb_ecf_help@ctb.uscourts.gov')?.about?.text).toBe('If you forgot your CM/ECF Username, please contact our helpdesk');
  });

  test('ctb names its help desk and password pages (seed 000)', () => {
    const ctb = JSON.stringify(SEED_PROFILES.ctb);
    expect(ctb).toContain('ctb_ecf_help@ctb.uscourts.gov');
    expect(ctb).toContain('https://www.ctb.uscourts.gov/changing-your-cmecf-password');
    expect(ctb).toContain('https://pacer.uscourts.gov/my-account-billing/forgot-username-or-password');
  });
});

describe('a malformed profile is refused with the court and the field', () => {
  const broken = (change: (p: any) => void) => {
    const p = structuredClone(SEED_PROFILES.ctb) as any;
    change(p);
    return profileErrors({ ctb: p });
  };

  test.each([
    ['an instruction left empty', (p: any) => (p.steps[3].words[0].instruction[0].text = ''), /^profile ctb: steps\.3\.words\.0\.instruction\.0\.text: /],
    ['a text without its source', (p: any) => delete p.steps[3].words[0].instruction[0].source, /^profile ctb: steps\.3\.words\.0\.instruction\.0\.source: /],
    ['a quote of another court’s guide', (p: any) => (p.steps[3].words[0].instruction[0].source = { kind: 'court', court: 'nynb', guide: 'seeds/001_f902dcb81db63d71.txt', step: '3' }), /^profile ctb: steps: quotes another court's guide/],
    ['two wordings for the same target', (p: any) => p.steps[3].words.push(p.steps[3].words[0]), /^profile ctb: steps\.3\.words\.1\.describes: two wordings describe/],
    ['an unknown screen', (p: any) => (p.steps[2].screens = ['court-logon']), /^profile ctb: steps\.2\.screens\.0: /],
    ['a contact with a bad email', (p: any) => (p.contacts[0] = { label: 'Help', email: 'not-an-email', source: { kind: 'general', basis: 'test' } }), /^profile ctb: contacts\.0\.email: /],
    ['a plain-http link', (p: any) => (p.links[0].url = 'http://pacer.uscourts.gov/'), /^profile ctb: links\.0\.url: must be an https:\/\/ address/],
    ['a duplicate step id', (p: any) => (p.steps[1].id = p.steps[0].id), /^profile ctb: steps\.1\.id: duplicate step id/],
    ['no final linked step', (p: any) => (p.steps = p.steps.filter((s: any) => !s.screens.includes('cmecf-linked'))), /^profile ctb: steps: the last step must be on cmecf-linked/],
    ['an unknown kind of target', (p: any) => (p.steps[3].words[0].describes = ['the-button']), /^profile ctb: steps\.3\.words\.0\.describes\.0: /],
    ['an unknown field', (p: any) => (p.steps[0].instructions = 'typo'), /^profile ctb: steps\.0: Unrecognized key/],
  ])('%s', (_name, change, message) => {
    const errors = broken(change);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  test('a generic profile may not quote a court', () => {
    const g = structuredClone(GENERIC_PROFILES.bankruptcy) as any;
    g.steps[0].words[0].instruction[0].source = { kind: 'court', court: 'nynb', guide: 'seeds/001_f902dcb81db63d71.txt', step: '1' };
    expect(profileErrors({ 'generic-bankruptcy': g })).toEqual([expect.stringMatching(/general advice only/)]);
  });

  test('generic profiles are checked as the schema says too', () => {
    expect(ProfileSchema.safeParse(GENERIC_PROFILES.bankruptcy).success).toBe(true);
    expect(ProfileSchema.safeParse(GENERIC_PROFILES.district).success).toBe(true);
  });
});
