import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

/** What runs in court pages: the content script and the scripts injected on demand. */
const IN_PAGE = new Set(['content-script', 'unlisted-script']);
const NATIVE_BROWSER = resolve(import.meta.dirname, 'src/content/native-browser.ts');

// One manifest for both browsers: MV3 everywhere (Firefox too, where WXT
// would default to MV2), so both run the same code paths: the same
// host_permissions model and storage.session for issue 3's progress.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Court pages get the browser's own API, not webextension-polyfill
    // (src/content/native-browser.ts says why); the popup, options page and
    // background keep the polyfill the module above aliases `wxt/browser` to.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => IN_PAGE.has(e.type))) return;
      const alias = config.resolve?.alias;
      const entry = { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [entry, ...alias.filter((a) => a.find !== 'wxt/browser')]
          : [entry, ...Object.entries(alias ?? {}).filter(([k]) => k !== 'wxt/browser').map(([find, replacement]) => ({ find, replacement: replacement as string }))],
      };
    },
    // A malformed court profile fails the build, naming the court and the field.
    'build:before': async () => {
      const { profileErrors } = await import('./src/profiles/validate');
      const errors = profileErrors();
      if (errors.length) throw new Error(`invalid court profiles:\n${errors.join('\n')}`);
    },
  },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'CM/ECF Link Guide',
    description:
      'Shows, on each court page, the next step of linking your CM/ECF e-filing account to your upgraded PACER account.',
    // scripting: the overlay and the page capture are injected into the
    // court page only when needed (SECURITY.md), not carried by every page.
    permissions: ['storage', 'scripting'],
    host_permissions: ['https://*.uscourts.gov/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'cmecf-link-guide@link-guide.dev', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
