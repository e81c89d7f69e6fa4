import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The test hooks of the tested builds (src/content/test-hooks.ts).
  define: { __LINK_GUIDE_TEST_HOOKS__: 'true' },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Several tests run the command line as testers do (npm, tsx, jsdom over
    // every fixture): seconds, not milliseconds. Speed is measured by the
    // benchmark, never by a test's clock.
    testTimeout: 60_000,
  },
});
