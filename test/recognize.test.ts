// The cross-matrix: every fixture is its own screen and no other, for its
// court, with its target. Failure messages name the fixture and the screen
// module to fix (src/recognize/screens/<id>.ts).
import { describe, expect, test } from 'vitest';
import { matchingScreens, recognize, SCREEN_IDS, toJson, type ScreenId } from '../src/recognize';
import { domOf, loadFixtures, SEED_COURTS } from './support/fixtures';

const fixtures = loadFixtures();

function fix(id: string): string {
  return id === 'unknown' ? 'every screen module it matched' : `src/recognize/screens/${id}.ts`;
}

describe.each(fixtures)('$name', (f) => {
  test(`is ${f.screen} and no other screen`, () => {
    const doc = domOf(f);
    const matched = matchingScreens(doc, f.url);
    const expected = f.screen === 'unknown' ? [] : [f.screen];
    const missing = expected.filter((s) => !matched.includes(s));
    const extra = matched.filter((s) => s !== f.screen);
    const why = [
      ...missing.map((s) => `${f.name} should be ${s} but ${fix(s)} does not match it`),
      ...extra.map((s) => `${f.name} is ${f.screen} but ${fix(s)} also matches it`),
    ];
    expect(why, why.join('\n')).toEqual([]);
  });

  test(`court ${f.court} and target ${f.target ? JSON.stringify(f.target.label) : 'none'}`, () => {
    const doc = domOf(f);
    const r = recognize(doc, f.url);
    expect(r.screen, `${f.name}: screen`).toBe(f.screen);
    expect(r.court, `${f.name}: court (from host, pscCourtId, appurl or the branded name)`).toBe(f.court);
    if (!f.target) {
      expect(r.target, `${f.name}: ${f.screen} has no action, but ${fix(f.screen)} returned a target`).toBeNull();
      return;
    }
    const want = doc.querySelectorAll(f.target.selector);
    expect(want.length, `${f.name}: the fixture's own selector must match one element`).toBe(1);
    expect(r.target === want[0], `${f.name}: ${fix(f.screen)} targets ${r.target ? toJson(r).target?.selector : 'nothing'}, not ${f.target.selector}`).toBe(true);
    const json = toJson(r);
    expect(json.flags, `${f.name}: flags (src/recognize/flags.ts)`).toEqual(f.flags);
    expect(json.target?.label, `${f.name}: label of the target`).toBe(f.target.label);
    // The selector we print finds exactly that element again.
    const again = doc.querySelectorAll(json.target!.selector);
    expect(again.length === 1 && again[0] === r.target, `${f.name}: printed selector ${json.target!.selector} is not unique to the target`).toBe(true);
  });
});

describe('coverage of the fixtures', () => {
  test('every screen id has fixtures from at least two different courts', () => {
    const thin: string[] = [];
    for (const id of SCREEN_IDS) {
      const mine = fixtures.filter((f) => f.screen === id);
      const courts = new Set(mine.map((f) => f.court ?? `null:${f.name}`));
      if (id === 'unknown' ? mine.length < 2 : courts.size < 2) thin.push(`${id}: ${mine.map((f) => f.name).join(', ') || 'none'}`);
    }
    expect(thin, `screens short of fixtures:\n${thin.join('\n')}`).toEqual([]);
  });

  // The screens each seed court's guide walks through (../shared/seeds).
  const SEED_FLOWS: Record<(typeof SEED_COURTS)[number], ScreenId[]> = {
    ctb: ['court-website', 'court-login', 'upgrade-choice', 'linking-instructions', 'pacer-login', 'cmecf-unlinked', 'utilities-menu', 'link-form', 'link-confirm', 'link-pending-error', 'link-success', 'cmecf-linked'],
    nynb: ['ecf-entry', 'pacer-login', 'cmecf-unlinked', 'utilities-menu', 'nextgen-menu', 'link-form', 'link-confirm', 'link-success', 'cmecf-linked'],
    gasb: ['ecf-entry', 'pacer-login', 'redaction-ack', 'court-chooser', 'cmecf-unlinked', 'utilities-menu', 'link-form', 'link-confirm', 'link-success', 'cmecf-linked'],
    mnd: ['ecf-entry', 'pacer-login', 'cmecf-unlinked', 'utilities-menu', 'nextgen-menu', 'link-form', 'link-confirm', 'link-success', 'cmecf-linked'],
    cacb: ['ecf-entry', 'pacer-login', 'cmecf-unlinked', 'utilities-menu', 'nextgen-menu', 'link-form', 'link-confirm', 'link-success', 'cmecf-linked'],
  };

  test.each(SEED_COURTS)('%s: the whole path of its guide is covered, in order', (court) => {
    const flow = fixtures.filter((f) => f.group === court).map((f) => f.screen);
    const missing = SEED_FLOWS[court].filter((s) => !flow.includes(s));
    expect(missing, `test/fixtures/${court} lacks pages for: ${missing.join(', ')}`).toEqual([]);
    const order = SEED_FLOWS[court].map((s) => flow.indexOf(s));
    expect(order, `test/fixtures/${court}/pages.json is not in the guide's order`).toEqual([...order].sort((a, b) => a - b));
  });

  test('every reconstructed page says so on its first line', async () => {
    const { readFileSync } = await import('node:fs');
    const silent = fixtures.filter(
      (f) => f.source.startsWith('reconstructed') && !/^\s*<!--\s*reconstructed from/i.test(readFileSync(f.path, 'utf8')),
    );
    expect(silent.map((f) => f.name)).toEqual([]);
  });
});
