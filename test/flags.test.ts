// The shared-firm-account flag and the username hints (issue 4), as rules.
// The same rules over whole pages: test/fixtures/traps (cross-matrix).
import { describe, expect, test } from 'vitest';
import { looksLikeOrganisation, nameFlags, sameName, usernameFlags } from '../src/recognize/flags';

describe('a PACER account name that reads as an organisation', () => {
  test.each([
    'Smith & Jones LLP',
    'Smith &amp Jones',
    'Doe LLC',
    'Doe, L.L.C.',
    'Roe Law, P.C.',
    'Roe, PLLC',
    'Roe & Roe, P.A.',
    'The Roe Law Firm',
    'Law Offices of Jane Roe',
    'Law Office of Jane Roe',
    'Roe & Associates',
    'Roe and Associates',
    'Roe Legal Group',
    'Roe Group',
    'Smith and Jones',
    'Acme Corp.',
    'Roe Partners',
  ])('%s is flagged', (name) => {
    expect(looksLikeOrganisation(name)).toBe(true);
    expect(nameFlags({ cmecf: name, pacer: name })).toContain('shared-firm-account');
  });

  test.each(['Andrea Sandoval', 'Alexander Anderson', 'Brandon Landry', 'Rolanda Andrews', 'Jane Q. Attorney', 'Mary Ann Grant', 'Pa Vang', 'Corinne Cole'])(
    '%s, an individual whose name merely contains "and" or such letters, is not',
    (name) => {
      expect(looksLikeOrganisation(name)).toBe(false);
      expect(nameFlags({ cmecf: name, pacer: name })).toEqual([]);
    },
  );

  test('a name firm IT listed as shared is flagged whatever it looks like', () => {
    expect(nameFlags({ cmecf: 'Jane Roe', pacer: 'Jane Roe' }, ['  jane roe '])).toEqual(['shared-firm-account']);
  });
});

describe('the CM/ECF and PACER names of one person', () => {
  test.each([
    ['John Q. Attorney', 'John Attorney'],
    ['Robert J. Anderson', 'Robert Anderson, Esq.'],
    ['ROBERT ANDERSON', 'robert anderson'],
    ['R. Anderson', 'Robert Anderson'],
    ['Jane Roe Jr.', 'Jane Roe'],
  ])('%s = %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(nameFlags({ cmecf: a, pacer: b })).not.toContain('name-mismatch');
  });

  test.each([
    ['Jane Q. Attorney', 'John R. Paralegal'],
    ['Jane Roe', 'Jane Doe'],
    ['Jane Roe', 'Mary Roe'],
  ])('%s ≠ %s: name-mismatch', (a, b) => {
    expect(nameFlags({ cmecf: a, pacer: b })).toEqual(['name-mismatch']);
  });
});

describe('usernames typed at a login (read in memory, compared, forgotten)', () => {
  test.each(['ct12345', 'CT00042', 'user12345', 'aty12345', 'phv12345'])('%s on the PACER login: a CM/ECF username, hinted', (u) => {
    expect(usernameFlags(u, 'pacer', 'ctb')).toEqual(['cmecf-username-on-pacer-login']);
    expect(usernameFlags(u, 'cmecf', 'ctb'), 'right on a CM/ECF login').toEqual([]);
  });

  test.each(['1234567', ' 7654321 '])('%s on the court-branded login that wants CM/ECF: a PACER username, hinted', (u) => {
    expect(usernameFlags(u, 'cmecf', 'ctb')).toEqual(['pacer-username-on-cmecf-login']);
    expect(usernameFlags(u, 'pacer', 'ctb'), 'right on the PACER login').toEqual([]);
  });

  test.each(['jqattorney', '123456', '12345678', 'ct1', 'jane.roe@example.com', ''])('%s: no hint', (u) => {
    expect(usernameFlags(u, 'pacer', 'ctb')).toEqual([]);
    expect(usernameFlags(u, 'cmecf', 'ctb')).toEqual([]);
  });

  test('a username firm IT listed as shared, any case: the shared-account flag', () => {
    expect(usernameFlags('FirmPacer1', 'pacer', 'ctb', { sharedUsernames: ['firmpacer1'] })).toEqual(['shared-firm-account']);
    expect(usernameFlags('firmpacer2', 'pacer', 'ctb', { sharedUsernames: ['firmpacer1'] })).toEqual([]);
  });

  test('with the hint turned off, shapes are not judged; a listed shared username still is', () => {
    expect(usernameFlags('ct12345', 'pacer', 'ctb', { hint: false })).toEqual([]);
    expect(usernameFlags('ct12345', 'pacer', 'ctb', { hint: false, sharedUsernames: ['ct12345'] })).toEqual(['shared-firm-account']);
  });

  test('no hint where the page does not say which credentials it wants', () => {
    expect(usernameFlags('ct12345', undefined, 'ctb')).toEqual([]);
  });
});
