import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Debian's Chromium driven by playwright-core against the production build served
 * on 127.0.0.1 (started once by tests/browser/global-setup.ts). One file at a time keeps two cores
 * from being oversubscribed by several Chromium instances.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits on IndexedDB round trips and live-query renders; 1 s (the default) is too
    // short on two cores shared with other suites.
    expect: { poll: { timeout: 10_000 } },
  },
});
