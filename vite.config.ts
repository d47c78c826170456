import react from '@vitejs/plugin-react';
import { bankHashPlugin } from './scripts/vite-bank-hash.ts';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), cspMetaTag(), bankHashPlugin()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    headers: { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
  },
});
