import { defineConfig } from 'wxt';

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
  },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'CM/ECF Link Guide',
    description:
      'Shows, on each court page, the next step of linking your CM/ECF e-filing account to your upgraded PACER account.',
    permissions: ['storage'],
    host_permissions: ['https://*.uscourts.gov/*'],
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
      : {}),
  }),
});
