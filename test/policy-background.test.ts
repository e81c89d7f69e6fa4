// The background under a firm policy (issue 5), with a stand-in browser:
// it refuses a capture the firm turned off (the popup hides the button, but
// anyone may still ask), answers the content script's settings with the
// policy merged in, keeps the guide from starting by itself when autoStart
// is off, and stops pointing at the capture on unknown pages.
import { beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const fake = vi.hoisted(() => {
  const state = {
    policy: {} as Record<string, unknown>,
    local: {} as Record<string, unknown>,
    session: {} as Record<string, unknown>,
    sentToTabs: [] as unknown[],
    listeners: new Set<Listener>(),
  };
  const area = (store: () => Record<string, unknown>) => ({
    get: async (k?: string) => (k === undefined ? { ...store() } : k in store() ? { [k]: store()[k] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(store(), items),
  });
  const browser = {
    runtime: { id: 'policy-test' },
    storage: {
      managed: { get: async () => JSON.parse(JSON.stringify(state.policy)) },
      local: area(() => state.local),
      session: area(() => state.session),
      onChanged: { addListener: (l: Listener) => void state.listeners.add(l), removeListener: (l: Listener) => void state.listeners.delete(l) },
    },
    tabs: { query: async () => [] },
    // The capture is a script injected into the tab (entrypoints/page-capture.ts).
    scripting: {
      executeScript: async (injection: { target: { tabId: number }; files: string[] }) => {
        state.sentToTabs.push({ tabId: injection.target.tabId, files: injection.files });
        return [{ result: { html: '<html></html>', url: 'https://ecf.ctb.uscourts.gov/', screen: 'link-form', court: 'ctb', filename: 'ctb-link-form.html' } }];
      },
    },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
  };
  return { state, browser };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { handle } = await import('../src/background/handle');
const { CAPTURE_REFUSED } = await import('../src/messages');

/** A new policy, as Chrome announces it. */
function setPolicy(p: Record<string, unknown>) {
  fake.state.policy = p;
  for (const l of fake.state.listeners) l({}, 'managed');
}

beforeEach(() => {
  setPolicy({});
  fake.state.local = {};
  fake.state.session = {};
  fake.state.sentToTabs = [];
  for (const l of fake.state.listeners) l({ settings: {} }, 'local');
});

describe('page capture', () => {
  test('allowed by default: the tab is asked', async () => {
    const r = await handle({ type: 'capture', tabId: 7 }, undefined);
    expect(r).toMatchObject({ filename: 'ctb-link-form.html' });
    expect(fake.state.sentToTabs).toEqual([{ tabId: 7, files: ['/page-capture.js'] }]);
  });

  test('pageCapture false: refused, and the page is never asked', async () => {
    setPolicy({ pageCapture: false });
    expect(await handle({ type: 'capture', tabId: 7 }, undefined)).toEqual(CAPTURE_REFUSED);
    expect(fake.state.sentToTabs).toEqual([]);
  });

  test('a malformed pageCapture is ignored: the default (allowed) applies', async () => {
    setPolicy({ pageCapture: 'no' });
    expect(await handle({ type: 'capture', tabId: 7 }, undefined)).toMatchObject({ filename: 'ctb-link-form.html' });
  });
});

describe('the content script’s settings', () => {
  test('the firm’s lists and hint merged with the user’s', async () => {
    fake.state.local = { settings: { sharedUsernames: ['mine'], usernameHint: true } };
    setPolicy({ sharedUsernames: ['FirmShared'], usernameHint: false });
    // Unlocked: the firm's list plus the user's; the user's hint wins over the firm's default.
    expect(await handle({ type: 'settings' }, 3)).toEqual({ sharedUsernames: ['firmshared', 'mine'], sharedAccountNames: [], usernameHint: true });
    setPolicy({ sharedUsernames: ['FirmShared'], usernameHint: false, lockSettings: true });
    expect(await handle({ type: 'settings' }, 3)).toEqual({ sharedUsernames: ['firmshared'], sharedAccountNames: [], usernameHint: false });
  });

  test('asked afresh (after a change) even when the cache has not heard of the change yet', async () => {
    expect(await handle({ type: 'settings' }, 3)).toMatchObject({ usernameHint: true });
    fake.state.policy = { usernameHint: false }; // no onChanged yet
    expect(await handle({ type: 'settings', fresh: true }, 3)).toMatchObject({ usernameHint: false });
  });

  test('asked on a new page: from the cache, storage.managed not read again', async () => {
    expect(await handle({ type: 'settings' }, 3)).toMatchObject({ usernameHint: true });
    fake.state.policy = { usernameHint: false }; // unannounced: the cache keeps what it read
    expect(await handle({ type: 'settings' }, 3)).toMatchObject({ usernameHint: true });
  });
});

/** The court page the messages come from, as src/background/trust.ts classifies it: ctb's CM/ECF host. */
const CTB = { kind: 'ecf' as const, court: 'ctb' };

describe('autoStart', () => {
  const screen = (s: 'court-login' | 'link-form') => ({ type: 'screen' as const, screen: s, court: 'ctb', targetLabel: null, flags: [] });

  test('default: a linking screen starts the guide', async () => {
    expect((await handle(screen('court-login'), 5, 0, CTB)) as { view: unknown }).toMatchObject({ view: { court: 'ctb' } });
  });

  test('false: nothing shown until the toolbar starts it', async () => {
    setPolicy({ autoStart: false });
    expect(await handle(screen('court-login'), 5, 0, CTB)).toMatchObject({ view: null });
    await handle({ type: 'start', court: 'ctb' }, undefined);
    expect(await handle(screen('court-login'), 5, 0, CTB)).toMatchObject({ view: { court: 'ctb' } });
  });

  test('the user’s own autoStart false does the same', async () => {
    fake.state.local = { settings: { autoStart: false } };
    for (const l of fake.state.listeners) l({ settings: {} }, 'local');
    expect(await handle(screen('link-form'), 5, 0, CTB)).toMatchObject({ view: null });
  });
});

describe('an unknown page during a session', () => {
  const unknown = { type: 'screen' as const, screen: 'unknown' as const, court: 'ctb', targetLabel: null, flags: [] };
  test('points at the capture, unless the firm turned it off', async () => {
    await handle({ type: 'start', court: 'ctb' }, undefined);
    const on = (await handle(unknown, 5, 0, CTB)) as { view: { note?: string } };
    expect(on.view.note).toMatch(/Save this page for testers/);
    setPolicy({ pageCapture: false });
    const off = (await handle(unknown, 5, 0, CTB)) as { view: { note?: string; title: string } };
    expect(off.view.title).toBe('The guide does not know this page');
    expect(off.view.note).toBeUndefined();
  });
});
