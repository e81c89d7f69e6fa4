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
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'cmecf-link-guide@link-guide.dev', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
