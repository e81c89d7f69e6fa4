// Issue 11 item 3: where the content script is registered follows the
// sessions (src/background/registration.ts, wired as entrypoints/background.ts
// wires it), against a stand-in scripting API that keeps registrations as
// the browsers do. The browsers themselves: test/e2e/idle-*.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

type Script = { id: string; matches?: string[]; excludeMatches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean };
const fake = vi.hoisted(() => {
  const state = {
    session: {} as Record<string, unknown>,
    scripts: new Map<string, Script>(),
    calls: [] as string[],
    tabs: [] as Array<{ id: number; url: string; listening: boolean }>,
    injected: [] as number[],
    icon: null as null | { path: Record<string, string> },
    title: null as null | string,
  };
  const area = (store: () => Record<string, unknown>) => ({
    get: async (k?: string) => (k === undefined ? { ...store() } : k in store() ? { [k]: store()[k] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(store(), items),
  });
  const browser = {
    runtime: { id: 'reg-test' },
    storage: {
      managed: { get: async () => ({}) },
      local: area(() => ({})),
      session: area(() => state.session),
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    tabs: {
      query: async () => state.tabs.map(({ id, url }) => ({ id, url })),
      sendMessage: async (id: number) => {
        if (!state.tabs.find((t) => t.id === id)?.listening) throw new Error('Could not establish connection. Receiving end does not exist.');
        return undefined;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...state.scripts.values()].map((s) => structuredClone(s)),
      registerContentScripts: async (list: Script[]) => {
        for (const s of list) {
          if (state.scripts.has(s.id)) throw new Error(`duplicate id ${s.id}`);
          state.calls.push(`register ${s.id}`);
          state.scripts.set(s.id, structuredClone(s));
        }
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) {
          state.calls.push(`unregister ${id}`);
          state.scripts.delete(id);
        }
      },
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        state.injected.push(target.tabId);
        return [];
      },
    },
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setIcon: async (d: { path: Record<string, string> }) => void (state.icon = d),
      setTitle: async (d: { title: string }) => void (state.title = d.title),
    },
  };
  return { state, browser };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { IDLE_ID, SESSION_ID, syncRegistration } = await import('../src/background/registration');
const { onActivityChange } = await import('../src/background/state');
const { handle } = await import('../src/background/handle');
const { idleMatches, sessionMatches } = await import('../src/content/hosts');
const { ACTIVE_ICON, IDLE_ICON, ACTIVE_TITLE, IDLE_TITLE } = await import('../src/background/icon');
onActivityChange((active) => syncRegistration(active));

const ids = () => [...fake.state.scripts.keys()].sort();
const CTB = { kind: 'ecf' as const, court: 'ctb' };

beforeEach(async () => {
  fake.state.session = {};
  fake.state.scripts.clear();
  fake.state.tabs = [];
  fake.state.injected = [];
  await syncRegistration(false);
  fake.state.calls = [];
});

describe('the registration follows the sessions', () => {
  test('idle: the narrow set alone, persisted across restarts', () => {
    expect(ids()).toEqual([IDLE_ID]);
    const idle = fake.state.scripts.get(IDLE_ID)!;
    expect(idle).toMatchObject({ js: ['/content-scripts/content.js'], matches: idleMatches(), persistAcrossSessions: true, runAt: 'document_idle' });
  });

  test('a session started from the popup adds every court page, not persisted, never overlapping the idle set', async () => {
    await handle({ type: 'start', court: 'ctb' }, undefined);
    expect(ids()).toEqual([IDLE_ID, SESSION_ID]);
    expect(fake.state.scripts.get(SESSION_ID)).toMatchObject({ matches: sessionMatches(), excludeMatches: idleMatches(), persistAcrossSessions: false });
  });

  test('a second session changes nothing; stopping one of two keeps it; stopping the last narrows', async () => {
    await handle({ type: 'start', court: 'ctb' }, undefined);
    await handle({ type: 'start', court: 'mnd' }, undefined);
    expect(fake.state.calls).toEqual([`register ${SESSION_ID}`]);
    await handle({ type: 'stop', court: 'ctb' }, undefined);
    expect(ids()).toEqual([IDLE_ID, SESSION_ID]);
    await handle({ type: 'stop', court: 'mnd' }, undefined);
    expect(ids()).toEqual([IDLE_ID]);
  });

  test('a court-branded login starts a session by itself: widened; the filing menus end it: narrowed', async () => {
    const login = { kind: 'login' as const, court: null };
    await handle({ type: 'screen', screen: 'court-login', court: 'ctb', targetLabel: 'Username', flags: [] }, 3, 0, login);
    expect(ids()).toEqual([IDLE_ID, SESSION_ID]);
    await handle({ type: 'screen', screen: 'link-success', court: 'ctb', targetLabel: null, flags: [] }, 3, 0, CTB);
    await handle({ type: 'screen', screen: 'cmecf-linked', court: 'ctb', targetLabel: null, flags: [] }, 3, 0, CTB);
    expect(ids()).toEqual([IDLE_ID]);
  });

  test('in line again on a worker start, whatever was left; an older id goes', async () => {
    fake.state.scripts.set('content', { id: 'content', matches: ['https://*.uscourts.gov/*'] });
    fake.state.scripts.set(SESSION_ID, { id: SESSION_ID, matches: ['https://x.uscourts.gov/*'] });
    await syncRegistration(false);
    expect(ids()).toEqual([IDLE_ID]);
    fake.state.scripts.set(IDLE_ID, { ...fake.state.scripts.get(IDLE_ID)!, matches: ['https://*.uscourts.gov/*'] });
    await syncRegistration(true);
    expect(fake.state.scripts.get(IDLE_ID)!.matches).toEqual(idleMatches());
    expect(ids()).toEqual([IDLE_ID, SESSION_ID]);
    fake.state.calls = [];
    await syncRegistration(true);
    expect(fake.state.calls, 'nothing to do').toEqual([]);
  });

  test('starting a session injects the script into open court tabs that have none, and only those', async () => {
    fake.state.tabs = [
      { id: 1, url: 'https://ecf.ctb.uscourts.gov/cgi-bin/DktRpt.pl?225625', listening: false },
      { id: 2, url: 'https://ecf.ctb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', listening: true },
      { id: 3, url: 'https://www.uscourts.gov/', listening: false },
      { id: 4, url: 'https://ecf.ca1.uscourts.gov/', listening: false },
    ];
    await handle({ type: 'start', court: 'ctb' }, undefined);
    expect(fake.state.injected).toEqual([1]);
  });
});

describe('the toolbar icon follows the sessions (issue 11 item 1: greyed where the guide has nothing to do)', () => {
  test('greyed with no session, in colour while one is on, greyed again when the last one stops', async () => {
    expect(fake.state.icon?.path).toEqual(IDLE_ICON);
    expect(fake.state.title).toBe(IDLE_TITLE);
    await handle({ type: 'start', court: 'ctb' }, undefined);
    expect(fake.state.icon?.path).toEqual(ACTIVE_ICON);
    expect(fake.state.title).toBe(ACTIVE_TITLE);
    await handle({ type: 'stop', court: 'ctb' }, undefined);
    expect(fake.state.icon?.path).toEqual(IDLE_ICON);
  });

  test('every size of both sets is a file the build ships, and the toolbar starts greyed', () => {
    for (const set of [ACTIVE_ICON, IDLE_ICON]) {
      expect(Object.keys(set).sort()).toEqual(['128', '16', '32', '48']);
      for (const file of Object.values(set)) expect(existsSync(join(ROOT, 'public', file)), file).toBe(true);
    }
    expect(Object.values(IDLE_ICON).every((f) => f.startsWith('/icon/idle/'))).toBe(true);
    for (const build of ['chrome-mv3', 'firefox-mv3']) {
      const m = JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as { action: { default_icon: Record<string, string> } };
      expect(Object.fromEntries(Object.entries(m.action.default_icon).map(([k, v]) => [k, `/${v}`]))).toEqual(IDLE_ICON);
    }
  });

  test('an icon the browser refuses changes nothing else', async () => {
    const setIcon = fake.browser.action.setIcon;
    fake.browser.action.setIcon = async () => {
      throw new Error('Could not load action icon');
    };
    try {
      await handle({ type: 'start', court: 'ctb' }, undefined);
      expect(ids()).toEqual([IDLE_ID, SESSION_ID]);
    } finally {
      fake.browser.action.setIcon = setIcon;
    }
  });
});
