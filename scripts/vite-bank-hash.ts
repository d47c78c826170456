/**
 * Vite plugin: `virtual:bundled-bank-hash` exports the SHA-256 of the bundled question bank, computed
 * at build time with the same formula as `bankHashOf` in src/data/bank-sync.ts. The app compares it
 * with the hash stored at the last load, so a start-up with an unchanged bank fetches and parses no
 * pack at all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const virtualId = 'virtual:bundled-bank-hash';
const resolvedId = `\0${virtualId}`;

export function bundledBankHash(dir = resolve('questions')): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.pack.json'))
    .sort((a, b) => a.localeCompare(b));
  const text = files.map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`).join('\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function bankHashPlugin(): Plugin {
  return {
    name: 'bastion-bank-hash',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const dir = resolve('questions');
      for (const f of readdirSync(dir)) if (f.endsWith('.pack.json')) this.addWatchFile(join(dir, f));
      return `export default ${JSON.stringify(bundledBankHash(dir))};`;
    },
  };
}
