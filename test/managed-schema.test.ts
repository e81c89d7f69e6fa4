// Chrome's managed_schema.json: generated from the zod schema at build time
// (wxt.config.ts), in the Chromium build only, named by its manifest, and
// within the part of JSON Schema Chrome accepts. Reads the builds that
// `npm test` makes first (npm run build:all).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { managedSchema, managedSchemaJson } from '../src/policy/managed-schema';
import { POLICY_KEY_NAMES } from '../src/policy/schema';

const ROOT = join(import.meta.dirname, '..');
const CHROME = join(ROOT, '.output/chrome-mv3');
const FIREFOX = join(ROOT, '.output/firefox-mv3');
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** Chrome: "type object, no additionalProperties at the top, each schema one type or a $ref". */
function chromeProblems(node: Record<string, unknown>, at = '', top = true): string[] {
  const allowed = new Set(['type', 'properties', 'items', 'additionalProperties', 'enum', 'pattern', 'minimum', 'maximum', 'title', 'description', 'id', '$ref']);
  const out = Object.keys(node).filter((k) => !allowed.has(k)).map((k) => `${at || '(top)'}: ${k} is not allowed`);
  if (typeof node.type !== 'string' || !['object', 'array', 'string', 'boolean', 'integer', 'number'].includes(node.type)) out.push(`${at}: needs exactly one type`);
  if (top && (node.type !== 'object' || 'additionalProperties' in node)) out.push('(top): must be an object without additionalProperties');
  for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) out.push(...chromeProblems(v, `${at}.${k}`, false));
  if (node.items) out.push(...chromeProblems(node.items as Record<string, unknown>, `${at}[]`, false));
  return out;
}

describe('the generated schema', () => {
  test('every policy key, each within what Chrome accepts', () => {
    const s = managedSchema();
    expect(Object.keys(s.properties as object)).toEqual(POLICY_KEY_NAMES);
    expect(chromeProblems(s)).toEqual([]);
    expect(s).toMatchObject({
      properties: {
        helpContact: { type: 'object', properties: { name: { type: 'string' }, phone: { type: 'string' }, email: { type: 'string' }, url: { type: 'string' } } },
        sharedUsernames: { type: 'array', items: { type: 'string' } },
        courts: { type: 'array', items: { type: 'string' } },
        defaultCourt: { type: 'string' },
        lockSettings: { type: 'boolean' },
        autoStart: { type: 'boolean' },
      },
    });
  });

  test('the checker above catches what Chrome refuses (it can fail)', () => {
    expect(chromeProblems({ type: 'object', additionalProperties: false, properties: { a: { type: 'string', format: 'email' } } })).toEqual([
      '(top): must be an object without additionalProperties',
      '.a: format is not allowed',
    ]);
  });
});

describe('the builds', () => {
  test('Chrome: the file is the generator’s output, and the manifest names it', () => {
    expect(manifest(CHROME).storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(readFileSync(join(CHROME, 'managed_schema.json'), 'utf8')).toBe(managedSchemaJson());
  });

  test('Firefox: neither the key (it would warn) nor the file', () => {
    expect(manifest(FIREFOX).storage).toBeUndefined();
    expect(existsSync(join(FIREFOX, 'managed_schema.json'))).toBe(false);
  });
});
