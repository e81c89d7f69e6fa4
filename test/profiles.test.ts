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

  test('only ctb asks for CM/ECF credentials at a login (seed 000 step 3); all others PACER ones', () => {
    for (const [court, p] of Object.entries(SEED_PROFILES)) {
      const cmecf = p.steps.filter((s) => s.credentials === 'cmecf').map((s) => s.screens);
      expect(cmecf, court).toEqual(court === 'ctb' ? [['court-login']] : []);
    }
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
    ['an instruction left empty', (p: any) => (p.steps[3].instruction = ''), /^profile ctb: steps\.3\.instruction: /],
    ['an unknown screen', (p: any) => (p.steps[2].screens = ['court-logon']), /^profile ctb: steps\.2\.screens\.0: /],
    ['a contact with a bad email', (p: any) => (p.contacts[0] = { label: 'Help', email: 'not-an-email' }), /^profile ctb: contacts\.0\.email: /],
    ['a plain-http link', (p: any) => (p.links[0].url = 'http://pacer.uscourts.gov/'), /^profile ctb: links\.0\.url: must be an https:\/\/ address/],
    ['a duplicate step id', (p: any) => (p.steps[1].id = p.steps[0].id), /^profile ctb: steps\.1\.id: duplicate step id/],
    ['no final linked step', (p: any) => (p.steps = p.steps.filter((s: any) => !s.screens.includes('cmecf-linked'))), /^profile ctb: steps: the last step must be on cmecf-linked/],
    ['a fallback instruction without its title', (p: any) => delete p.steps.find((s: any) => s.fallbackTitle).fallbackTitle, /^profile ctb: steps\.\d+\.fallbackTitle: fallbackInstruction and fallbackTitle go together/],
    ['an unknown field', (p: any) => (p.steps[0].instructions = 'typo'), /^profile ctb: steps\.0: Unrecognized key/],
  ])('%s', (_name, change, message) => {
    const errors = broken(change);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  test('generic profiles are checked as the schema says too', () => {
    expect(ProfileSchema.safeParse(GENERIC_PROFILES.bankruptcy).success).toBe(true);
    expect(ProfileSchema.safeParse(GENERIC_PROFILES.district).success).toBe(true);
  });
});
