import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressedAssetsPlugin } from '../../scripts/vite-precompressed-assets.ts';

/**
 * Same Vite and React setup as the app, building only the floor page into dist-floor/, and served
 * the same way (its scripts compressed ahead of time), so the two cold starts compare like for like.
 */
export default defineConfig({
  root: 'bench/floor',
  plugins: [react(), precompressedAssetsPlugin()],
  build: { outDir: '../../dist-floor', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
