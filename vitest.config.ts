import react from '@vitejs/plugin-react';
import { bankHashPlugin } from './scripts/vite-bank-hash.ts';
import { bundledPacksPlugin } from './scripts/vite-bundled-packs.ts';
import { defineConfig } from 'vitest/config';

/** Unit and component tests: jsdom with fake-indexeddb, beside the modules they test. */
export default defineConfig({
  plugins: [react(), bankHashPlugin(), bundledPacksPlugin()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['tests/setup-unit.ts'],
    restoreMocks: true,
    // Property tests run hundreds of cases; CI has two shared cores, so allow more than the 5 s default.
    testTimeout: 30_000,
  },
});
