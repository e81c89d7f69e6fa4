import { defineConfig } from 'wxt';
import { DEV_PUBLIC_KEY } from './src/dev-key';

/** Where the Chromium builds carry Chrome's policy schema. */
export const MANAGED_SCHEMA = 'managed_schema.json';

// One manifest for both browsers: MV3 everywhere (Firefox too, where WXT
// would default to MV2), so both run the same code paths: the same
// host_permissions model and storage.session for issue 3's progress.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
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
  // `mode` is `--mode`: store packages are built with `--mode store`, and
  // carry no development key (the store gives the id).
  manifest: ({ browser, mode }) => ({
    name: 'CM/ECF Link Guide',
    description:
      'Shows, on each court page, the next step of linking your CM/ECF e-filing account to your upgraded PACER account.',
    permissions: ['storage'],
    host_permissions: ['https://*.uscourts.gov/*'],
    // A fixed id for unpacked Chrome builds (src/dev-key.ts): the tests'
    // firm policy is addressed to it. Firefox's id is its gecko id below.
    ...(browser !== 'firefox' && mode !== 'store' ? { key: DEV_PUBLIC_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'cmecf-link-guide@link-guide.dev', strict_min_version: '128.0' },
          },
        }
      : // Firm IT's policy keys (issue 5), checked by Chrome and Edge against this.
        { storage: { managed_schema: MANAGED_SCHEMA } }),
  }),
});
