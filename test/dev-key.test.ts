// The development key gives unpacked Chrome builds a fixed id (the tests'
// firm policy is addressed to it) and is never in a store build.
import { expect, test } from 'vitest';
import config from '../wxt.config';
import { DEV_PUBLIC_KEY } from '../src/dev-key';
import { chromiumExtensionId, DEV_EXTENSION_ID } from './e2e/support/extension-id';

type ManifestFn = (env: { browser: string; mode: string; command: string; manifestVersion: 2 | 3 }) => Record<string, unknown>;
const manifest = (browser: string, mode: string) => (config.manifest as ManifestFn)({ browser, mode, command: 'build', manifestVersion: 3 });

test('the key is in Chrome builds for development and tests, not in store builds, never in Firefox', () => {
  expect(manifest('chrome', 'production').key).toBe(DEV_PUBLIC_KEY);
  expect(manifest('chrome', 'development').key).toBe(DEV_PUBLIC_KEY);
  expect(manifest('chrome', 'store')).not.toHaveProperty('key');
  expect(manifest('firefox', 'production')).not.toHaveProperty('key');
  expect(manifest('firefox', 'store')).not.toHaveProperty('key');
});

test('the id is Chromium’s: sha256 of the key’s DER, 32 hex digits written with a–p', () => {
  // sha256("x") begins 2d711642b726b04401627ca9fbac32f5: 2→c, d→n, 7→h, 1→b…
  expect(chromiumExtensionId(Buffer.from('x').toString('base64'))).toBe('cnhbbgeclhcglaeeabgchmkjplkmdcpf');
  // That Chromium gives the build this id is checked in Chromium itself (test/e2e/policy-chromium.spec.ts).
  expect(DEV_EXTENSION_ID).toBe('ochefbplonbgplnkfobjbnflajmcabal');
});
