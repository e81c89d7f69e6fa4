import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DEV_PUBLIC_KEY } from './src/dev-key';

/** Where the Chromium builds carry Chrome's policy schema. */
export const MANAGED_SCHEMA = 'managed_schema.json';
/** What runs in court pages: the content script and the scripts injected on demand. */
const IN_PAGE = new Set(['content-script', 'unlisted-script']);
/** The toolbar and extensions-page icon at each size the browsers ask for (public/icon/). */
const ICONS = Object.fromEntries([16, 32, 48, 128].map((n) => [String(n), `icon/${n}.png`]));
const IDLE_ICONS = Object.fromEntries([16, 32, 48, 128].map((n) => [String(n), `icon/idle/${n}.png`]));
const NATIVE_BROWSER = resolve(import.meta.dirname, 'src/content/native-browser.ts');
const CONTENT_CONTEXT = resolve(import.meta.dirname, 'src/content/context.ts');

// One manifest for both browsers: MV3 everywhere (Firefox too, where WXT
// would default to MV2), so both run the same code paths: the same
// host_permissions model and storage.session for issue 3's progress.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The test hooks (src/content/test-hooks.ts): the recorded answer on
      // <html>, the overlay's state on its host, its shadow root open. In
      // every build but the store's; test/package.test.ts checks the store
      // files carry none of them.
      const testHooks = config.mode !== 'store';
      config.define = { ...config.define, __LINK_GUIDE_TEST_HOOKS__: JSON.stringify(testHooks) };
      // `--mode store` is the production build under another name: the name
      // keeps the development key out of the store packages and gives them
      // their own output folder. WXT and Vite treat every mode but "production"
      // as a development build (NODE_ENV=store: JSX compiled for debugging, with
      // this machine's absolute source paths in the bundle; WXT's "[wxt]"
      // console logging), so say production to both. test/package.test.ts
      // checks that the store files are the tested build's, byte for byte, but
      // for the test hooks.
      if (config.mode === 'store') {
        process.env.NODE_ENV = 'production';
        config.define = {
          ...config.define,
          'process.env.NODE_ENV': JSON.stringify('production'),
          'import.meta.env.MODE': JSON.stringify('production'),
        };
      }
      // Court pages get the browser's own API, not webextension-polyfill
      // (src/content/native-browser.ts says why); the popup, options page and
      // background keep the polyfill the module above aliases `wxt/browser` to.
      // And the content script's context is ours (src/content/context.ts):
      // WXT's posts the extension's id to the page and lets any page script
      // stop the content script with an event.
      if (entrypoints.every((e) => IN_PAGE.has(e.type))) {
        const alias = config.resolve?.alias;
        const ours = [
          { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER },
          { find: /^wxt\/utils\/content-script-context$/, replacement: CONTENT_CONTEXT },
        ];
        const replaced = new Set(['wxt/browser', 'wxt/utils/content-script-context']);
        config.resolve = {
          ...config.resolve,
          alias: Array.isArray(alias)
            ? [...ours, ...alias.filter((a) => !(typeof a.find === 'string' && replaced.has(a.find)))]
            : [...ours, ...Object.entries(alias ?? {}).filter(([k]) => !replaced.has(k)).map(([find, replacement]) => ({ find, replacement: replacement as string }))],
        };
      }
    },
    // A malformed court profile fails the build, naming the court and the field.
    'build:before': async () => {
      const { profileErrors } = await import('./src/profiles/validate');
      const errors = profileErrors();
      if (errors.length) throw new Error(`invalid court profiles:\n${errors.join('\n')}`);
    },
    // Chrome's managed_schema.json, generated from the policy's zod schema
    // (src/policy/managed-schema.ts) into the Chromium builds only: Firefox
    // reads no schema, and warns on every load about the manifest key
    // ("Warning processing storage: An unexpected property was found",
    // EFForg/privacybadger#3160).
    'build:publicAssets': async (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      const { managedSchemaJson } = await import('./src/policy/managed-schema');
      files.push({ relativeDest: MANAGED_SCHEMA, contents: managedSchemaJson() });
    },
  },
  vite: () => ({
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod's own /* @__PURE__ */ comments sit where Rollup cannot use
          // them (it drops them, harmlessly): kept out of the build's output
          // so that real warnings stand out.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
          warn(warning);
        },
      },
    },
  }),
  manifestVersion: 3,
  // `npm run zip` (wxt zip --mode store) builds into .output/*-mv3-store, so
  // the store packages never pick up the test builds in .output/*-mv3, and
  // writes .output/cmecf-link-guide-<version>-{chrome,firefox,sources}.zip.
  // The sources zip is what AMO's reviewers rebuild from: an allow-list of
  // what the build reads (WXT's default is everything but dotfiles, tests and
  // .output, which would carry the fixtures, demo pictures and any stray file),
  // and SOURCE_CODE_REVIEW.md, which says how. test/package.test.ts checks both.
  zip: {
    excludeSources: ['**/*'],
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'src/**',
      'entrypoints/**',
      'public/**',
      'scripts/gen-courts.mjs',
      'SOURCE_CODE_REVIEW.md',
      'README.md',
      'SECURITY.md',
    ],
  },
  // `mode` is `--mode`: store packages are built with `--mode store`, and
  // carry no development key (the store gives the id).
  manifest: ({ browser, mode }) => ({
    name: 'CM/ECF Link Guide',
    description:
      'Shows, on each court page, the next step of linking your CM/ECF e-filing account to your upgraded PACER account.',
    // scripting: the overlay and the page capture are injected into the
    // court page only when needed (SECURITY.md), not carried by every page.
    permissions: ['storage', 'scripting'],
    host_permissions: ['https://*.uscourts.gov/*'],
    // The icon (assets/icon/*.svg, rendered by scripts/render-icons.ts). The
    // toolbar's starts greyed (public/icon/idle/): no session after a browser
    // start; the background shows it in colour while one is on (src/background/icon.ts).
    icons: ICONS,
    action: { default_icon: IDLE_ICONS, default_title: 'CM/ECF Link Guide' },
    // A fixed id for unpacked Chrome builds (src/dev-key.ts): the tests'
    // firm policy is addressed to it. Firefox's id is its gecko id below.
    ...(browser !== 'firefox' && mode !== 'store' ? { key: DEV_PUBLIC_KEY } : {}),
    // AMO refuses new add-ons without data_collection_permissions; this one
    // sends nothing anywhere, so it declares "none". Firefox reads the key
    // from 140 on desktop and 142 on Android, and web-ext lint warns when the
    // minimum versions are older than that, so those are the minimums.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cmecf-link-guide@link-guide.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Firm IT's policy keys (issue 5), checked by Chrome and Edge against this.
        { storage: { managed_schema: MANAGED_SCHEMA } }),
  }),
});
