import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  // One worker per browser: Chromium and Firefox run side by side on CI's two cores.
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
});
