// The firm's managed policy (issue 5): malformed values each give the stated
// reason and leave that setting at its default while the valid keys apply;
// the merge of policy and user settings; the reader over storage.managed
// (absent, rejecting, changing).
import { describe, expect, test, vi } from 'vitest';
import { SETTINGS_KEY } from '../src/options/settings';
import { DEFAULTS, effectiveSettings, pageSettings, SOURCE_LABEL, type Effective } from '../src/policy/effective';
import { createSettingsReader, readPolicy, type ChangeListener } from '../src/policy/read';
import { LIMITS, parsePolicy, parsePolicyKey, POLICY_KEY_NAMES } from '../src/policy/schema';

const GOOD = {
  helpContact: { name: 'Smith & Jones IT help desk', phone: '(555) 010-0199 ext. 12', email: 'help@smithjones.example', url: 'https://help.smithjones.example/pacer' },
  sharedUsernames: ['SmithJonesFirm'],
  sharedAccountNames: ['Smith & Jones LLP'],
  usernameHint: false,
  pageCapture: false,
  autoStart: false,
  courts: ['ctb', 'MND', 'cacb'],
  defaultCourt: 'mnd',
  lockSettings: true,
};

/** The effective settings of a raw policy and nothing stored by the user. */
const apply = (raw: unknown, user = {}) => effectiveSettings(parsePolicy(raw), user);

describe('a valid policy', () => {
  test('every key applied, normalised, nothing ignored', () => {
    const r = parsePolicy(GOOD);
    expect(r.ignored).toEqual([]);
    expect(r.values).toEqual({ ...GOOD, sharedUsernames: ['smithjonesfirm'], courts: ['ctb', 'mnd', 'cacb'] });
    expect(Object.keys(r.values).sort()).toEqual([...POLICY_KEY_NAMES].sort());
  });

  test('no policy at all: the defaults, every source Default', () => {
    const e = apply({});
    for (const k of POLICY_KEY_NAMES) expect(e.settings[k].source, k).toBe('default');
    expect(pageSettings(e)).toEqual({ sharedUsernames: [], sharedAccountNames: [], usernameHint: true });
    expect(e.settings.courts.value).toBeNull();
    expect(e.settings.pageCapture.value).toBe(true);
    expect(e.settings.autoStart.value).toBe(true);
    expect(apply(undefined)).toEqual(e);
  });
});

/** Malformed values: [what, the policy, the ignored key, its reason exactly]. */
const MALFORMED: Array<[string, Record<string, unknown>, string, string]> = [
  ['a boolean as text', { usernameHint: 'false' }, 'usernameHint', 'usernameHint: must be true or false (got "false")'],
  ['a boolean as a number (registry DWORD without the schema)', { lockSettings: 1 }, 'lockSettings', 'lockSettings: must be true or false (got the number 1)'],
  ['null', { pageCapture: null }, 'pageCapture', 'pageCapture: must be true or false (got null)'],
  ['a list as text', { sharedUsernames: 'smithfirm' }, 'sharedUsernames', 'sharedUsernames: must be a list (got "smithfirm")'],
  ['an object instead of a list', { sharedAccountNames: { 0: 'Smith LLP' } }, 'sharedAccountNames', 'sharedAccountNames: must be a list (got an object)'],
  ['an array instead of an object', { helpContact: ['help@firm.example'] }, 'helpContact', 'helpContact: must be an object (got a list of 1)'],
  ['a number in a list', { sharedUsernames: ['smithfirm', 42] }, 'sharedUsernames', 'sharedUsernames[1]: must be text (got the number 42)'],
  ['an empty entry', { sharedUsernames: ['smithfirm', ''] }, 'sharedUsernames', 'sharedUsernames[1]: must not be empty'],
  ['an entry of spaces', { sharedAccountNames: ['   '] }, 'sharedAccountNames', 'sharedAccountNames[0]: must not be empty'],
  [
    'a list too long',
    { sharedUsernames: Array.from({ length: LIMITS.listEntries + 1 }, (_, i) => `user${i}`) },
    'sharedUsernames',
    `sharedUsernames: at most ${LIMITS.listEntries} entries (got ${LIMITS.listEntries + 1})`,
  ],
  [
    'a huge list',
    { sharedAccountNames: Array.from({ length: 100_000 }, () => 'x') },
    'sharedAccountNames',
    `sharedAccountNames: at most ${LIMITS.listEntries} entries (got 100000)`,
  ],
  ['an entry too long', { sharedUsernames: ['a'.repeat(201)] }, 'sharedUsernames', 'sharedUsernames[0]: at most 200 characters (got 201)'],
  ['nested garbage in a list', { sharedUsernames: [['a', ['b']]] }, 'sharedUsernames', 'sharedUsernames[0]: must be text (got a list of 2)'],
  ['nested garbage in the contact', { helpContact: { name: { first: 'IT' } } }, 'helpContact', 'helpContact.name: must be text (got an object)'],
  ['an ftp address', { helpContact: { url: 'ftp://files.firm.example/help' } }, 'helpContact', 'helpContact.url: must be an https:// address (got "ftp://files.firm.example/help")'],
  ['an http address', { helpContact: { url: 'http://help.firm.example' } }, 'helpContact', 'helpContact.url: must be an https:// address (got "http://help.firm.example")'],
  ['a javascript: address', { helpContact: { url: 'javascript:alert(1)' } }, 'helpContact', 'helpContact.url: must be an https:// address (got "javascript:alert(1)")'],
  ['not an address', { helpContact: { url: 'help desk' } }, 'helpContact', 'helpContact.url: must be a full https:// address (got "help desk")'],
  ['an address with a password', { helpContact: { url: 'https://it:secret@help.firm.example' } }, 'helpContact', 'helpContact.url: must not contain a user name or password'],
  ['a bad email', { helpContact: { email: 'help desk at firm' } }, 'helpContact', 'helpContact.email: must be an email address such as help@yourfirm.com (got "help desk at firm")'],
  ['a mailto: email', { helpContact: { email: 'mailto:help@firm.example' } }, 'helpContact', 'helpContact.email: must be an email address such as help@yourfirm.com (got "mailto:help@firm.example")'],
  ['an empty email', { helpContact: { name: 'IT', email: '' } }, 'helpContact', 'helpContact.email: must not be empty'],
  ['a phone of letters', { helpContact: { phone: 'call IT' } }, 'helpContact', 'helpContact.phone: must be a phone number such as "(555) 010-0199 ext. 12" (got "call IT")'],
  ['an empty contact', { helpContact: {} }, 'helpContact', 'helpContact: must set at least one of name, phone, email, url'],
  ['a contact field unknown', { helpContact: { name: 'IT', fax: '555' } }, 'helpContact', "helpContact: unknown field 'fax' (known fields: name, phone, email, url)"],
  ['a court unknown', { courts: ['ctb', 'xyzb'] }, 'courts', 'courts[1]: unknown court id "xyzb" (use CM/ECF court ids such as "ctb", "mnd", "cacb")'],
  ['a PSC code for a court', { defaultCourt: 'CTBK' }, 'defaultCourt', 'defaultCourt: unknown court id "ctbk" (use CM/ECF court ids such as "ctb", "mnd", "cacb")'],
  ['no courts', { courts: [] }, 'courts', 'courts: must list at least one entry'],
  ['a default court the list leaves out', { courts: ['ctb'], defaultCourt: 'mnd' }, 'defaultCourt', 'defaultCourt: "mnd" is not one of the courts listed in courts (ctb)'],
  ['an unknown key', { foo: 1 }, 'foo', "unknown key 'foo'"],
  ['a key in the wrong case', { UsernameHint: false }, 'UsernameHint', "unknown key 'UsernameHint' (did you mean 'usernameHint'?)"],
  ['a registry-style key', { shared_usernames: ['x'] }, 'shared_usernames', "unknown key 'shared_usernames' (did you mean 'sharedUsernames'?)"],
  ['__proto__', JSON.parse('{"__proto__": {"usernameHint": false, "polluted": true}}'), '__proto__', "unknown key '__proto__'"],
  ['constructor', { constructor: { prototype: { polluted: true } } }, 'constructor', "unknown key 'constructor'"],
];

describe('malformed policies: the stated reason, the default for that key, the rest applied', () => {
  test.each(MALFORMED)('%s', (_what, bad, key, reason) => {
    // Beside a valid key that must still apply.
    const raw: Record<string, unknown> = { ...bad, sharedAccountNames: key === 'sharedAccountNames' ? bad.sharedAccountNames : ['Firm Placeholder LLP'] };
    const r = parsePolicy(raw);
    expect(r.ignored).toContainEqual({ key, reason });
    expect(Object.hasOwn(r.values, key)).toBe(false);
    const e = apply(raw);
    if (key !== 'sharedAccountNames') {
      expect(r.values.sharedAccountNames).toEqual(['Firm Placeholder LLP']);
      expect(e.settings.sharedAccountNames).toMatchObject({ value: ['Firm Placeholder LLP'], source: 'policy' });
    }
    if (Object.hasOwn(e.settings, key)) {
      const s = e.settings[key as keyof typeof e.settings];
      expect(s.source).toBe('default');
      expect(s.ignored).toEqual([reason]);
    }
    // Nothing leaked onto Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).usernameHint).toBeUndefined();
  });

  test('several problems in one key: the first three, then a count', () => {
    const r = parsePolicyKey('sharedUsernames', [1, 2, 3, 4, 5]);
    expect(r).toEqual({
      ignored:
        'sharedUsernames[0]: must be text (got the number 1); sharedUsernames[1]: must be text (got the number 2); sharedUsernames[2]: must be text (got the number 3) (and 2 more problems in sharedUsernames)',
    });
  });

  test('a long value is cut in the reason, not repeated whole', () => {
    const r = parsePolicyKey('helpContact', { url: `ftp://${'x'.repeat(1500)}` });
    expect('ignored' in r && r.ignored.length).toBeLessThan(120);
    expect(r).toEqual({ ignored: `helpContact.url: must be an https:// address (got "ftp://${'x'.repeat(34)}…")` });
    expect(parsePolicyKey('helpContact', { name: 'n'.repeat(100_000) })).toEqual({ ignored: 'helpContact.name: at most 200 characters (got 100000)' });
  });

  test('a policy that is not an object at all: one reason, every default', () => {
    for (const [raw, got] of [
      [null, 'null'],
      [['usernameHint'], 'a list of 1'],
      ['usernameHint=false', '"usernameHint=false"'],
      [7, 'the number 7'],
    ] as const) {
      const r = parsePolicy(raw);
      expect(r).toEqual({ values: {}, ignored: [{ key: '(policy)', reason: `the policy must be an object of keys (got ${got})` }] });
      expect(pageSettings(effectiveSettings(r, {}))).toEqual({ sharedUsernames: [], sharedAccountNames: [], usernameHint: true });
    }
  });

  test('thousands of unknown keys: the first 20 named, the rest counted', () => {
    const raw = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`junk${i}`, i]));
    const r = parsePolicy({ ...raw, usernameHint: false });
    expect(r.ignored).toHaveLength(LIMITS.unknownKeys + 1);
    expect(r.ignored.at(-1)).toEqual({ key: '(policy)', reason: `and ${5000 - LIMITS.unknownKeys} more unknown keys` });
    expect(r.values).toEqual({ usernameHint: false });
  });

  test('a whole key is ignored, never half of it: one bad court keeps none', () => {
    const e = apply({ courts: ['ctb', 'nope', 'mnd'], lockSettings: true });
    expect(e.settings.courts).toMatchObject({ value: null, source: 'default' });
    const c = apply({ helpContact: { name: 'IT', email: 'help@firm.example', url: 'http://x.example' } });
    expect(c.settings.helpContact).toMatchObject({ value: null, source: 'default' });
  });

  test('strings are trimmed; court ids lower-cased; repeats dropped', () => {
    expect(parsePolicy({ courts: [' CTB ', 'ctb', 'mnd'], sharedUsernames: [' A ', 'a'], helpContact: { name: '  IT  ' } }).values).toEqual({
      courts: ['ctb', 'mnd'],
      sharedUsernames: ['a'],
      helpContact: { name: 'IT' },
    });
  });
});

describe('merging the policy with the user’s settings', () => {
  const user = { sharedUsernames: ['mine'], sharedAccountNames: ['My Firm PC'], usernameHint: true, autoStart: true, pageCapture: true };

  test('locked: the firm’s value for what it set, the user’s ignored; the rest the user’s', () => {
    const e = apply({ usernameHint: false, sharedUsernames: ['firm'], lockSettings: true }, user);
    expect(e.settings.usernameHint).toEqual({ value: false, source: 'policy', locked: true, inherited: false });
    expect(e.settings.sharedUsernames).toEqual({ value: ['firm'], source: 'policy', locked: true, firm: ['firm'], mine: [] });
    // Not set by the policy: still the user's.
    expect(e.settings.sharedAccountNames).toMatchObject({ value: ['My Firm PC'], source: 'user', locked: false });
    expect(e.settings.autoStart).toEqual({ value: true, source: 'user', locked: false, inherited: true });
    expect(e.settings.lockSettings).toMatchObject({ value: true, source: 'policy' });
  });

  test('unlocked: the policy is the firm’s default, the user’s choice wins', () => {
    expect(apply({ usernameHint: false }, {}).settings.usernameHint).toEqual({ value: false, source: 'policy', locked: false, inherited: false });
    expect(apply({ usernameHint: false }, { usernameHint: true }).settings.usernameHint).toEqual({ value: true, source: 'user', locked: false, inherited: false });
    expect(apply({ usernameHint: false, lockSettings: false }, { usernameHint: true }).settings.usernameHint.value).toBe(true);
  });

  test('unlocked lists: the firm’s entries always apply, the user’s are added', () => {
    const e = apply({ sharedUsernames: ['firm', 'shared'] }, { sharedUsernames: ['mine', 'firm'] });
    expect(e.settings.sharedUsernames).toEqual({ value: ['firm', 'shared', 'mine'], source: 'policy', locked: false, firm: ['firm', 'shared'], mine: ['mine'] });
    expect(pageSettings(e).sharedUsernames).toEqual(['firm', 'shared', 'mine']);
  });

  test('no policy: the user’s, else the default', () => {
    const e = apply({}, { usernameHint: false, sharedAccountNames: ['X LLP'] });
    expect(e.settings.usernameHint).toEqual({ value: false, source: 'user', locked: false, inherited: true });
    expect(e.settings.sharedAccountNames).toMatchObject({ value: ['X LLP'], source: 'user' });
    expect(e.settings.sharedUsernames).toMatchObject({ value: [], source: 'default' });
    expect(e.settings.pageCapture).toEqual({ value: DEFAULTS.pageCapture, source: 'default', locked: false, inherited: true });
  });

  test('an ignored key with lockSettings: not locked, the user’s value applies, the reason kept', () => {
    const e = apply({ usernameHint: 'off', lockSettings: true }, { usernameHint: true });
    expect(e.settings.usernameHint).toEqual({
      value: true,
      source: 'user',
      locked: false,
      inherited: true,
      ignored: ['usernameHint: must be true or false (got "off")'],
    });
    expect(e.ignored).toEqual([{ key: 'usernameHint', reason: 'usernameHint: must be true or false (got "off")' }]);
  });

  test('the firm-only settings: the firm’s value or the default, never locked', () => {
    const e = apply(GOOD, user);
    expect(e.settings.helpContact).toEqual({ value: GOOD.helpContact, source: 'policy', locked: false });
    expect(e.settings.courts.value).toEqual(['ctb', 'mnd', 'cacb']);
    expect(e.settings.defaultCourt.value).toBe('mnd');
    expect(e.policyKeys.sort()).toEqual([...POLICY_KEY_NAMES].sort());
  });

  test('the words for each source', () => {
    expect(SOURCE_LABEL).toEqual({ default: 'Default', user: 'Set by you', policy: 'Set by your firm (policy)' });
  });
});

/** A stand-in storage: managed (or none), local, and onChanged. */
function storage(managed: { get?: () => Promise<Record<string, unknown>> } | undefined, local: Record<string, unknown> = {}) {
  const listeners = new Set<ChangeListener>();
  const get = managed?.get ? vi.fn(managed.get) : undefined;
  return {
    deps: {
      managed: get ? { get } : (managed as undefined),
      local: { get: async (k: string) => (k in local ? { [k]: local[k] } : {}) },
      onChanged: { addListener: (l: ChangeListener) => void listeners.add(l), removeListener: (l: ChangeListener) => void listeners.delete(l) },
    },
    get,
    local,
    fire: (changes: Record<string, unknown>, area: string) => [...listeners].forEach((l) => l(changes, area)),
    listeners,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('reading storage.managed', () => {
  test('no storage.managed at all: no policy', async () => {
    expect(await readPolicy(undefined)).toEqual({ values: {}, ignored: [] });
    const s = storage(undefined, { [SETTINGS_KEY]: { usernameHint: false } });
    const e = await createSettingsReader(s.deps).read();
    expect(e.settings.usernameHint).toEqual({ value: false, source: 'user', locked: false, inherited: true });
    expect(e.ignored).toEqual([]);
  });

  test('get() rejecting (Firefox without a policy) or throwing: no policy, no exception', async () => {
    expect(await readPolicy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({ values: {}, ignored: [] });
    expect(
      await readPolicy({
        get: () => {
          throw new Error('sync');
        },
      }),
    ).toEqual({ values: {}, ignored: [] });
  });

  test('read once, cached, read again after a managed change; watchers told', async () => {
    let policy: Record<string, unknown> = { usernameHint: false };
    const s = storage({ get: async () => policy });
    const reader = createSettingsReader(s.deps);
    expect((await reader.read()).settings.usernameHint.value).toBe(false);
    await reader.read();
    expect(s.get).toHaveBeenCalledTimes(1);

    const seen: Effective[] = [];
    reader.watch((e) => seen.push(e));
    policy = { usernameHint: true, helpContact: { url: 'ftp://x' } };
    s.fire({ usernameHint: { oldValue: false, newValue: true } }, 'managed');
    await settle();
    expect(s.get).toHaveBeenCalledTimes(2);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.settings.usernameHint).toEqual({ value: true, source: 'policy', locked: false, inherited: true });
    expect(seen[0]!.ignored.map((i) => i.key)).toEqual(['helpContact']);
    expect((await reader.read()).settings.usernameHint.value).toBe(true);
    expect(s.get).toHaveBeenCalledTimes(2);
  });

  test('a storage.managed that does not answer (seen in Chromium): reads with patience go on without it, one call only, and the late answer reaches watchers', async () => {
    let answer!: (v: Record<string, unknown>) => void;
    const s = storage({ get: () => new Promise<Record<string, unknown>>((r) => (answer = r)) });
    const reader = createSettingsReader(s.deps);
    const seen: Effective[] = [];
    reader.watch((e) => seen.push(e));
    const first = await reader.read({ patienceMs: 5 });
    expect(first.settings.usernameHint).toMatchObject({ value: true, source: 'default' });
    // Asking again, even afresh, while the one call is out: no second call,
    // and no second wait (a patience of a minute returns at once).
    const t0 = Date.now();
    await reader.read({ patienceMs: 60_000 });
    await reader.read({ patienceMs: 60_000, fresh: true });
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(s.get).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([]);
    answer({ usernameHint: false });
    await settle();
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.settings.usernameHint).toMatchObject({ value: false, source: 'policy' });
    expect((await reader.read({ patienceMs: 5 })).settings.usernameHint.value).toBe(false);
    expect(s.get).toHaveBeenCalledTimes(1);
  });

  test('without patience a read waits for the policy', async () => {
    let answer!: (v: Record<string, unknown>) => void;
    const s = storage({ get: () => new Promise<Record<string, unknown>>((r) => (answer = r)) });
    const reading = createSettingsReader(s.deps).read();
    setTimeout(() => answer({ usernameHint: false }), 20);
    expect((await reading).settings.usernameHint).toMatchObject({ value: false, source: 'policy' });
  });

  test('the user’s settings changing: read again; other keys and areas: nothing', async () => {
    const s = storage({ get: async () => ({}) }, { [SETTINGS_KEY]: { autoStart: true } });
    const reader = createSettingsReader(s.deps);
    const seen: Effective[] = [];
    reader.watch((e) => seen.push(e));
    await reader.read();
    s.fire({ popupLastCourt: { newValue: 'ctb' } }, 'local');
    s.fire({ [SETTINGS_KEY]: { newValue: {} } }, 'session');
    await settle();
    expect(seen).toHaveLength(0);
    s.local[SETTINGS_KEY] = { autoStart: false };
    s.fire({ [SETTINGS_KEY]: { newValue: { autoStart: false } } }, 'local');
    await settle();
    expect(seen.map((e) => e.settings.autoStart.value)).toEqual([false]);
    expect(s.get).toHaveBeenCalledTimes(1); // the policy did not change: not read again
  });

  test('fresh: read past the cache (the content script asks right after a change)', async () => {
    let policy: Record<string, unknown> = { pageCapture: true };
    const s = storage({ get: async () => policy });
    const reader = createSettingsReader(s.deps);
    await reader.read();
    policy = { pageCapture: false };
    expect((await reader.read()).settings.pageCapture.value).toBe(true);
    expect((await reader.read({ fresh: true })).settings.pageCapture.value).toBe(false);
  });

  test('close: no longer follows storage', async () => {
    const s = storage({ get: async () => ({}) });
    const reader = createSettingsReader(s.deps);
    expect(s.listeners.size).toBe(1);
    reader.close();
    expect(s.listeners.size).toBe(0);
  });
});

describe('autoStart false: nothing starts the guide but the toolbar', () => {
  test('a linking screen does not start it; the toolbar’s start still does', async () => {
    const { decide, NEW_PROGRESS, start, AUTO_START } = await import('../src/guide/decide');
    const { profileFor } = await import('../src/profiles');
    const ctb = profileFor('ctb')!;
    for (const screen of AUTO_START) {
      expect(decide(ctb, { screen, targetLabel: null }, NEW_PROGRESS, { autoStart: false }).show, screen).toBeNull();
      expect(decide(ctb, { screen, targetLabel: null }, NEW_PROGRESS, { autoStart: true }).show, screen).not.toBeNull();
    }
    expect(decide(ctb, { screen: 'court-login', targetLabel: null }, start(), { autoStart: false }).show).not.toBeNull();
  });
});

describe('the options page lists keys in one order, whatever order the browser delivers them in', () => {
  // Chromium sorts a policy's keys; Firefox keeps the file's order.
  const policy = { usernameHint: 'no', zeta: 1, courts: ['ctb'], helpContact: { url: 'ftp://x' }, alpha: true, sharedUsernames: ['a'] };
  const reversed = Object.fromEntries(Object.entries(policy).reverse());

  test('applied and ignored keys: the schema’s order, then unknown keys alphabetically', () => {
    const [a, b] = [apply(policy), apply(reversed)];
    expect(a.policyKeys).toEqual(b.policyKeys);
    expect(a.ignored).toEqual(b.ignored);
    expect(a.policyKeys).toEqual(POLICY_KEY_NAMES.filter((k) => a.policyKeys.includes(k)));
    expect(a.ignored.map((i) => i.key)).toEqual(['helpContact', 'usernameHint', 'alpha', 'zeta']);
  });
});
