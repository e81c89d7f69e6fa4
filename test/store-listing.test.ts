// Issue 11: the face of the extension and its store listing, checked against
// the tested builds (.output/{chrome,firefox}-mv3, which npm test builds
// first) and the stores' limits:
//   - the icons: declared for the extensions page and the toolbar in both
//     builds, a PNG at every declared size, with that many pixels;
//   - docs/store/listing.json and description.md: within the stores' limits,
//     and saying what the manifests say (name, short description, exactly
//     the permissions, no data collected);
//   - the privacy statement: docs/store/privacy.md, shipped as privacy.html
//     (generated from it), linked from the settings page, saying what
//     SECURITY.md says;
//   - the store screenshots: 3 to 5, each exactly 1280×800.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngHeader } from './support/png';
import { privacyHtml, PRIVACY_HTML, PRIVACY_MD } from '../scripts/privacy-page';

const ROOT = join(import.meta.dirname, '..');
const STORE = join(ROOT, 'docs/store');
const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv3') } as const;
const SIZES = ['16', '32', '48', '128'];

interface Manifest {
  name: string;
  description: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> | string };
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
}

function manifest(build: string): Manifest {
  const path = join(build, 'manifest.json');
  if (!existsSync(path)) throw new Error(`no ${path}: npm test builds it first (npm run build:all)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

interface Listing {
  name: string;
  chrome: {
    shortDescription: string;
    singlePurpose: string;
    category: string;
    permissionJustifications: Record<string, string>;
    remoteCode: string;
    dataUsage: { collected: Record<string, boolean>; certifications: Record<string, boolean> };
  };
  amo: { summary: string; categories: string[]; dataCollection: string; dataCollectionStatement: string };
  permissions: string[];
  hostPermissions: string[];
}
const listing = JSON.parse(readFileSync(join(STORE, 'listing.json'), 'utf8')) as Listing;
const description = readFileSync(join(STORE, 'description.md'), 'utf8');
const privacy = readFileSync(PRIVACY_MD, 'utf8');

describe.each(Object.entries(BUILDS))('the %s build: icons', (_browser, build) => {
  it('declared for the extensions page (icons) and the toolbar (action.default_icon), at 16, 32, 48 and 128 px', () => {
    const m = manifest(build);
    expect(Object.keys(m.icons ?? {}).sort()).toEqual([...SIZES].sort());
    expect(typeof m.action?.default_icon, 'the action names its icon by size').toBe('object');
    expect(Object.keys(m.action!.default_icon as Record<string, string>).sort()).toEqual([...SIZES].sort());
  });

  it('every declared icon is a PNG of its declared size, with transparency', () => {
    const m = manifest(build);
    const declared = [...Object.entries(m.icons ?? {}), ...Object.entries((m.action?.default_icon as Record<string, string>) ?? {})];
    expect(declared.length).toBe(8);
    for (const [size, file] of declared) {
      const path = join(build, file);
      expect(existsSync(path), `${file}, declared at ${size}`).toBe(true);
      const h = pngHeader(readFileSync(path));
      expect([h.width, h.height], `${file}'s pixels`).toEqual([Number(size), Number(size)]);
      expect(h.colorType, `${file}: RGBA, so its rounded corners are see-through on any toolbar`).toBe(6);
    }
  });

  it('the greyed set (icon/idle/) is there at the same sizes, for action.setIcon', () => {
    for (const size of SIZES) {
      const h = pngHeader(readFileSync(join(build, `icon/idle/${size}.png`)));
      expect([h.width, h.height]).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('the store listing (docs/store/)', () => {
  it("within the stores' limits", () => {
    // Chrome: the manifest's description is the store's summary, at most 132 characters; name at most 45 for the toolbar.
    expect(listing.chrome.shortDescription.length).toBeLessThanOrEqual(132);
    expect(listing.name.length).toBeLessThanOrEqual(45);
    expect(listing.chrome.singlePurpose.length).toBeLessThanOrEqual(1000);
    for (const [p, why] of Object.entries(listing.chrome.permissionJustifications)) {
      expect(why.length, `${p}'s justification`).toBeLessThanOrEqual(1000);
      expect(why.length, `${p}'s justification says something`).toBeGreaterThan(60);
    }
    // Chrome's detailed description: at most 16,000 characters. AMO's summary: at most 250.
    expect(description.length).toBeLessThanOrEqual(16_000);
    expect(listing.amo.summary.length).toBeLessThanOrEqual(250);
    expect(listing.amo.categories.length).toBeGreaterThanOrEqual(1);
  });

  it.each(Object.entries(BUILDS))('says what the %s manifest says: name, summary, exactly its permissions', (_b, build) => {
    const m = manifest(build);
    expect(m.name).toBe(listing.name);
    expect(m.description).toBe(listing.chrome.shortDescription);
    expect([...(m.permissions ?? [])].sort()).toEqual([...listing.permissions].sort());
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...listing.hostPermissions].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(Object.keys(listing.chrome.permissionJustifications).sort()).toEqual(
      [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort(),
    );
  });

  it('every permission is named in the description and the privacy statement, and no other', () => {
    const m = manifest(BUILDS.chrome);
    for (const p of m.permissions ?? []) {
      expect(description, `description.md names ${p}`).toContain(`"${p}"`);
      expect(privacy, `privacy.md names ${p}`).toContain(`**${p}**`);
    }
    const quoted = [...description.matchAll(/^Permissions:.*$/gm)].flatMap((l) => [...l[0].matchAll(/"([a-z]+)"/g)].map((q) => q[1]!));
    expect(quoted.sort()).toEqual([...(m.permissions ?? [])].sort());
    expect(description).toContain('uscourts.gov');
  });

  it('no data collected, in both stores’ terms, as the Firefox manifest declares', () => {
    expect(Object.values(listing.chrome.dataUsage.collected).length).toBe(9);
    expect(Object.entries(listing.chrome.dataUsage.collected).filter(([, v]) => v)).toEqual([]);
    expect(Object.values(listing.chrome.dataUsage.certifications).every((v) => v === true)).toBe(true);
    expect(listing.chrome.remoteCode).toMatch(/^No\b/);
    expect(listing.amo.dataCollection).toBe('none');
    expect(listing.amo.dataCollectionStatement).toMatch(/does not collect data/);
    expect(manifest(BUILDS.firefox).browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('the description says what it never does, and that it is not affiliated with the courts', () => {
    const never = description.split('WHAT IT NEVER DOES')[1]?.split('NOT AFFILIATED')[0] ?? '';
    expect(never, 'a "what it never does" section').not.toBe('');
    expect(never).toMatch(/never reads a password field/);
    expect(never).toMatch(/stores nothing you type/);
    expect(never).toMatch(/sends nothing anywhere/);
    expect(never).toMatch(/never clicks, fills or submits/);
    const affiliation = description.split('NOT AFFILIATED')[1] ?? '';
    expect(affiliation).toMatch(/not affiliated with/);
    for (const who of ['federal courts', 'PACER', 'Administrative Office of the U.S. Courts']) expect(affiliation).toContain(who);
    expect(privacy).toMatch(/not affiliated with.*Administrative Office of the U\.S\. Courts/);
  });
});

describe('the privacy statement', () => {
  it('public/privacy.html is docs/store/privacy.md (npm run privacy-page)', () => {
    expect(readFileSync(PRIVACY_HTML, 'utf8')).toBe(privacyHtml(privacy));
  });

  it.each(Object.entries(BUILDS))('ships in the %s build as it is, a page with no script and nothing remote', (_b, build) => {
    const shipped = readFileSync(join(build, 'privacy.html'), 'utf8');
    expect(shipped).toBe(readFileSync(PRIVACY_HTML, 'utf8'));
    expect(shipped).not.toMatch(/<script\b/i);
    expect(shipped).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//i);
  });

  it.each(Object.entries(BUILDS))('the %s build’s settings page links to it', (_b, build) => {
    const chunks = readdirSync(join(build, 'chunks')).filter((f) => f.startsWith('options')).map((f) => readFileSync(join(build, 'chunks', f), 'utf8'));
    expect(chunks.length, 'the settings page’s code').toBeGreaterThan(0);
    expect(chunks.some((c) => c.includes('"/privacy.html"'))).toBe(true);
  });

  it('says what SECURITY.md says: what is read, what is stored, nothing sent', () => {
    const security = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
    const sections = privacy.split(/^## /m).map((s) => s.split('\n')[0]);
    for (const s of ['What it reads', 'What it stores', 'What it sends', 'What it never does', 'Permissions']) expect(sections).toContain(s);
    // The same promises, in plain words.
    expect(security).toMatch(/Never a password field/);
    expect(privacy).toMatch(/\*\*Never a password field\*\*/);
    expect(security).toMatch(/storage\.session.*\(cleared when the browser closes\)/s);
    expect(privacy).toMatch(/session storage, cleared when the browser closes/);
    expect(security).toMatch(/Nothing typed on a court page/);
    expect(privacy).toMatch(/Nothing you type on a court page/);
    expect(security).toMatch(/No network request of its own, no remote code/);
    expect(privacy).toMatch(/makes no network requests of its own, loads no remote code/);
    expect(security).toMatch(/Never clicks, fills, submits/);
    expect(privacy).toMatch(/never clicks, fills or submits anything/);
    // Every storage area SECURITY.md lists is accounted for.
    for (const [area, said] of [
      ['storage.session', /session storage/],
      ['storage.local', /local storage/],
      ['storage.managed', /browser policy/],
    ] as const) {
      expect(security).toContain(area);
      expect(privacy).toMatch(said);
    }
  });
});

describe('the store screenshots (docs/store/screenshots/, npm run demo -- --store)', () => {
  const dir = join(STORE, 'screenshots');
  const shots = readdirSync(dir).filter((f) => f.endsWith('.png'));

  it('3 to 5 of them (Chrome takes up to 5), nothing else in the folder', () => {
    expect(shots.length).toBeGreaterThanOrEqual(3);
    expect(shots.length).toBeLessThanOrEqual(5);
    expect(readdirSync(dir).length).toBe(shots.length);
  });

  it.each(shots)('%s is exactly 1280×800', (f) => {
    const h = pngHeader(readFileSync(join(dir, f)));
    expect([h.width, h.height]).toEqual([1280, 800]);
  });
});

describe('pngHeader', () => {
  it('refuses what is not a PNG', () => {
    expect(() => pngHeader(Buffer.from('GIF89a' + ' '.repeat(40)))).toThrow(/not a PNG/);
  });
});
