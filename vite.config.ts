import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bankHashPlugin } from './scripts/vite-bank-hash.ts';
import { bundledPacksPlugin } from './scripts/vite-bundled-packs.ts';
import { precompressedAssetsPlugin } from './scripts/vite-precompressed-assets.ts';

/**
 * The Content-Security-Policy of the built app. No inline script, no eval, and no connection to
 * any other origin: a learner's data never leaves the browser. Set as a meta tag in the built
 * index.html (dev mode needs inline scripts for hot reload, so it is added at build time only) and
 * as a header by the preview server.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'bastion-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Offline-first: a Workbox service worker precaches the whole build — the shell, every route's
 * chunk and every question pack (each pack is its own lazily imported chunk) — so after one visit
 * the app starts, practises and runs exams with no network at all.
 *
 * - `registerType: 'prompt'`: a new version waits until the learner reloads from the update banner
 *   (src/app/update-prompt.tsx), which is offered only when no session or exam is in progress.
 * - `injectRegister: false`: nothing is injected into index.html (the CSP allows no inline script);
 *   the app registers the worker itself through `virtual:pwa-register/react`, a bundled module.
 * - The largest chunk is the app's entry (~0.45 MB) and packs are ~0.1 MB; the 8 MB ceiling leaves
 *   room for the bank to grow. A file over it would silently fall out of the precache, so
 *   tests/browser/offline.test.ts checks that every file in dist/assets is precached.
 */
const pwa = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
  manifest: {
    name: 'Bastion',
    short_name: 'Bastion',
    description: 'Offline CISSP and ISC2 CC practice for AI/ML engineers',
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#1f4e79',
    background_color: '#f7f8fa',
    lang: 'en',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Deep links (/practice, /bank/q-001…) open offline: every navigation gets the cached shell.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), cspMetaTag(), bankHashPlugin(), bundledPacksPlugin(), pwa, precompressedAssetsPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // The starter set is a chunk of its own, preloaded beside the entry (src/app/first-visit-gate.ts).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'starter-set', test: /starter-set/ }] } } },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    headers: { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
  },
});
