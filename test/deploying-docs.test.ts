// docs/deploying.md cannot drift from the policy schema: every fenced
// example (JSON policy files, Windows .reg files, macOS configuration
// profiles) is read the way the browser reads it, the guide's policy object
// is taken out of it, and the extension's own validator must apply every key
// of it and ignore nothing. Every key of the schema must be documented, and
// every example must force-install the same extension id it configures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { managedSchema } from '../src/policy/managed-schema';
import { parsePolicy, POLICY_KEY_NAMES } from '../src/policy/schema';

const DOC = readFileSync(join(import.meta.dirname, '../docs/deploying.md'), 'utf8');
const FIREFOX_ID = 'cmecf-link-guide@link-guide.dev';

interface Example {
  lang: string;
  line: number;
  text: string;
}

function examples(md: string): Example[] {
  const out: Example[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    out.push({ lang: m[1]!, line: md.slice(0, m.index).split('\n').length, text: m[2]! });
  }
  return out;
}

/** A policy the example sets for one extension id, and where. */
interface Found {
  browser: 'chromium' | 'firefox';
  id: string;
  policy: unknown;
  /** The extension ids the same example force-installs. */
  installs: string[];
}

// ---- JSON: Chromium's managed policy file, Firefox's policies.json ----------

function fromJson(text: string): Found[] {
  const doc = JSON.parse(text) as Record<string, any>;
  const out: Found[] = [];
  if (doc.policies) {
    const installs = Object.entries((doc.policies.ExtensionSettings ?? {}) as Record<string, any>)
      .filter(([, v]) => v?.installation_mode === 'force_installed' && typeof v.install_url === 'string')
      .map(([k]) => k);
    for (const [id, policy] of Object.entries((doc.policies['3rdparty']?.Extensions ?? {}) as Record<string, unknown>)) {
      out.push({ browser: 'firefox', id, policy, installs });
    }
  } else {
    const installs = [
      ...Object.entries((doc.ExtensionSettings ?? {}) as Record<string, any>)
        .filter(([, v]) => v?.installation_mode === 'force_installed' && typeof v.update_url === 'string')
        .map(([k]) => k),
      ...((doc.ExtensionInstallForcelist ?? []) as string[]).map((x) => x.split(';')[0]!),
    ];
    for (const [id, policy] of Object.entries((doc['3rdparty']?.extensions ?? {}) as Record<string, unknown>)) {
      out.push({ browser: 'chromium', id, policy, installs });
    }
  }
  return out;
}

// ---- .reg: Windows registry, read into the schema's shapes as Chrome does ---

type RegValue = { kind: 'sz'; value: string } | { kind: 'dword'; value: number };
interface RegKey {
  values: Map<string, RegValue>;
  keys: Map<string, RegKey>;
}
const regKey = (): RegKey => ({ values: new Map(), keys: new Map() });

/** The keys of a .reg file, by full path (as written). */
function parseReg(text: string): Map<string, Map<string, RegValue>> {
  const lines = text.split(/\r?\n/);
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys = new Map<string, Map<string, RegValue>>();
  let current: Map<string, RegValue> | null = null;
  for (const [i, raw] of lines.slice(1).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = new Map();
      keys.set(header[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`line ${i + 2} of a .reg example is not a value: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.set(unescape(value[1]!), value[3] !== undefined ? { kind: 'dword', value: parseInt(value[3], 16) } : { kind: 'sz', value: unescape(value[2]!) });
  }
  return keys;
}

type Schema = { type: string; properties?: Record<string, Schema>; items?: Schema };

/**
 * A registry key as the value Chrome makes of it for `schema`: a list from
 * values named 1, 2, …; an object from named values and subkeys; true/false
 * from a DWORD. A value of another shape is passed on as it is, for the
 * validator to refuse.
 */
function regToValue(key: RegKey, schema: Schema | undefined): unknown {
  if (schema?.type === 'array') {
    const items: unknown[] = [];
    for (let n = 1; key.values.has(String(n)) || key.keys.has(String(n)); n++) {
      const v = key.values.get(String(n));
      items.push(v ? regScalar(v, schema.items) : regToValue(key.keys.get(String(n))!, schema.items));
    }
    expect(items.length, 'a registry list numbered from 1 with no gaps').toBe(key.values.size + key.keys.size);
    return items;
  }
  const out: Record<string, unknown> = {};
  for (const [name, v] of key.values) out[name] = regScalar(v, schema?.properties?.[name]);
  for (const [name, k] of key.keys) out[name] = regToValue(k, schema?.properties?.[name]);
  return out;
}

function regScalar(v: RegValue, schema: Schema | undefined): unknown {
  if (schema?.type === 'boolean' && v.kind === 'dword') return v.value !== 0;
  return v.value;
}

function fromReg(text: string): Found[] {
  const keys = parseReg(text);
  const installs: string[] = [];
  const trees = new Map<string, RegKey>();
  for (const [path, values] of keys) {
    if (/\\ExtensionInstallForcelist$/i.test(path)) for (const v of values.values()) installs.push(String(v.value).split(';')[0]!);
    const m = /^HKEY_(?:LOCAL_MACHINE|CURRENT_USER)\\SOFTWARE\\Policies\\(?:Google\\Chrome|Microsoft\\Edge|Chromium)\\3rdparty\\extensions\\([^\\]+)\\policy((?:\\[^\\]+)*)$/i.exec(path);
    if (!m) continue;
    const root = trees.get(m[1]!) ?? regKey();
    trees.set(m[1]!, root);
    let node = root;
    for (const part of m[2]!.split('\\').filter(Boolean)) {
      if (!node.keys.has(part)) node.keys.set(part, regKey());
      node = node.keys.get(part)!;
    }
    for (const [k, v] of values) node.values.set(k, v);
  }
  const schema = managedSchema() as Schema;
  return [...trees].map(([id, key]) => ({ browser: 'chromium' as const, id, policy: regToValue(key, schema), installs }));
}

// ---- XML: a macOS configuration profile (property list) ---------------------

function plistValue(el: Element): unknown {
  switch (el.tagName) {
    case 'dict': {
      const out: Record<string, unknown> = {};
      const kids = [...el.children];
      for (let i = 0; i < kids.length; i += 2) {
        expect(kids[i]!.tagName, 'a plist dict alternates key and value').toBe('key');
        out[kids[i]!.textContent ?? ''] = plistValue(kids[i + 1]!);
      }
      return out;
    }
    case 'array':
      return [...el.children].map(plistValue);
    case 'string':
      return el.textContent ?? '';
    case 'integer':
      return Number(el.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`plist element <${el.tagName}> not expected in a profile`);
  }
}

function fromPlist(text: string): Found[] {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
  expect(doc.querySelector('parsererror'), 'the profile is well-formed XML').toBeNull();
  const root = plistValue(doc.documentElement.firstElementChild!) as Record<string, any>;
  expect(root.PayloadType).toBe('Configuration');
  const payloads = root.PayloadContent as Array<Record<string, unknown>>;
  const uuids = [root.PayloadUUID, ...payloads.map((p) => p.PayloadUUID)];
  expect(new Set(uuids).size, 'every payload has its own PayloadUUID').toBe(uuids.length);
  const installs = payloads.flatMap((p) => ((p.ExtensionInstallForcelist ?? []) as string[]).map((x) => x.split(';')[0]!));
  return payloads
    .filter((p) => /^com\.(google\.Chrome|microsoft\.Edge|chromium)\.extensions\./.test(String(p.PayloadType)))
    .map((p) => ({
      browser: 'chromium' as const,
      id: String(p.PayloadType).replace(/^.*\.extensions\./, ''),
      policy: Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('Payload'))),
      installs,
    }));
}

function extract(e: Example): Found[] {
  if (e.lang === 'json') return fromJson(e.text);
  if (e.lang === 'reg') return fromReg(e.text);
  if (e.lang === 'xml') return fromPlist(e.text);
  return [];
}

const ALL = examples(DOC);
const POLICY_EXAMPLES = ALL.filter((e) => ['json', 'reg', 'xml'].includes(e.lang));

describe('every example in docs/deploying.md', () => {
  test('there are examples for each browser and system, and no block of another kind', () => {
    expect(ALL.map((e) => e.lang)).toEqual(POLICY_EXAMPLES.map((e) => e.lang));
    expect(POLICY_EXAMPLES.filter((e) => e.lang === 'reg').map((e) => /Google\\Chrome/.test(e.text) ? 'chrome' : /Microsoft\\Edge/.test(e.text) ? 'edge' : '?')).toEqual(['chrome', 'edge']);
    const xml = POLICY_EXAMPLES.filter((e) => e.lang === 'xml');
    expect(xml).toHaveLength(1);
    expect(xml[0]!.text).toContain('com.google.Chrome.extensions.CHROME_EXTENSION_ID');
    expect(xml[0]!.text).toContain('com.microsoft.Edge.extensions.EDGE_EXTENSION_ID');
    const json = POLICY_EXAMPLES.filter((e) => e.lang === 'json').flatMap(extract);
    expect(json.map((f) => `${f.browser} ${f.id}`)).toEqual(['chromium CHROME_EXTENSION_ID', 'chromium EDGE_EXTENSION_ID', `firefox ${FIREFOX_ID}`]);
    for (const path of ['/etc/opt/chrome/policies/managed/', '/etc/chromium/policies/managed/', '/etc/opt/edge/policies/managed/', 'distribution/policies.json']) {
      expect(DOC).toContain(path);
    }
  });

  test.each(POLICY_EXAMPLES.map((e) => [`${e.lang} example at line ${e.line}`, e] as const))('%s: every key applied, nothing ignored', (_name, e) => {
    const found = extract(e);
    expect(found.length, 'the example sets the guide’s policy').toBeGreaterThan(0);
    for (const f of found) {
      const r = parsePolicy(f.policy);
      expect(r.ignored, `${f.id}: ignored by the extension`).toEqual([]);
      // Complete: an example shows every key (a new key must be shown too).
      expect(Object.keys(r.values).sort(), `${f.id}: keys set`).toEqual([...POLICY_KEY_NAMES].sort());
      // It installs what it configures.
      expect(f.installs, `${f.id}: force-installed by the same example`).toContain(f.id);
      if (f.browser === 'firefox') expect(f.id).toBe(FIREFOX_ID);
    }
  });
});

describe('the reading above is strict enough to catch a wrong example', () => {
  const reg = POLICY_EXAMPLES.find((e) => e.lang === 'reg')!;
  const json = POLICY_EXAMPLES.find((e) => e.lang === 'json')!;
  const xml = POLICY_EXAMPLES.find((e) => e.lang === 'xml')!;

  test('a boolean written as text in the registry', () => {
    const bad = { ...reg, text: reg.text.replace('"pageCapture"=dword:00000000', '"pageCapture"="false"') };
    expect(parsePolicy(extract(bad)[0]!.policy).ignored).toEqual([{ key: 'pageCapture', reason: 'pageCapture: must be true or false (got "false")' }]);
  });

  test('a misspelt key in JSON, an http address in the profile', () => {
    const bad = { ...json, text: json.text.replace('"autoStart"', '"autostart"') };
    expect(parsePolicy(extract(bad)[0]!.policy).ignored.map((i) => i.reason)).toEqual(["unknown key 'autostart' (did you mean 'autoStart'?)"]);
    const http = { ...xml, text: xml.text.replace('<string>https://intranet', '<string>http://intranet') };
    expect(parsePolicy(extract(http)[0]!.policy).ignored.map((i) => i.key)).toEqual(['helpContact']);
  });

  test('a registry list with a gap', () => {
    const bad = { ...reg, text: reg.text.replace('"2"="sjbilling"', '"3"="sjbilling"') };
    expect(() => extract(bad)).toThrow(/no gaps/);
  });
});

describe('every key is documented', () => {
  const table = DOC.slice(DOC.indexOf('## The settings'), DOC.indexOf('### How the extension checks'));

  test.each(POLICY_KEY_NAMES)('%s has a row in the settings table', (key) => {
    const row = table.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
    expect(row, `docs/deploying.md: no row for ${key}`).toBeDefined();
    // type, default and what it does: three more cells, none empty.
    const cells = row!.split('|').slice(2, -1).map((c) => c.trim());
    expect(cells).toHaveLength(3);
    for (const c of cells) expect(c.length).toBeGreaterThan(0);
  });

  test('no row for a key the schema does not have', () => {
    const rows = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(POLICY_KEY_NAMES);
  });

  test('the key added beyond the issue’s list says why it exists', () => {
    expect(table).toMatch(/`autoStart`[^\n]*Why this key exists:/);
  });
});
