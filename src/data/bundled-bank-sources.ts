/**
 * The bundled bank's pack files, as text. Vite turns each into its own lazily loaded chunk, so the
 * bank never weighs on the first paint. The build checks each against the pack schema and ships
 * the checked result (scripts/vite-bundled-packs.ts); the bank's hash is the build's, of the files.
 */
import type { PackSource } from './bank-sync';

const packLoaders = import.meta.glob<string>('../../questions/*.pack.json', { query: '?raw', import: 'default' });

export async function loadBundledPackSources(): Promise<PackSource[]> {
  const entries = Object.entries(packLoaders);
  return Promise.all(entries.map(async ([path, load]) => ({ file: path.split('/').pop() ?? path, text: await load() })));
}

/**
 * The starter set (src/domain/bank/starter-set.ts) as JSON text: a few questions of every domain,
 * one small chunk, for a first visit's first session while the packs load.
 */
export async function loadStarterSetText(): Promise<string> {
  return (await import('virtual:starter-set')).default;
}
