// Issue 10 items 4 and 5: who may tell the background what, and with which
// values. Crafted senders and messages against src/background/trust.ts (the
// gate entrypoints/background.ts puts before every message) and against
// the background's handling behind it (a stand-in browser): every kind of
// refusal, each beside a control that is accepted, so a refusal is the
// check's doing.
import { beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const state = { session: {} as Record<string, unknown>, local: {} as Record<string, unknown>, badges: [] as Array<{ tabId: number; text: string }> };
  const area = (store: () => Record<string, unknown>) => ({
    get: async (k?: string) => (k === undefined ? { ...store() } : k in store() ? { [k]: store()[k] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(store(), items),
  });
  const browser = {
    runtime: { id: 'trust-test', getURL: (p: string) => `chrome-extension://trust-test${p}` },
    storage: {
      managed: { get: async () => ({}) },
      local: area(() => state.local),
      session: area(() => state.session),
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    tabs: { query: async () => [], sendMessage: async () => undefined },
    scripting: { executeScript: async () => [] },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void state.badges.push({ tabId, text }),
      setBadgeBackgroundColor: async () => undefined,
    },
  };
  return { state, browser };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { accept, pageHostOf } = await import('../src/background/trust');
const { handle } = await import('../src/background/handle');
const { FLAG_IDS, MAX_LABEL, parseToBackground } = await import('../src/messages');

const ID = 'trust-test';
const BASE = 'chrome-extension://trust-test/';
const popup = { id: ID, url: `${BASE}popup.html` };
const popupInTab = { id: ID, url: `${BASE}popup.html?court=ctb`, tab: { id: 4 }, frameId: 0 };
const page = (url: string, more: object = {}) => ({ id: ID, url, tab: { id: 7, url }, frameId: 0, ...more });
const CTB_UTILITIES = 'https://ecf.ctb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1';
const LOGIN = 'https://pacer.login.uscourts.gov/csologin/login.jsf';
const screen = (over: object = {}) => ({ type: 'screen', screen: 'utilities-menu', court: 'ctb', targetLabel: 'Link a CM/ECF account to my PACER account', flags: [], ...over });

beforeEach(() => {
  fake.state.session = {};
  fake.state.local = {};
  fake.state.badges = [];
});

describe('the popup’s messages: only from the extension’s own pages', () => {
  const ui = [
    { type: 'start', court: 'ctb' },
    { type: 'status', court: 'ctb', tabId: 7 },
    { type: 'capture', tabId: 7 },
  ];
  test.each(ui)('accepted from the toolbar popup and from the popup in a tab of its own: %o', (msg) => {
    expect(accept(msg, popup, ID, BASE)).toMatchObject({ from: 'ui', msg });
    expect(accept(msg, popupInTab, ID, BASE)).toMatchObject({ from: 'ui', msg });
  });
  test.each(ui)('refused from a content script on a court page: %o', (msg) => {
    expect(accept(msg, page(CTB_UTILITIES), ID, BASE)).toBeNull();
  });
  test.each(ui)('refused from another extension, a frame, an address outside the extension: %o', (msg) => {
    expect(accept(msg, { ...popup, id: 'another-extension' }, ID, BASE)).toBeNull();
    expect(accept(msg, { ...popupInTab, frameId: 3 }, ID, BASE)).toBeNull();
    expect(accept(msg, { id: ID, url: 'https://evil.example/chrome-extension://trust-test/' }, ID, BASE)).toBeNull();
    expect(accept(msg, { id: ID, url: 'chrome-extension://trust-testx/popup.html' }, ID, BASE)).toBeNull();
    expect(accept(msg, { id: ID }, ID, BASE)).toBeNull();
  });
  test.each([
    ['a court outside the directory', { type: 'start', court: 'ca1' }],
    ['an unknown court id', { type: 'stop', court: 'xx' }],
    ['a court id with markup', { type: 'status', court: '<b>ctb</b>' }],
    ['an over-long court id', { type: 'start', court: 'c'.repeat(65) }],
    ['a court that is not a string', { type: 'start', court: ['ctb'] }],
    ['a negative tab id', { type: 'capture', tabId: -1 }],
    ['a fractional tab id', { type: 'capture', tabId: 1.5 }],
    ['a tab id as a string', { type: 'capture', tabId: '7' }],
    ['no tab id', { type: 'capture' }],
    ['a status tab id that is not an integer', { type: 'status', court: 'ctb', tabId: NaN }],
    ['an unknown type', { type: 'reset', court: 'ctb' }],
    ['no type', { court: 'ctb' }],
    ['not an object', 'start'],
    ['null', null],
    ['an array', [{ type: 'start', court: 'ctb' }]],
  ])('refused even from the popup: %s', (_why, msg) => {
    expect(accept(msg, popup, ID, BASE)).toBeNull();
  });
});

describe('stop: from the popup, or from a court page for that page’s court only', () => {
  const stop = (court: string) => ({ type: 'stop', court });
  test('accepted from the popup, and from the overlay on the court’s own page or a login page', () => {
    expect(accept(stop('mnd'), popup, ID, BASE)).toMatchObject({ from: 'ui' });
    expect(accept(stop('ctb'), page(CTB_UTILITIES), ID, BASE)).toMatchObject({ from: 'page', page: { court: 'ctb' } });
    expect(accept(stop('gasb'), page(LOGIN), ID, BASE)).toMatchObject({ from: 'page', page: { kind: 'login' } });
  });
  test.each([
    ['another court’s page', stop('mnd'), page(CTB_UTILITIES)],
    ['a page that is not a court’s', stop('ctb'), page('https://www.uscourts.gov/')],
    ['a frame', stop('ctb'), page(CTB_UTILITIES, { frameId: 1 })],
    ['the popup, a court outside the directory', stop('ca1'), popup],
  ])('refused from %s', (_why, msg, sender) => {
    expect(accept(msg, sender as never, ID, BASE)).toBeNull();
  });
});

describe('the content script’s messages: only from a court page’s top frame', () => {
  test('control: accepted from the court page, with the host’s court', () => {
    expect(accept(screen(), page(CTB_UTILITIES), ID, BASE)).toMatchObject({ from: 'page', tabId: 7, frameId: 0, page: { kind: 'ecf', court: 'ctb' } });
    expect(accept({ type: 'flags', flags: ['name-mismatch'] }, page(CTB_UTILITIES), ID, BASE)).not.toBeNull();
    expect(accept({ type: 'dismiss', court: 'ctb', stepId: 'open-utilities' }, page(CTB_UTILITIES), ID, BASE)).not.toBeNull();
    expect(accept({ type: 'dismiss', court: 'ctb', stepId: 'unknown-page' }, page(CTB_UTILITIES), ID, BASE)).not.toBeNull();
    expect(accept({ type: 'settings', fresh: true }, page(LOGIN), ID, BASE)).toMatchObject({ page: { kind: 'login', court: null } });
    expect(accept(screen({ court: 'mnd', screen: 'pacer-login' }), page(LOGIN), ID, BASE)).not.toBeNull();
  });

  test.each([
    ['the extension’s own page', popup],
    ['no tab id', { id: ID, url: CTB_UTILITIES, frameId: 0 }],
    ['a negative tab id', page(CTB_UTILITIES, { tab: { id: -1 } })],
    ['a frame', page(CTB_UTILITIES, { frameId: 2 })],
    ['www.uscourts.gov with a court host in its query', page('https://www.uscourts.gov/search?q=ecf.ctb.uscourts.gov/')],
    ['an appellate court', page('https://ecf.ca1.uscourts.gov/n/beam/servlet/TransportRoom')],
    ['the JPML', page('https://www.jpml.uscourts.gov/')],
    ['a lookalike host', page('https://ecf.ctb.uscourts.gov.evil.example/cgi-bin/LinkAccount.pl')],
    ['plain http', page('http://ecf.ctb.uscourts.gov/cgi-bin/showpage.pl?16')],
    ['another port', page('https://ecf.ctb.uscourts.gov:8443/cgi-bin/showpage.pl?16')],
    ['no address', { id: ID, tab: { id: 7 }, frameId: 0 }],
    ['another extension', page(CTB_UTILITIES, { id: 'other' })],
  ])('refused from %s', (_why, sender) => {
    for (const msg of [screen(), { type: 'flags', flags: [] }, { type: 'settings' }, { type: 'dismiss', court: 'ctb', stepId: 'open-utilities' }])
      expect(accept(msg, sender as never, ID, BASE), JSON.stringify(msg)).toBeNull();
  });

  test.each([
    ['another court than the host’s', screen({ court: 'mnd' })],
    ['a court outside the directory', screen({ court: 'ca1' })],
    ['an unknown screen', screen({ screen: 'docket' })],
    ['a screen id that is not a string', screen({ screen: 7 })],
    ['an unknown flag', screen({ flags: ['shared-firm-account', 'x'] })],
    ['a flag that is not a string', screen({ flags: [{}] })],
    ['too many flags', screen({ flags: [...FLAG_IDS, FLAG_IDS[0]] })],
    ['flags that are not a list', screen({ flags: 'name-mismatch' })],
    ['an over-long label', screen({ targetLabel: 'x'.repeat(MAX_LABEL + 1) })],
    ['a label that is not a string', screen({ targetLabel: 12 })],
    ['a court that is not a string', screen({ court: 12 })],
    ['overlayLoaded not a boolean', screen({ overlayLoaded: 'yes' })],
    ['a dismiss for another court', { type: 'dismiss', court: 'mnd', stepId: 'open-utilities' }],
    ['a dismiss of a step the court’s profile lacks', { type: 'dismiss', court: 'ctb', stepId: 'open-document-filing-system' }],
    ['a dismiss of a made-up step', { type: 'dismiss', court: 'ctb', stepId: 'x' }],
    ['a dismiss with markup', { type: 'dismiss', court: 'ctb', stepId: '<img src=x onerror=alert(1)>' }],
    ['flags with an unknown id', { type: 'flags', flags: ['owned'] }],
    ['settings with fresh not a boolean', { type: 'settings', fresh: 1 }],
  ])('refused on the ctb court page: %s', (_why, msg) => {
    expect(accept(msg, page(CTB_UTILITIES), ID, BASE)).toBeNull();
  });

  test('at the label cap, accepted; the message is rebuilt from known fields only', () => {
    const got = accept(screen({ targetLabel: 'x'.repeat(MAX_LABEL), extra: 'y'.repeat(10_000) }), page(CTB_UTILITIES), ID, BASE);
    expect(got?.msg).toEqual({ type: 'screen', screen: 'utilities-menu', court: 'ctb', targetLabel: 'x'.repeat(MAX_LABEL), flags: [] });
  });

  test('every flag id of the one list is accepted, each once', () => {
    expect(parseToBackground({ type: 'flags', flags: [...FLAG_IDS] })).toEqual({ type: 'flags', flags: [...FLAG_IDS] });
    expect(parseToBackground({ type: 'flags', flags: ['name-mismatch', 'name-mismatch'] })).toEqual({ type: 'flags', flags: ['name-mismatch'] });
  });
});

describe('the background classifies the sender’s address itself', () => {
  test.each([
    ['https://ecf.ctb.uscourts.gov/cgi-bin/showpage.pl?16', { kind: 'ecf', court: 'ctb' }],
    ['https://ecf-train.orb.uscourts.gov/', { kind: 'ecf', court: 'orb' }],
    ['https://www.txnb.uscourts.gov/', { kind: 'website', court: 'txnb' }],
    ['https://train-login.uscourts.gov/csologin/login.jsf', { kind: 'login', court: null }],
    ['https://www.uscourts.gov/', null],
    ['https://ecf.ca9.uscourts.gov/', null],
  ])('%s', (url, want) => {
    expect(pageHostOf(url)).toEqual(want);
  });

  const ask = async (msg: object, url: string) => {
    const ok = accept(msg, page(url), ID, BASE);
    if (!ok || ok.from !== 'page') return undefined;
    return handle(ok.msg, ok.tabId, ok.frameId, ok.page) as Promise<{ view: { court: string } | null }>;
  };

  test('on a court host, the host’s court; with no court in the message, still the host’s', async () => {
    await handle({ type: 'start', court: 'ctb' }, undefined);
    await handle({ type: 'start', court: 'mnd' }, undefined);
    expect((await ask(screen({ court: null }), CTB_UTILITIES))?.view).toMatchObject({ court: 'ctb' });
  });

  test('the fallback to the tab’s court or the only session is for the PACER login hosts alone', async () => {
    await handle({ type: 'start', court: 'gasb' }, undefined);
    const unknown = { type: 'screen', screen: 'unknown', court: null, targetLabel: null, flags: [] };
    // The login host, no court named: the only session's court.
    expect((await ask(unknown, LOGIN))?.view).toMatchObject({ court: 'gasb' });
    // A court host names its own court: ctb has no session, nothing shown, not gasb's view.
    fake.state.badges = [];
    expect(await ask(unknown, 'https://www.ctb.uscourts.gov/judges-info')).toEqual({ view: null });
    expect(fake.state.badges.filter((b) => b.text !== '')).toEqual([]);
  });

  test('a screen message without a classified page shows nothing and writes nothing', async () => {
    await handle({ type: 'start', court: 'gasb' }, undefined);
    const before = JSON.stringify(fake.state.session);
    expect(await handle(parseToBackground({ type: 'screen', screen: 'unknown', court: null, targetLabel: null, flags: [] })!, 7)).toEqual({ view: null });
    expect(JSON.stringify(fake.state.session)).toBe(before);
  });
});
