import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allCourts, courtById, courtByPacerName, courtByPsc } from '../src/courts/courts';
import { classifyHost } from '../src/recognize/context';

const directory: Array<{ cmecf_id: string; court_type: string; psc_court_id: string; location: string }> = JSON.parse(
  readFileSync(new URL('../src/courts/federal-courts.json', import.meta.url), 'utf8'),
);

describe('court directory', () => {
  test('the compact table is a fresh generation from federal-courts.json', () => {
    const fresh = execFileSync(process.execPath, ['scripts/gen-courts.mjs', '--print'], { encoding: 'utf8' });
    const committed = readFileSync(new URL('../src/courts/table.generated.ts', import.meta.url), 'utf8');
    expect(committed, 'run: node scripts/gen-courts.mjs').toBe(fresh);
  });

  test('all 94 district and 94 bankruptcy courts, with the PSC codes of the directory', () => {
    const courts = allCourts();
    expect(courts.filter((c) => c.type === 'district')).toHaveLength(94);
    expect(courts.filter((c) => c.type === 'bankruptcy')).toHaveLength(94);
    for (const row of directory) {
      const c = courtById(row.cmecf_id);
      expect(c?.psc, row.cmecf_id).toBe(row.psc_court_id);
      expect(c?.type, row.cmecf_id).toBe(row.court_type);
      expect(courtByPsc(row.psc_court_id)?.id, row.psc_court_id).toBe(row.cmecf_id);
    }
  });

  test.each([
    ['ctb', 'Connecticut Bankruptcy Court'],
    ['nynb', 'New York Northern Bankruptcy Court'],
    ['gasb', 'Georgia Southern Bankruptcy Court'],
    ['mnd', 'Minnesota District Court'],
    ['cacb', 'California Central Bankruptcy Court'],
    ['almd', 'Alabama Middle District Court'],
    ['dcd', 'District of Columbia District Court'],
    ['nmid', 'Northern Mariana Islands District Court'],
  ])('%s is branded "%s" on the PACER login, and back', (id, name) => {
    expect(courtById(id)?.pacerName).toBe(name);
    expect(courtByPacerName(name.toUpperCase())?.id).toBe(id);
  });

  test('every court has a distinct PACER name', () => {
    const names = allCourts().map((c) => c.pacerName);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(['E_CTBK', 'ctbk', ' MNDC '])('court chooser and PSC forms: %s', (code) => {
    expect(courtByPsc(code)).toBeDefined();
  });

  test.each(['', 'CTB', 'XXBK', 'CTBKK', 'CA1', '01CA', 'E_', 'CTDC ; drop'])('not a court code: %j', (code) => {
    expect(courtByPsc(code)).toBeUndefined();
  });
});

describe('hosts: anchored, https only, courts of the directory only', () => {
  test.each([
    ['https://ecf.ctb.uscourts.gov/cgi-bin/login.pl', 'ecf', 'ctb'],
    ['https://ECF.CTB.USCOURTS.GOV/', 'ecf', 'ctb'],
    ['https://ecf-train.ctb.uscourts.gov/', 'ecf', 'ctb'],
    ['https://www.mnd.uscourts.gov/', 'website', 'mnd'],
    ['https://pacer.login.uscourts.gov/csologin/login.jsf', 'login', null],
    ['https://train-login.uscourts.gov/csologin/login.jsf', 'login', null],
  ])('%s is %s (%s)', (url, kind, court) => {
    expect(classifyHost(new URL(url))).toEqual([kind, court]);
  });

  test.each([
    'https://ecf.ctb.uscourts.gov.evil.example/cgi-bin/login.pl',
    'https://ecf.ctb.uscourts.gov.example.com/',
    'https://evil.example/ecf.ctb.uscourts.gov/',
    'https://ecf.ctb.uscourts.gov@evil.example/',
    'https://ecfxctb.uscourts.gov/',
    'https://ecf.ctb.uscourts.govx/',
    'https://xecf.ctb.uscourts.gov/',
    'https://ecf.ca1.uscourts.gov/',
    'https://ecf.zzb.uscourts.gov/',
    'https://www.uscourts.gov/',
    'https://pacer.uscourts.gov/',
    'https://pacer.login.uscourts.gov.evil.example/csologin/login.jsf',
    'https://login.uscourts.gov/',
    'http://ecf.ctb.uscourts.gov/',
    'http://pacer.login.uscourts.gov/csologin/login.jsf',
    'https://ecf.ctb.uscourts.gov:8443/',
    'file:///ecf.ctb.uscourts.gov/',
  ])('%s is not a court page', (url) => {
    expect(classifyHost(new URL(url))).toEqual(['other', null]);
  });
});
