import { defineConfig } from '@playwright/test';

// Firm policy is written to the machine's policy folders (/etc/chromium,
// /etc/firefox: test/e2e/support/policy.ts), where every browser started
// meanwhile would read it. So the policy tests are a project of their own
// that runs after all the other browser tests: it is the `teardown` of the
// `browsers` project, which (unlike a project listing `browsers` in its
// `dependencies`) runs even when some of those failed, and is not joined by
// them when only policy-*.spec.ts files are asked for. Running other spec
// files alone runs the policy tests after them too; `--no-deps` or
// `--project browsers` leaves them out.
const POLICY_SPECS = /(^|[\\/])policy-[^\\/]*\.spec\.ts$/;

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  // One worker per browser: Chromium and Firefox run side by side on CI's two cores.
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  projects: [
    { name: 'browsers', testIgnore: POLICY_SPECS, teardown: 'policy' },
    { name: 'policy', testMatch: POLICY_SPECS },
  ],
});
