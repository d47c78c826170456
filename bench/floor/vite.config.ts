import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Same Vite and React setup as the app, building only the floor page into dist-floor/. */
export default defineConfig({
  root: 'bench/floor',
  plugins: [react()],
  build: { outDir: '../../dist-floor', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
