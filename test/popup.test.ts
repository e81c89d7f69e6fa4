// @vitest-environment jsdom
// The popup's words and marks, and the settings it links to: pure helpers
// over real profiles, and the components rendered in jsdom where what
// matters is the markup (aria-current, role="alert", text never HTML).
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { numberOf } from '../src/guide/decide';
import { flagWarnings } from '../src/guide/flag-words';
import type { StatusReply } from '../src/messages';
import { DEFAULT_SETTINGS, lines, parseSettings, readSettings, SETTINGS_KEY, writeSettings } from '../src/options/settings';
import { profileFor } from '../src/profiles';
import {
  checklist,
  contactLinks,
  COURT_OPTIONS,
  flagTexts,
  guideActions,
  normalizeCapture,
  normalizeStatus,
  overrides,
  recognisedLine,
  stateLine,
} from '../src/popup/model';

// The capture component asks the background through ./api: answered here.
const answer = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../src/popup/api', () => ({ ask: async () => answer.value }));
const { Capture } = await import('../src/popup/Capture');
const { Checklist } = await import('../src/popup/Checklist');
const { Flags } = await import('../src/popup/Flags');

/** A StatusReply as the background builds it, from the court's real profile. */
function statusFor(court: string, over: Partial<StatusReply> = {}): StatusReply {
  const p = profileFor(court)!;
  return {
    court,
    courtName: p.name,
    active: false,
    done: false,
    stopped: false,
    current: null,
    steps: p.steps.map((s) => ({ id: s.id, title: s.words[0]!.title, number: numberOf(p, s), branch: !!s.branch, optional: !!s.optional, reached: false })),
    ready: p.ready,
    contacts: p.contacts,
    links: p.links,
    notes: p.notes,
    troubleshooting: p.troubleshooting,
    flags: [],
    tab: null,
    ...over,
  };
}

const reach = (s: StatusReply, ids: string[]) => ({ ...s, steps: s.steps.map((x) => ({ ...x, reached: ids.includes(x.id) })) });

describe('settings', () => {
  const area = (stored: unknown) => ({ get: async (k: string) => (k === SETTINGS_KEY && stored !== undefined ? { [k]: stored } : {}) });

  test('nothing stored: the defaults, the username hint on', async () => {
    expect(await readSettings(area(undefined))).toEqual({ sharedUsernames: [], sharedAccountNames: [], usernameHint: true });
    expect(DEFAULT_SETTINGS.usernameHint).toBe(true);
  });

  test.each<[string, unknown]>([
    ['a string', 'smith'],
    ['a number', 42],
    ['null', null],
    ['an array', ['smith']],
    ['fields of the wrong type', { sharedUsernames: 'smith', sharedAccountNames: 7, usernameHint: 'no' }],
    ['lists with a non-string in them', { sharedUsernames: ['smith', 3], sharedAccountNames: [null], usernameHint: 0 }],
  ])('garbage (%s): every wrong field falls back to its default', async (_what, stored) => {
    expect(await readSettings(area(stored))).toEqual({ sharedUsernames: [], sharedAccountNames: [], usernameHint: true });
  });

  test('each field on its own: a good one is kept beside a bad one', async () => {
    expect(await readSettings(area({ sharedUsernames: ['Firm1'], sharedAccountNames: 'x', usernameHint: false }))).toEqual({
      sharedUsernames: ['firm1'],
      sharedAccountNames: [],
      usernameHint: false,
    });
  });

  test('storage that throws: the defaults, no exception', async () => {
    const broken = { get: async () => Promise.reject(new Error('no storage')) };
    expect(await readSettings(broken)).toEqual(parseSettings(undefined));
  });

  test('usernames trimmed and lower-cased, names trimmed; empty lines and repeats dropped', () => {
    expect(
      parseSettings({
        sharedUsernames: lines('  SmithFirm \n\n smithfirm\r\nJonesLLP\n   '),
        sharedAccountNames: lines('Smith &  Jones LLP \n\n  Smith & Jones LLP'),
      }),
    ).toEqual({ sharedUsernames: ['smithfirm', 'jonesllp'], sharedAccountNames: ['Smith & Jones LLP'], usernameHint: true });
  });

  test('written normalised, under the settings key, and read back the same', async () => {
    let stored: Record<string, unknown> = {};
    const a = { get: async (k: string) => ({ [k]: stored[k] }), set: async (x: Record<string, unknown>) => void (stored = { ...stored, ...x }) };
    const written = await writeSettings({ sharedUsernames: [' A ', ''], sharedAccountNames: ['B'], usernameHint: false }, a);
    expect(Object.keys(stored)).toEqual(['settings']);
    expect(written).toEqual({ sharedUsernames: ['a'], sharedAccountNames: ['B'], usernameHint: false });
    expect(await readSettings(a)).toEqual(written);
  });
});

describe('flags', () => {
  test('the overlay’s very sentences with their sources, the most serious first, unknown ids dropped', () => {
    const got = flagTexts(['cmecf-username-on-pacer-login', 'bogus', 'shared-firm-account', 'shared-firm-account'], 'ctb');
    expect(got.map((g) => g.flag)).toEqual(['shared-firm-account', 'cmecf-username-on-pacer-login']);
    for (const g of got) expect(g.words).toEqual(flagWarnings(g.flag, 'ctb'));
    expect(got[0]!.words[0]!.text).toBe(
      'This looks like a shared firm PACER account. Do not link it: the link is permanent. Log in with your own individual PACER account instead.',
    );
    expect(got[0]!.words[0]!.source.kind).toBe('general');
    // The ctb-only hint rests on ctb's guide: on another court it is not said at all.
    expect(flagTexts(['cmecf-username-on-pacer-login'], 'nynb')).toEqual([]);
    // nynb's own step 2 follows the general sentence, labelled as the court's.
    expect(flagTexts(['shared-firm-account'], 'nynb')[0]!.words.map((w) => w.source.kind)).toEqual(['general', 'court']);
  });

  test('rendered as one alert on top, every warning in it, each sentence with its source', () => {
    const el = document.createElement('div');
    render(h(Flags, { flags: ['name-mismatch', 'cmecf-username-on-pacer-login'], court: 'ctb' }), el);
    expect(el.querySelectorAll('[role="alert"]')).toHaveLength(1);
    for (const f of ['name-mismatch', 'cmecf-username-on-pacer-login'] as const) {
      for (const w of flagWarnings(f, 'ctb')) expect(el.textContent).toContain(w.text);
    }
    // Every sentence carries its tag: the court's words quoted and named, the rest general advice.
    expect(el.querySelectorAll('.said').length).toBe(flagWarnings('name-mismatch', 'ctb').length + flagWarnings('cmecf-username-on-pacer-login', 'ctb').length);
    expect(el.querySelector('.said.from-court')?.getAttribute('title')).toMatch(/Connecticut Bankruptcy Court guide/);
    render(h(Flags, { flags: [], court: 'ctb' }), el);
    expect(el.innerHTML).toBe('');
  });
});

describe('the status from the background', () => {
  test('an older reply (before issue 4) gets every field the popup reads', () => {
    const old = { court: 'ctb', courtName: 'X', active: true, done: false, current: 'open-utilities', steps: statusFor('ctb').steps };
    const s = normalizeStatus(old)!;
    expect(s).toMatchObject({ court: 'ctb', stopped: false, ready: [], contacts: [], links: [], notes: [], troubleshooting: [], flags: [], tab: null });
    expect(stateLine(s)).toBe('Guiding you: step 6 of 11, Click Utilities.');
  });

  test('not a status at all: null; unknown flags dropped', () => {
    for (const x of [null, undefined, 'ok', 42, {}, { court: 'ctb' }, { steps: [] }]) expect(normalizeStatus(x)).toBeNull();
    expect(normalizeStatus({ ...statusFor('ctb'), flags: ['name-mismatch', 'evil'] })!.flags).toEqual(['name-mismatch']);
  });

  test('the state line: guiding, off, linked', () => {
    const s = statusFor('ctb');
    expect(stateLine(s)).toBe('The guide is off for this court.');
    expect(stateLine({ ...s, active: true })).toMatch(/^Guiding you: open this court’s E-Filing \(CM\/ECF\) page/);
    expect(stateLine({ ...s, active: true, current: 'log-in-pacer' })).toBe('Guiding you: step 5 of 11, Log in with your PACER username and password.');
    // A title ending in a closing quote gets no second full stop after it.
    expect(stateLine({ ...s, active: true, current: 'open-link-utility' })).toBe('Guiding you: step 7 of 11, Click “Link a CM/ECF account to my PACER account”.');
    expect(stateLine({ ...s, done: true })).toBe('Your accounts are linked for this court.');
    expect(guideActions(s)).toEqual(['start']);
    expect(guideActions({ ...s, active: true })).toEqual(['restart', 'stop']);
  });
});

describe('the checklist', () => {
  test('ctb: the 11 main steps in order, branches left out', () => {
    const items = checklist(statusFor('ctb'));
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(items.map((i) => i.id)).not.toContain('accept-redaction-notice');
    expect(items.every((i) => i.branch === null)).toBe(true);
    expect(items.map((i) => i.mark)).toEqual(['todo', 'todo', 'optional', 'optional', 'optional', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });

  test('reached ones ticked, the current one marked', () => {
    const s = reach({ ...statusFor('ctb'), active: true, current: 'open-utilities' }, ['open-court-website', 'log-in-cmecf', 'open-utilities']);
    const marks = Object.fromEntries(checklist(s).map((i) => [i.id, i.mark]));
    // Steps 3–5 (optional: seed 000 step 4 says they may not appear) were passed by: "may not appear", never missed.
    expect(marks).toMatchObject({
      'open-court-website': 'done',
      'log-in-cmecf': 'done',
      'choose-upgraded-account': 'optional',
      'follow-linking-instructions': 'optional',
      'log-in-pacer': 'optional',
      'open-utilities': 'current',
      'open-link-utility': 'todo',
    });
    // A step the guide does not call optional, passed by, is skipped.
    const missed = reach({ ...statusFor('nynb'), active: true, current: 'open-utilities' }, ['open-utilities']);
    expect(Object.fromEntries(checklist(missed).map((i) => [i.id, i.mark]))).toMatchObject({ 'open-document-filing-system': 'skipped', 'log-in-pacer': 'skipped' });
  });

  test('rendered: an optional step ahead may not appear; one passed by did not, and that is fine', () => {
    const el = document.createElement('div');
    const optionalLi = () => [...el.querySelectorAll('ol.checklist > li')].find((x) => x.textContent!.includes('Choose the upgraded PACER account option'))!;
    render(h(Checklist, { status: reach({ ...statusFor('ctb'), active: true, current: 'log-in-cmecf' }, ['log-in-cmecf']) }), el);
    expect(optionalLi().textContent).toContain('May not appear');
    expect(optionalLi().querySelector('.sr-only')!.textContent).toMatch(/may not appear/);
    render(h(Checklist, { status: reach({ ...statusFor('ctb'), active: true, current: 'open-utilities' }, ['log-in-cmecf', 'open-utilities']) }), el);
    expect(optionalLi().textContent).toContain('Did not appear: fine');
    expect(optionalLi().textContent).not.toMatch(/skipped/i);
  });

  test('a current branch step shows under its number, and only then', () => {
    const s = { ...statusFor('ctb'), active: true, current: 'pending-registration-request' };
    const items = checklist(s);
    const withBranch = items.filter((i) => i.branch);
    expect(withBranch).toHaveLength(1);
    expect(withBranch[0]).toMatchObject({ id: 'confirm-link', number: 9, branch: { id: 'pending-registration-request' } });
    expect(items.some((i) => i.mark === 'current')).toBe(false);
  });

  test('linked: every step ticked, but the optional ones not shown', () => {
    const ticked = (s: StatusReply) => checklist(s).every((i) => i.mark === (s.steps.find((x) => x.id === i.id)!.optional ? 'optional' : 'done'));
    expect(ticked({ ...statusFor('ctb'), done: true })).toBe(true);
    expect(ticked({ ...statusFor('ctb'), done: true, current: 'filing-menus-shown' })).toBe(true);
    expect(checklist({ ...statusFor('nynb'), done: true }).every((i) => i.mark === 'done')).toBe(true);
    expect(checklist({ ...statusFor('ctb'), done: true, current: 'menus-missing' }).every((i) => i.branch === null)).toBe(true);
  });

  test('rendered: aria-current on the current step only, words for the ticks', () => {
    const el = document.createElement('div');
    const s = reach({ ...statusFor('ctb'), active: true, current: 'log-in-cmecf' }, ['open-court-website']);
    render(h(Checklist, { status: s }), el);
    const lis = el.querySelectorAll('ol.checklist > li');
    expect(lis).toHaveLength(11);
    const current = el.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.textContent).toContain('Not linked yet: log in with your CM/ECF username');
    expect(lis[0]!.querySelector('.sr-only')!.textContent).toMatch(/Step 1, done/);
    expect(lis[0]!.querySelector('.marker')!.getAttribute('aria-hidden')).toBe('true');
    // The branch, when current, is the one marked.
    render(h(Checklist, { status: { ...s, current: 'accept-redaction-notice' } }), el);
    const marked = el.querySelectorAll('[aria-current="step"]');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.closest('ol > li')!.textContent).toContain('Log in with your PACER username and password');
  });
});

describe('the court directory and the test overrides', () => {
  test('all 188 courts, by state, the state first in each label', () => {
    expect(COURT_OPTIONS).toHaveLength(188);
    expect(new Set(COURT_OPTIONS.map((c) => c.id)).size).toBe(188);
    const states = COURT_OPTIONS.map((c) => c.label.split(' – ')[0]!);
    expect(states).toEqual(states.slice().sort((a, b) => a.localeCompare(b)));
    expect(COURT_OPTIONS.find((c) => c.id === 'ctb')!.label).toMatch(/^Connecticut – United States Bankruptcy Court/);
  });

  test('?court= and ?tab= only when they are a court of the directory and a tab id', () => {
    expect(overrides('?court=ctb&tab=12')).toEqual({ court: 'ctb', tab: 12 });
    expect(overrides('?court=CTB')).toEqual({ court: 'ctb', tab: null });
    expect(overrides('?court=ca9&tab=x')).toEqual({ court: null, tab: null });
    expect(overrides('')).toEqual({ court: null, tab: null });
  });
});

describe('help links', () => {
  test('mail, phone and web, each as its link', () => {
    expect(contactLinks({ label: 'PSC', email: 'pacer@psc.uscourts.gov', phone: '(800) 676-6856', url: 'https://pacer.uscourts.gov/contact-us' })).toEqual([
      { kind: 'email', href: 'mailto:pacer@psc.uscourts.gov', text: 'pacer@psc.uscourts.gov' },
      { kind: 'phone', href: 'tel:8006766856', text: '(800) 676-6856' },
      { kind: 'web', href: 'https://pacer.uscourts.gov/contact-us', text: 'pacer.uscourts.gov/contact-us' },
    ]);
    expect(contactLinks({ label: 'x', url: 'javascript:alert(1)' })).toEqual([]);
  });
});

describe('the capture for testers', () => {
  afterEach(() => {
    answer.value = null;
  });

  test('the file name is made safe; no html, no capture', () => {
    expect(normalizeCapture({ html: '<p>', url: '', screen: 'link-form', court: 'ctb', filename: '../../etc/passwd' })!.filename).toBe('etc-passwd.html');
    expect(normalizeCapture({ html: '<p>', screen: 'link-form', court: 'ctb', filename: 'ctb-link-form.html' })!.filename).toBe('ctb-link-form.html');
    expect(normalizeCapture({ html: '', filename: 'x.html' })).toBeNull();
    expect(normalizeCapture(null)).toBeNull();
    expect(recognisedLine({ screen: 'link-form', court: 'ctb' })).toBe('Recognised as link-form (ctb)');
  });

  async function press(el: HTMLElement, name: RegExp) {
    const b = [...el.querySelectorAll('button')].find((x) => name.test(x.textContent ?? ''));
    if (!b) throw new Error(`no button ${name}`);
    await act(async () => {
      b.click();
      await new Promise((r) => setTimeout(r, 0));
    });
  }

  test('the preview shows the page as text, never as HTML', async () => {
    const html = '<!-- saved from url=(0040)https://ecf.ctb.uscourts.gov/ --><html><body><b id="bold">x</b><img src=x onerror="window.pwned=1"></body></html>';
    answer.value = { html, url: 'https://ecf.ctb.uscourts.gov/', screen: 'link-form', court: 'ctb', filename: 'ctb-link-form.html' };
    const el = document.createElement('div');
    document.body.append(el);
    await act(() => render(h(Capture, { tabId: 7 }), el));
    await press(el, /save this page/i);
    const pre = el.querySelector('pre')!;
    expect(pre.textContent).toBe(html);
    expect(pre.children).toHaveLength(0);
    expect(el.querySelector('#bold, img')).toBeNull();
    expect(el.textContent).toContain('Recognised as link-form (ctb)');
    expect(el.textContent).toMatch(/typed values, names, usernames and case numbers were removed/i);
    expect(document.activeElement?.id).toBe('preview-h');
    await press(el, /cancel/i);
    expect(el.querySelector('pre')).toBeNull();
    expect(document.activeElement?.textContent).toMatch(/save this page/i);
    el.remove();
  });

  test('a page that does not answer: a sentence, not a stack trace', async () => {
    answer.value = undefined;
    const el = document.createElement('div');
    await act(() => render(h(Capture, { tabId: 7 }), el));
    await press(el, /save this page/i);
    expect(el.querySelector('[role="alert"]')!.textContent).toMatch(/did not answer, so nothing was copied/);
  });
});

const { HaveReady, Help } = await import('../src/popup/Info');
const { sourceTag } = await import('../src/popup/model');

describe('whose words (issue 12, item 4)', () => {
  test('ctb: its own words tagged with the guide’s part, the rest general advice; quotes in quotation marks', () => {
    const el = document.createElement('div');
    render(h(HaveReady, { ready: statusFor('ctb').ready }), el);
    const items = [...el.querySelectorAll('ul.ready li')];
    const seven = items.find((li) => li.textContent!.includes('7 digits'))!;
    expect(seven.querySelector('.said.from-court')!.textContent).toContain('Court’s guide, introduction');
    expect(seven.querySelector('.quote')!.textContent).toBe('“Upgraded PACER usernames are usually 7 digits long.”');
    expect(items.filter((li) => li.querySelector('.said.from-general')).length).toBe(1);
  });

  test('nynb: no ctb advice under its name; its own words tagged with its steps', () => {
    const el = document.createElement('div');
    const s = statusFor('nynb');
    render(h('div', null, h(HaveReady, { ready: s.ready }), h(Help, { status: s })), el);
    expect(el.textContent).not.toMatch(/7 digits|request be rejected|shut down the browser/);
    expect([...el.querySelectorAll('.said.from-court')].map((x) => x.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('Court’s guide, step 2')]));
  });

  test('the troubleshooting list: ctb’s own (step 12), others general, opened on the menus-missing branch', () => {
    const el = document.createElement('div');
    render(h(Help, { status: { ...statusFor('ctb'), active: true, current: 'menus-missing' } }), el);
    const trouble = el.querySelector('details.trouble') as HTMLDetailsElement;
    expect(trouble.open).toBe(true);
    expect(trouble.textContent).toContain('Log out, shut down the browser, then..');
    expect([...trouble.querySelectorAll('.said')].every((x) => x.classList.contains('from-court') && /step 12/.test(x.textContent!))).toBe(true);
    render(h(Help, { status: statusFor('gasb') }), el);
    const other = el.querySelector('details.trouble') as HTMLDetailsElement;
    expect(other.open).toBe(false);
    expect([...other.querySelectorAll('.said')].every((x) => x.classList.contains('from-general'))).toBe(true);
  });

  test('a contact is labelled by what the guide says it is for, not by the extension', () => {
    const el = document.createElement('div');
    render(h(Help, { status: statusFor('ctb') }), el);
    const help = [...el.querySelectorAll('.contacts li')].find((li) => li.textContent!.includes('ctb_ecf_help'))!;
    expect(help.querySelector('.who')!.textContent).toBe('Connecticut Bankruptcy Court CM/ECF helpdesk');
    expect(help.querySelector('.about')!.textContent).toContain('“If you forgot your CM/ECF Username, please contact our helpdesk”');
  });

  test('a tag names the step, or the introduction; a part of the guide named otherwise only in its title', () => {
    const ctb = (step: string) => sourceTag({ kind: 'court', court: 'ctb', guide: 'seeds/000_8417814b27c57c2d.txt', step });
    expect(ctb('10').short).toBe('Court’s guide, step 10');
    expect(ctb('5 (linking instructions, item 3)').short).toBe('Court’s guide, step 5');
    expect(ctb('introduction').short).toBe('Court’s guide, introduction');
    expect(ctb('“Forgot your usernames/passwords?”, above step 1')).toMatchObject({
      short: 'Court’s guide',
      long: 'What the court says: Connecticut Bankruptcy Court guide, “Forgot your usernames/passwords?”, above step 1',
    });
  });

  test('a tag from a reply without a source, or a forged one, says general advice', () => {
    expect(sourceTag(undefined).kind).toBe('general');
    expect(sourceTag({ kind: 'court' } as never).kind).toBe('general');
    expect(normalizeStatus({ ...statusFor('ctb'), ready: ['plain string', { text: 'x', source: { kind: 'court' } }] })!.ready.map((r) => r.source.kind)).toEqual(['general', 'general']);
  });
});

describe('the pending-error contact (src/background/handle.ts)', () => {
  test('the court itself, marked general advice; never the help desk the guide gives for forgotten usernames', async () => {
    vi.doMock('wxt/browser', () => ({ browser: {} }));
    const { contactLine } = await import('../src/background/handle');
    const ctb = contactLine(profileFor('ctb')!)!;
    expect(ctb.text).toBe('Who to contact: U.S. Bankruptcy Court, District of Connecticut (court website), https://www.ctb.uscourts.gov/.');
    expect(ctb.text).not.toMatch(/forgotten/i);
    expect(ctb.source.kind).toBe('general');
    expect(contactLine(profileFor('akb')!)!.text).toMatch(/^Who to contact: United States Bankruptcy Court, D\. Alaska \(court website\)/);
  });
});
